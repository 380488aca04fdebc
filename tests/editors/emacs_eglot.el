;;; emacs_eglot.el --- Batch test of editors/emacs with eglot and the real server  -*- lexical-binding: t; -*-
;; Run by emacs_eglot.sh: emacs --batch -L editors/emacs -l emacs_eglot.el REPORT BINARY
;; Opens the example, receives the Blinken finding, completes "Blin" to "Antony Blinken".

(require 'readout-mode)
(require 'eglot)
(require 'flymake)

(defun readout-test--fail (format &rest args)
  (princ (format "FAIL: %s\n" (apply #'format format args)))
  (kill-emacs 1))

(defun readout-test--wait (seconds predicate)
  "Process input for up to SECONDS until PREDICATE is true; its value."
  (let ((deadline (+ (float-time) seconds)) value)
    (while (and (not (setq value (funcall predicate))) (< (float-time) deadline))
      (accept-process-output nil 0.05))
    value))

(let* ((report (nth 0 command-line-args-left))
       (binary (nth 1 command-line-args-left))
       (readout-server-command (list binary "lsp"))
       (eglot-sync-connect 60)
       (eglot-connect-timeout 60))
  (setq command-line-args-left nil)
  (find-file report)
  (unless (eq major-mode 'readout-mode)
    (readout-test--fail "major mode is %s" major-mode))
  (princ "readout-mode\n")
  (font-lock-ensure)
  (save-excursion
    (goto-char (point-min))
    (search-forward "@blinken: Antony Blinken")
    (unless (eq (get-text-property (- (point) 3) 'face) 'readout-person-face)
      (readout-test--fail "attendee name face %S" (get-text-property (- (point) 3) 'face))))
  ;; Start the server the way eglot-ensure would, from eglot-server-programs.
  (apply #'eglot (eglot--guess-contact))
  (unless (eglot-current-server) (readout-test--fail "eglot did not connect"))
  (princ (format "connected: %s\n" (plist-get (eglot--server-info (eglot-current-server)) :name)))
  ;; 1. The Blinken diagnostic, through flymake.
  (let ((diagnostic
         (readout-test--wait
          60 (lambda ()
               (flymake-start)
               (seq-find (lambda (d) (string-match-p "Anthony Blinken.*Antony Blinken"
                                                     (flymake-diagnostic-text d)))
                         (flymake-diagnostics))))))
    (unless diagnostic (readout-test--fail "no Blinken diagnostic; flymake has %S"
                                           (mapcar #'flymake-diagnostic-text (flymake-diagnostics))))
    (unless (string-match-p "name-misspelled" (format "%S" (flymake-diagnostic-data diagnostic)))
      (readout-test--fail "diagnostic without its rule: %S" (flymake-diagnostic-data diagnostic)))
    (princ (format "diagnostic: %s\n" (flymake-diagnostic-text diagnostic))))
  ;; 2. Complete a name: "Blin" at the end of the report becomes "Antony Blinken".
  (goto-char (point-max))
  (insert "\nBlin")
  (let* ((capf (eglot-completion-at-point))
         (_ (unless capf (readout-test--fail "no completion at point")))
         (candidates (all-completions "" (nth 2 capf)))
         (choice (seq-find (lambda (c) (string= (substring-no-properties c) "Antony Blinken"))
                           candidates)))
    (unless choice (readout-test--fail "completions: %S" candidates))
    ;; Insert it the way completion-at-point does: replace the field, run the exit function.
    (delete-region (nth 0 capf) (nth 1 capf))
    (goto-char (nth 0 capf))
    (insert choice)
    (funcall (plist-get (nthcdr 3 capf) :exit-function) choice 'finished))
  (let ((line (buffer-substring (line-beginning-position) (line-end-position))))
    (unless (string= line "Antony Blinken") (readout-test--fail "completed line %S" line))
    (princ (format "completed: %s\n" line)))
  ;; eglot 1.9 sends `shutdown' with "params": null; the server must accept it.
  (condition-case err (eglot-shutdown (eglot-current-server))
    (jsonrpc-error (readout-test--fail "shutdown refused: %S" (cdr err))))
  (princ "PASS\n")
  (kill-emacs 0))
