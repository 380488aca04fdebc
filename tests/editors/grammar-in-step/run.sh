#!/usr/bin/env bash
# TextMate grammar vs tree-sitter queries on every example report: usage:
# run.sh EXTENSION_DIR (a copy of editors/vscode with its node_modules installed)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
source_dir=$(cd "$here/../../.." && pwd)
extension=$(realpath "$1")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/rtp/parser"
cc -shared -fPIC -O1 -w -I "$source_dir/grammar/src" -o "$work/rtp/parser/readout.so" \
  "$source_dir/grammar/src/parser.c" "$source_dir/grammar/src/scanner.c"
reports=$(find "$source_dir/examples" -name '*.readout' | sort | tr '\n' ' ')
READOUT_REPORTS="$reports" READOUT_CAPTURES="$work/captures.jsonl" XDG_STATE_HOME="$work/state" \
  timeout 120 nvim --headless --clean --cmd "set rtp^=$source_dir/editors/nvim,$work/rtp" \
  -c "luafile $here/dump_captures.lua" </dev/null >/dev/null 2>&1
NODE_PATH="$extension/node_modules" node "$here/compare.js" \
  "$extension/syntaxes/readout.tmLanguage.json" "$work/captures.jsonl"
