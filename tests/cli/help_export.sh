#!/usr/bin/env bash
# The man page and the bash completion agree with the program's own --help: every subcommand and
# every option that `readout ... --help` lists is in readout(1) and is offered by the completion;
# choices complete to their values; the man page renders without groff warnings.
#   help_export.sh READOUT_BINARY
set -euo pipefail
readout=$(realpath "$1")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

"$readout" manpage > "$work/readout.1"
"$readout" completion bash > "$work/readout.bash"

if command -v groff >/dev/null 2>&1; then
  groff -man -Tutf8 -ww -z "$work/readout.1" 2> "$work/groff.err" || true
  [ -s "$work/groff.err" ] && { cat "$work/groff.err"; fail "groff warns about readout.1"; }
fi
# The page as a reader sees it (roff escapes removed), to search for names in.
sed -e 's/\\f[BIR]//g; s/\\-/-/g; s/\\e/\\/g; s/\\&//g' "$work/readout.1" > "$work/page.txt"

# shellcheck source=/dev/null
source "$work/readout.bash"
complete_words() {  # words of a command line, the last being completed -> COMPREPLY, one a line
  COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); COMPREPLY=()
  _readout
  printf '%s\n' "${COMPREPLY[@]}"
}
offers() {  # WORD WORDS... : completing WORDS offers WORD (read whole: no SIGPIPE under pipefail)
  local word=$1; shift
  grep -qxF -- "$word" <<<"$(complete_words "$@")"
}

# Subcommands and options as --help prints them, found by reading the help text itself.
help_subcommands() {  # help text -> subcommand names
  awk '/^Subcommands:/{s=1; next} /^[^ ]/{s=0} s && /^  [a-z]/{print $1}'
}
help_options() {  # help text -> option names
  awk '/^Options:/{s=1; next} /^[^ ]/{s=0} s && /^  -/{print $1}' | tr ',' '\n' |
    sed -n 's/^\(--\?[A-Za-z][A-Za-z0-9-]*\).*/\1/p'
}

checked=0
visit() {  # command words after "readout"
  local help
  help=$("$readout" "$@" --help)
  local path="readout${*:+ $*}"
  grep -qxF "$path" <(sed -n 's/^\.SS "\(.*\)"$/\1/p' "$work/readout.1" | sed 's/\\-/-/g') ||
    [ $# -eq 0 ] || fail "readout(1) has no section for '$path'"
  local option
  for option in $(help_options <<<"$help"); do
    grep -qF -- "$option" "$work/page.txt" || fail "readout(1) does not name $option of '$path'"
    offers "$option" readout "$@" "${option:0:2}" ||
      fail "completion of '$path ${option:0:2}' does not offer $option"
    checked=$((checked + 1))
  done
  local sub
  for sub in $(help_subcommands <<<"$help"); do
    offers "$sub" readout "$@" "${sub:0:1}" ||
      fail "completion of '$path ${sub:0:1}' does not offer $sub"
    visit "$@" "$sub"
  done
}
visit
[ "$checked" -gt 40 ] || fail "only $checked options were found in the help texts"

# Choices and values.
[ "$(complete_words readout lint --format s)" = sarif ] || fail "--format s does not complete to sarif"
[ "$(complete_words readout lint --max-severity = w)" = warning ] || fail "--max-severity=w"
[ -z "$(complete_words readout lint -j "")" ] || fail "-j offers words for a number"
[ "$(complete_words readout completion b)" = bash ] || fail "completion b does not complete to bash"
offers manpage readout m && fail "the hidden manpage command is offered"
(cd "$work" && [ "$(complete_words readout lint readout.b)" = readout.bash ]) ||
  fail "lint does not complete file names"
echo "PASS: readout(1) and the bash completion cover $checked options of every subcommand"
