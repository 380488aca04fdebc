#!/usr/bin/env bash
# The README's second command: install what is missing, build, and run every test (unit tests,
# grammar corpus + generate check, CLI golden tests, registry regeneration check, language
# server transcripts, process and Neovim tests); then build everything again with clang under
# AddressSanitizer + UndefinedBehaviorSanitizer (with the libFuzzer targets), run the whole
# suite again there, with LeakSanitizer on, and fuzz each target for a minute (docs/testing.md).
set -euo pipefail
cd "$(dirname "$0")/.."
start=$(date +%s)
stage_start=$start
jobs=$(nproc 2>/dev/null || echo 2)
timings=()
# CPU seconds used by finished child processes (bash's `times`, second line: user and system),
# shown next to wall-clock time: on a shared machine the two tell load from work.
# (`times` must run in this shell, not in a pipeline's subshell, hence the file.)
cpu_file=$(mktemp)
trap 'rm -f "$cpu_file"' EXIT
children_cpu() {
  times >"$cpu_file"
  sed -n 2p "$cpu_file" | awk '{ t = 0; for (i = 1; i <= 2; i++) { split($i, p, /[ms]/); t += p[1] * 60 + p[2] } printf "%d", t }'
}
stage_cpu=0
stage_done() {
  local now cpu
  now=$(date +%s)
  cpu=$(children_cpu)
  timings+=("$(printf '%-44s %5d s wall %6d s CPU' "$1" $((now - stage_start)) $((cpu - stage_cpu)))")
  stage_start=$now
  stage_cpu=$cpu
}

bash scripts/setup.sh
stage_done "setup"

echo "== build (RelWithDebInfo)"
bash scripts/build.sh build
stage_done "build (gcc, RelWithDebInfo)"
echo "== tests"
ctest --preset default -j "$jobs"
stage_done "tests"

echo "== build (clang, ASan + UBSan, libFuzzer targets): the whole project"
bash scripts/build-sanitize.sh build-asan
stage_done "build (clang, ASan + UBSan, fuzz targets)"
echo "== every test under ASan + UBSan (LeakSanitizer on), fuzz corpora replayed"
ctest --preset asan-ubsan -j "$jobs"  # the preset sets ASAN_OPTIONS and UBSAN_OPTIONS
stage_done "tests under ASan + UBSan"
echo "== fuzzing, 60 s per target"
bash scripts/fuzz.sh --seconds 60 --build build-asan
stage_done "fuzzing (5 targets x 60 s, 2 at a time)"

printf '%s\n' "${timings[@]}"
echo "== all tests passed in $(( $(date +%s) - start )) s"
