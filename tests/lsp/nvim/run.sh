#!/usr/bin/env bash
# Neovim end-to-end test of `readout lsp`: usage: run.sh PATH/TO/readout
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
source_dir=$(cd "$here/../../.." && pwd)
binary=$(realpath "$1")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$source_dir/examples/c5plus1-astana-2023.readout" "$work/"
export READOUT_BINARY="$binary" READOUT_REPORT="$work/c5plus1-astana-2023.readout"
export READOUT_NVIM_LOG="$work/e2e.log" XDG_STATE_HOME="$work/state" XDG_CACHE_HOME="$work/cache"
status=0
# Always under timeout: a wrong flag would leave Neovim waiting for input forever.
timeout 90 nvim --headless --clean -c "luafile $here/e2e.lua" </dev/null >/dev/null 2>&1 || status=$?
cat "$work/e2e.log" 2>/dev/null || true
if [ "$status" -ne 0 ]; then
  echo "neovim e2e failed (status $status)"
  cat "$work"/state/nvim/lsp.log 2>/dev/null | tail -20 || true
  exit 1
fi
grep -q '^PASS$' "$work/e2e.log"
