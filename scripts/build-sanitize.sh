#!/usr/bin/env bash
# Configures and builds the sanitizer build (default: build-asan): clang, AddressSanitizer +
# UndefinedBehaviorSanitizer, -O1 (the usual level for ASan: several times faster than -O0,
# stack traces still exact), and the libFuzzer targets. scripts/test.sh runs every test in it
# and scripts/fuzz.sh fuzzes in it. Extra arguments are targets to build (default: all).
set -euo pipefail
cd "$(dirname "$0")/.."
dir=${1:-build-asan}
shift || true
jobs=$(nproc 2>/dev/null || echo 2)

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
CC=clang CXX=clang++ cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=Debug \
  -DCMAKE_C_FLAGS_DEBUG="-g -O1" -DCMAKE_CXX_FLAGS_DEBUG="-g -O1" \
  -DREADOUT_SANITIZE=ON -DREADOUT_FUZZ=ON >/dev/null
if [ $# -gt 0 ]; then
  cmake --build "$dir" -j "$jobs" --target "$@"
else
  cmake --build "$dir" -j "$jobs"
fi
