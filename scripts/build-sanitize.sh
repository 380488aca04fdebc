#!/usr/bin/env bash
# Configures and builds the sanitizer build (default: build-asan) with the `asan-ubsan` preset:
# clang, AddressSanitizer + UndefinedBehaviorSanitizer, -O1 (the usual level for ASan: several
# times faster than -O0, stack traces still exact), and the libFuzzer targets. scripts/test.sh
# runs every test in it. Extra arguments are targets to build (default: all).
#   scripts/build-sanitize.sh [DIR] [TARGET...]
set -euo pipefail
cd "$(dirname "$0")/.."
dir=${1:-build-asan}
shift || true

# A folder configured with gcc (as test.sh once did) cannot switch compilers in place. Only
# build-asan, which this script owns, is started afresh; any other folder is left alone.
if [ -f "$dir/CMakeCache.txt" ] && ! grep -q '^CMAKE_CXX_COMPILER:[A-Z]*=.*clang++' "$dir/CMakeCache.txt"; then
  if [ "$dir" != build-asan ]; then
    echo "build-sanitize: $dir is configured with another compiler than clang; use a new folder" >&2
    exit 2
  fi
  echo "build-sanitize: build-asan was configured with another compiler; configuring it afresh"
  rm -rf build-asan
fi
targets=()
for t in "$@"; do targets+=(--target "$t"); done
bash scripts/build.sh "$dir" --preset asan-ubsan "${targets[@]}"
