#!/usr/bin/env bash
# Builds the libFuzzer targets (tests/fuzz) in the sanitizer build and fuzzes each for a while,
# two at a time, starting from the committed corpora (tests/fuzz/corpus/<target>). New inputs go
# to <build>/fuzz/<target>/corpus, crashes to <build>/fuzz/<target>/ (crash-*, leak-*,
# timeout-*, oom-*). Fails on any crash, leak, timeout or out-of-memory, naming the reproducer.
#
# Default build: build-fuzz, the `fuzz` preset (ASan + UBSan at -O2, faster than the test
# build's -O1); `--build build-asan` reuses the test build (scripts/test.sh does).
#
#   bash scripts/fuzz.sh                      # every target, 60 s each
#   bash scripts/fuzz.sh --seconds 1800       # a long run
#   bash scripts/fuzz.sh --seconds 300 fuzz_edits fuzz_jsonrpc
#   build-fuzz/tests/fuzz/fuzz_edits build-fuzz/fuzz/fuzz_edits/crash-...   # replay one input
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=60
build=build-fuzz
parallel=2
targets=()
while [ $# -gt 0 ]; do
  case "$1" in
    --seconds) seconds=$2; shift 2 ;;
    --build) build=$2; shift 2 ;;
    --parallel) parallel=$2; shift 2 ;;
    -h|--help) sed -n '2,13p' "$0"; exit 0 ;;
    -*) echo "fuzz.sh: unknown option $1" >&2; exit 2 ;;
    *) targets+=("$1"); shift ;;
  esac
done
[ ${#targets[@]} -gt 0 ] || targets=(fuzz_analysis fuzz_edits fuzz_jsonrpc fuzz_registry fuzz_config)

if [ -f "$build/CMakeCache.txt" ] && grep -q '^READOUT_FUZZ:BOOL=ON' "$build/CMakeCache.txt"; then
  cmake --build "$build" -j "$parallel" --target "${targets[@]}"
else
  target_args=()
  for t in "${targets[@]}"; do target_args+=(--target "$t"); done
  bash scripts/build.sh "$build" --preset fuzz "${target_args[@]}"
fi

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}

dictionary() {
  case "$1" in
    fuzz_analysis|fuzz_edits) echo tests/fuzz/dict/readout.dict ;;
    fuzz_jsonrpc) echo tests/fuzz/dict/jsonrpc.dict ;;
    fuzz_registry|fuzz_config) echo tests/fuzz/dict/json.dict ;;
  esac
}

# One target: fuzz for $seconds, log to <build>/fuzz/<target>.log, exit status in .status.
run_one() {
  local target=$1 out="$build/fuzz/$1"
  mkdir -p "$out/corpus"
  rm -f "$out.status"
  local status=0
  "$build/tests/fuzz/$target" -max_total_time="$seconds" -timeout=60 -rss_limit_mb=3072 \
    -max_len=65536 -print_final_stats=1 -dict="$(dictionary "$target")" \
    -artifact_prefix="$out/" "$out/corpus" "tests/fuzz/corpus/$target" \
    >"$out.log" 2>&1 </dev/null || status=$?
  echo "$status" >"$out.status"
}

echo "== fuzzing ${targets[*]} for $seconds s each, $parallel at a time"
start=$(date +%s)
running=0
for target in "${targets[@]}"; do
  if [ "$running" -ge "$parallel" ]; then
    wait -n || true
    running=$((running - 1))
  fi
  run_one "$target" &
  running=$((running + 1))
done
wait || true

failed=0
printf '%-15s %12s %9s %9s  %s\n' target executions exec/s "corpus" result
for target in "${targets[@]}"; do
  log="$build/fuzz/$target.log"
  status=$(cat "$build/fuzz/$target.status" 2>/dev/null || echo "?")
  units=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  speed=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
  corpus=$(find "$build/fuzz/$target/corpus" -type f | wc -l)
  result=ok
  if [ "$status" != 0 ]; then
    failed=1
    reproducer=$(sed -n "s/.*Test unit written to \(.*\)$/\1/p" "$log" | tail -1)
    result="FAILED (exit $status) reproducer: ${reproducer:-none written}, log: $log"
  fi
  printf '%-15s %12s %9s %9s  %s\n' "$target" "${units:-?}" "${speed:-?}" "$corpus" "$result"
done
echo "== fuzzing took $(( $(date +%s) - start )) s"
if [ "$failed" -ne 0 ]; then
  echo "fuzz.sh: a fuzz target failed; the end of its log:" >&2
  for target in "${targets[@]}"; do
    if [ "$(cat "$build/fuzz/$target.status" 2>/dev/null)" != 0 ]; then
      echo "--- $target" >&2
      grep -v '^#[0-9]' "$build/fuzz/$target.log" | tail -40 >&2
    fi
  done
  exit 1
fi
