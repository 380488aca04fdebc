#!/usr/bin/env bash
# The README's second command: install what is missing, build, and run every test:
# unit tests, grammar corpus + generate check, CLI golden tests, registry regeneration check,
# then the unit tests again under AddressSanitizer + UndefinedBehaviorSanitizer.
set -euo pipefail
cd "$(dirname "$0")/.."
start=$(date +%s)
bash scripts/setup.sh
jobs=$(nproc 2>/dev/null || echo 2)

echo "== build (RelWithDebInfo)"
bash scripts/build.sh build
echo "== tests"
ctest --test-dir build --output-on-failure -j "$jobs"

echo "== build (ASan + UBSan): the program and the unit-labelled test binaries"
cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=Debug -DREADOUT_SANITIZE=ON >/dev/null
cmake --build build-asan -j "$jobs" --target readout readout_unit_tests readout_lsp_tests
echo "== tests under ASan + UBSan"
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
  ctest --test-dir build-asan --output-on-failure -j "$jobs" -L unit

echo "== all tests passed in $(( $(date +%s) - start )) s"
