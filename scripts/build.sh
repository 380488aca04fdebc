#!/usr/bin/env bash
# Configures and builds with one of the CMake presets of CMakePresets.json (default: `default`,
# gcc RelWithDebInfo in build/; others: release, asan-ubsan, fuzz).
#   scripts/build.sh [DIR] [--preset NAME] [--target NAME]... [cmake configure arguments...]
# DIR defaults to the preset's own folder (build, build-release, build-asan, build-fuzz). With
# --target, only those targets (and what they need) are built: the README's first command
# builds the program alone, the test command everything.
set -euo pipefail
cd "$(dirname "$0")/.."
dir=
if [ $# -gt 0 ] && [ "${1#-}" = "$1" ]; then
  dir=$1
  shift
fi
preset=default
targets=()
configure=()
while [ $# -gt 0 ]; do
  case "$1" in
    --target) targets+=(--target "$2"); shift ;;
    --preset) preset=$2; shift ;;
    *) configure+=("$1") ;;
  esac
  shift
done
case "$preset" in
  default) dir=${dir:-build} ;;
  release) dir=${dir:-build-release} ;;
  asan-ubsan) dir=${dir:-build-asan} ;;
  fuzz) dir=${dir:-build-fuzz} ;;
  package) dir=${dir:-build-package} ;;
  *) echo "build.sh: unknown preset '$preset' (default, release, package, asan-ubsan, fuzz)" >&2; exit 2 ;;
esac
jobs=$(nproc 2>/dev/null || echo 2)
cmake --preset "$preset" -B "$dir" "${configure[@]}" >/dev/null
cmake --build "$dir" -j "$jobs" "${targets[@]}"
