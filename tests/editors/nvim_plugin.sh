#!/usr/bin/env bash
# Neovim test of editors/nvim: usage: nvim_plugin.sh PATH/TO/readout
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
source_dir=$(cd "$here/../.." && pwd)
binary=$(realpath "$1")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$source_dir/examples/c5plus1-astana-2023.readout" "$work/"
printf '# Other\n' >"$work/other.readout"
# The parser, built the way nvim-treesitter builds it: parser.c + scanner.c into parser/readout.so.
mkdir -p "$work/rtp/parser"
cc -shared -fPIC -O1 -w -I "$source_dir/grammar/src" -o "$work/rtp/parser/readout.so" \
  "$source_dir/grammar/src/parser.c" "$source_dir/grammar/src/scanner.c"
export READOUT_BINARY="$binary" READOUT_REPORT="$work/c5plus1-astana-2023.readout"
export READOUT_NVIM_LOG="$work/test.log" XDG_STATE_HOME="$work/state" XDG_CACHE_HOME="$work/cache"
status=0
timeout 180 nvim --headless --clean --cmd "set rtp^=$source_dir/editors/nvim,$work/rtp" \
  --cmd 'filetype on' -c "luafile $here/nvim_plugin.lua" </dev/null >/dev/null 2>&1 || status=$?
cat "$work/test.log" 2>/dev/null || true
[ "$status" -eq 0 ] && grep -q '^PASS$' "$work/test.log"
