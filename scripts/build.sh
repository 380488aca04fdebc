#!/usr/bin/env bash
# Configures and builds into the given directory (default: build).
#   scripts/build.sh [DIR] [--target NAME]... [cmake configure arguments...]
# With --target, only those targets (and what they need) are built: the README's first command
# builds the program alone, the test command everything.
set -euo pipefail
cd "$(dirname "$0")/.."
dir=build
if [ $# -gt 0 ] && [ "${1#-}" = "$1" ]; then
  dir=$1
  shift
fi
targets=()
configure=()
while [ $# -gt 0 ]; do
  case "$1" in
    --target) targets+=(--target "$2"); shift ;;
    *) configure+=("$1") ;;
  esac
  shift
done
jobs=$(nproc 2>/dev/null || echo 2)
cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "${configure[@]}" >/dev/null
cmake --build "$dir" -j "$jobs" "${targets[@]}"
