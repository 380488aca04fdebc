;;; readout-mode.el --- Major mode for Readout meeting reports  -*- lexical-binding: t; -*-

;; Version: 0.1.0
;; Package-Requires: ((emacs "27.1"))
;; Keywords: languages
;; URL: docs/editors.md

;;; Commentary:

;; Font-lock, comments, outline headings and imenu for `.readout' files (see docs/markup.md),
;; and the `readout lsp' language server registered with eglot:
;;
;;   (add-to-list 'load-path "/path/to/readout/editors/emacs")
;;   (require 'readout-mode)
;;   (add-hook 'readout-mode-hook #'eglot-ensure)

;;; Code:

(defgroup readout nil
  "Readout meeting reports."
  :group 'languages
  :prefix "readout-")

(defcustom readout-server-command '("readout" "lsp")
  "The command that starts the Readout language server, with its arguments."
  :type '(repeat string))

(defconst readout--field-names '("Dateline" "Date" "Place" "Kind" "Source" "Author"))

(defconst readout--handle "@[[:alnum:]_]\\(?:[[:alnum:]_.-]*[[:alnum:]_]\\)?")

(defconst readout-font-lock-keywords
  `(;; <!-- readout-disable-next-line rule-a, rule-b -->: the directive and its rule ids.
    ("<!--[ \t]*\\(readout-\\(?:disable-next-line\\|disable-line\\|disable\\|enable\\)\\)\\([^>\n]*\\)-->"
     (0 'font-lock-comment-face t)
     (1 'font-lock-preprocessor-face t)
     (2 'font-lock-constant-face t))
    ;; # Report title, ## Meeting {#id}, ### Section.
    ("^\\(#\\)[ \t]+\\([^{\n]*\\)" (2 'readout-title-face))
    ("^\\(##\\)[ \t]+\\([^{\n]*?\\)[ \t]*\\({#[^}\n]*}\\)?[ \t]*$"
     (2 'readout-meeting-face) (3 'font-lock-builtin-face nil t))
    ("^###[ \t]+\\(.*\\)$" (1 'readout-section-face))
    ;; Key: value lines; a date is a number.
    (,(concat "^\\(" (regexp-opt readout--field-names) "\\)[ \t]*:") (1 'font-lock-keyword-face))
    ("^\\(?:Dateline\\|Date\\)[ \t]*:.*?\\([0-9]\\{4\\}\\(?:-[0-9]\\{1,2\\}\\)\\{0,2\\}\\)"
     (1 'font-lock-constant-face))
    ;; - @handle: Name | Title | Country [flags]
    (,(concat "^-[ \t]+\\(?:\\(" readout--handle "\\)[ \t]*:\\)?[ \t]*\\([^|@\n[]+?\\)[ \t]*|"
              "\\(?:[ \t]*\\([^|\n[]*?\\)[ \t]*\\(?:|\\|\\[\\|$\\)\\)?")
     (1 'font-lock-variable-name-face nil t)
     (2 'readout-person-face)
     (3 'font-lock-type-face nil t))
    ("^-.*\\(\\[[^]\n]*\\]\\)[ \t]*$" (1 'font-lock-builtin-face))
    ;; Commitments: parties before the colon, `all' and [due DATE].
    ("\\[\\(due\\)[ \t]+\\([^]\n]*\\)\\]" (1 'font-lock-keyword-face) (2 'font-lock-constant-face))
    ("^-[ \t]+\\(all\\)\\_>" (1 'font-lock-keyword-face))
    ;; Handles anywhere (attendees, parties, prose).
    (,readout--handle (0 'font-lock-variable-name-face))))

(defface readout-title-face '((t :inherit outline-1 :weight bold))
  "Face for the report title.")
(defface readout-meeting-face '((t :inherit outline-2 :weight bold))
  "Face for meeting headings.")
(defface readout-section-face '((t :inherit outline-3))
  "Face for section headings.")
(defface readout-person-face '((t :inherit font-lock-function-name-face))
  "Face for the name of an attendee.")

(defvar readout-mode-syntax-table
  (let ((table (make-syntax-table text-mode-syntax-table)))
    (modify-syntax-entry ?@ "_" table)
    (modify-syntax-entry ?_ "_" table)
    table)
  "Syntax table of `readout-mode'.")

(defvar readout-imenu-generic-expression
  '(("Meetings" "^##[ \t]+\\([^{\n]*?\\)[ \t]*\\(?:{#.*\\)?$" 1))
  "Meetings for imenu.")

;;;###autoload
(define-derived-mode readout-mode text-mode "Readout"
  "Major mode for Readout meeting reports (`.readout' files)."
  :syntax-table readout-mode-syntax-table
  (setq-local comment-start "<!-- ")
  (setq-local comment-end " -->")
  (setq-local comment-start-skip "<!--[ \t]*")
  (setq-local comment-end-skip "[ \t]*-->")
  (setq-local font-lock-defaults '(readout-font-lock-keywords nil nil))
  (setq-local font-lock-multiline nil)
  (setq-local outline-regexp "#\\{1,3\\}[ \t]")
  (setq-local outline-level (lambda () (- (match-end 0) (match-beginning 0) 1)))
  (setq-local imenu-generic-expression readout-imenu-generic-expression)
  ;; List items continue on M-RET / auto-fill as "- ".
  (setq-local adaptive-fill-regexp "[ \t]*\\(-[ \t]+\\)?")
  (setq-local paragraph-start (concat "[ \t]*$\\|^#\\|^-[ \t]")))

;;;###autoload
(add-to-list 'auto-mode-alist '("\\.readout\\'" . readout-mode))

(with-eval-after-load 'eglot
  (defvar eglot-server-programs)
  (add-to-list 'eglot-server-programs
               `(readout-mode . ,(lambda (&optional _interactive) readout-server-command))))

(provide 'readout-mode)
;;; readout-mode.el ends here
