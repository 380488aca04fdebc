#!/usr/bin/env bash
# Emacs batch test of editors/emacs (readout-mode + eglot): usage: emacs_eglot.sh PATH/TO/readout
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
source_dir=$(cd "$here/../.." && pwd)
binary=$(realpath "$1")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$source_dir/examples/c5plus1-astana-2023.readout" "$work/"
# No user init file; Debian's site-start makes elpa-eglot loadable. Always under timeout.
HOME="$work" timeout 120 emacs --batch -L "$source_dir/editors/emacs" -l "$here/emacs_eglot.el" \
  "$work/c5plus1-astana-2023.readout" "$binary" >"$work/out.log" 2>"$work/err.log" || {
  status=$?; cat "$work/out.log"; tail -20 "$work/err.log"; echo "emacs test failed ($status)"; exit 1; }
cat "$work/out.log"
grep -q '^PASS$' "$work/out.log"
