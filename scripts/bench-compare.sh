#!/usr/bin/env bash
# The whole-process comparison of docs/performance.md: readout lint against bare tree-sitter
# parsing (readout-parse-only, the ceiling), textlint + textlint-rule-prh and cspell, on one
# generated corpus and the same list of names, timed side by side in one hyperfine run.
# Not part of the test command (timings need a quiet machine).
#
# Usage: bash scripts/bench-compare.sh [--reports N] [--runs R] [--memory-runs M] [--out FILE]
#                                      [--wait-idle SECONDS]
#   --reports N      reports in the corpus (default 500); memory is also measured on 2N and 4N
#   --runs R         hyperfine runs of each command (default 3)
#   --memory-runs M  runs of each command under /usr/bin/time for peak RSS (default 3)
#   --out FILE       where the Markdown table goes (default BUILD/bench-compare/results.md)
#   --wait-idle S    before timing, wait up to S seconds for the 1-minute load average to fall
#                    below 1 (on a shared machine; the report gives the load averages anyway)
# Environment: READOUT_BUILD_DIR (default build), READOUT_BENCH_TOOLS (default build-bench/tools),
# READOUT_BENCH_COMMIT (the commit to name in the report when the sources are not a git checkout).
# Exit status 0 even when targets are missed (the report says which); 2 when a tool fails.
set -euo pipefail
cd "$(dirname "$0")/.."
source_dir=$(pwd)
start=$(date +%s)
phase() { echo "== $* (at $(( $(date +%s) - start )) s)"; }

reports=500
runs=3
memory_runs=3
seed=2026
out=""
wait_idle=0
while [ $# -gt 0 ]; do
  case "$1" in
    --reports) reports=$2; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    --memory-runs) memory_runs=$2; shift 2 ;;
    --out) out=$2; shift 2 ;;
    --wait-idle) wait_idle=$2; shift 2 ;;
    -h|--help) sed -n '2,17p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "bench-compare: unknown argument '$1' (see --help)" >&2; exit 2 ;;
  esac
done

build_dir=$(realpath -m "${READOUT_BUILD_DIR:-build}")
tools_dir=$(realpath -m "${READOUT_BENCH_TOOLS:-build-bench/tools}")
work="$build_dir/bench-compare"
corpus="$work/corpus"
out=$(realpath -m "${out:-$work/results.md}")
case "$build_dir$tools_dir" in
  *[[:space:]]*) echo "bench-compare: the build and tools folders must not contain spaces" >&2; exit 2 ;;
esac

phase "tools"
bash scripts/bench-tools.sh "$tools_dir"
textlint="$tools_dir/node_modules/.bin/textlint"
cspell="$tools_dir/node_modules/.bin/cspell"

phase "build ($build_dir)"
if [ ! -f "$build_dir/CMakeCache.txt" ]; then
  cmake --preset default -B "$build_dir" >/dev/null
fi
build_type=$(sed -n 's/^CMAKE_BUILD_TYPE:[A-Z]*=//p' "$build_dir/CMakeCache.txt")
case "$build_type" in
  RelWithDebInfo|Release) ;;
  *) echo "bench-compare: $build_dir is a '$build_type' build; timings need RelWithDebInfo or Release" >&2
     exit 2 ;;
esac
cmake --build "$build_dir" -j "$(nproc 2>/dev/null || echo 2)" --target readout readout-corpus readout-parse-only
readout="$build_dir/server/readout"
parse_only="$build_dir/benchmarks/readout-parse-only"
make_corpus="$build_dir/benchmarks/readout-corpus"

phase "corpus: $reports reports, seed $seed"
rm -rf "$work"
mkdir -p "$work"
"$make_corpus" --reports "$reports" --seed "$seed" --out "$corpus"
# The same names for both Markdown tools: prh maps each planted misspelling to the right name,
# cspell gets every word of every name as a dictionary next to its English one.
cat >"$corpus/textlintrc.json" <<EOF
{ "rules": { "prh": { "rulePaths": ["$corpus/prh.yml"] } } }
EOF
cat >"$corpus/cspell.json" <<EOF
{
  "version": "0.2",
  "language": "en",
  "dictionaryDefinitions": [{ "name": "officials", "path": "$corpus/cspell-words.txt" }],
  "dictionaries": ["officials"]
}
EOF

# name, command, input folder, exit codes it may end with (1: findings).
names=() cmds=() inputs=() codes=()
add() { names+=("$1"); cmds+=("$2"); inputs+=("$3"); codes+=("$4"); }
add "readout-parse-only -j1" "$parse_only -j1 $corpus/readout" "$corpus/readout" 0
add "readout lint -j1" "$readout lint -j1 $corpus/readout" "$corpus/readout" 1
add "readout lint -j2" "$readout lint -j2 $corpus/readout" "$corpus/readout" 1
add "readout-parse-only -j2" "$parse_only -j2 $corpus/readout" "$corpus/readout" 0
add "textlint" "$textlint --config $corpus/textlintrc.json $corpus/markdown" "$corpus/markdown" 1
add "cspell" "$cspell --config $corpus/cspell.json $corpus/markdown" "$corpus/markdown" 1
: >"$work/commands.tsv"
for i in "${!names[@]}"; do
  printf '%s\t%s\t%s\n' "${names[$i]}" "${inputs[$i]}" "${codes[$i]}" >>"$work/commands.tsv"
done

expect_status() {  # expect_status WHAT ALLOWED STATUS
  if [ "$3" -ne "$2" ]; then
    echo "bench-compare: $1 exited with $3, expected $2; see $work" >&2
    exit 2
  fi
}

phase "recall: what each tool finds of the planted mistakes (also reads every file once)"
status=0
"$readout" lint -j1 --format json "$corpus/readout" >"$work/findings-readout.json" || status=$?
expect_status "readout lint" 1 "$status"
status=0
"$textlint" --config "$corpus/textlintrc.json" -f json "$corpus/markdown" >"$work/findings-textlint.json" || status=$?
expect_status textlint 1 "$status"
status=0
"$cspell" --config "$corpus/cspell.json" "$corpus/markdown" >"$work/findings-cspell.txt" 2>"$work/cspell.log" || status=$?
expect_status cspell 1 "$status"
for tool in readout textlint cspell; do
  python3 benchmarks/compare/recall.py "$tool" "$corpus" "$work/findings-$tool.$([ $tool = cspell ] && echo txt || echo json)" \
    >"$work/recall-$tool.json"
  cat "$work/recall-$tool.json"
done
"$parse_only" -j1 "$corpus/readout"

if [ "$wait_idle" -gt 0 ]; then
  phase "waiting up to $wait_idle s for the load average to fall below 1"
  deadline=$(( $(date +%s) + wait_idle ))
  while awk '{ exit !($1 >= 1) }' /proc/loadavg && [ "$(date +%s)" -lt "$deadline" ]; do sleep 10; done
fi
phase "wall time: one hyperfine run, $runs runs of each command"
hyperfine_args=()
for i in "${!names[@]}"; do hyperfine_args+=(--command-name "${names[$i]}" "${cmds[$i]}"); done
# -N: no shell in between; -i: the linters exit with 1 when they find something (checked above
# and again from the exit codes in the JSON).
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
hyperfine -N -i --runs "$runs" --export-json "$work/hyperfine.json" "${hyperfine_args[@]}"
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

peak_rss() {  # peak_rss COMMAND...: the peak resident set size in KB
  /usr/bin/time -f %M -o "$work/time.out" "$@" >/dev/null 2>&1 || true
  tail -1 "$work/time.out"
}

phase "peak memory: $memory_runs runs of each command under /usr/bin/time"
: >"$work/memory.tsv"
for i in "${!names[@]}"; do
  for _ in $(seq "$memory_runs"); do
    # shellcheck disable=SC2086 # the command is a list of words without spaces inside
    printf '%s\t%s\n' "${names[$i]}" "$(peak_rss ${cmds[$i]})" >>"$work/memory.tsv"
  done
  echo "${names[$i]}: $(grep -F "${names[$i]}	" "$work/memory.tsv" | cut -f2 | tr '\n' ' ')KB"
done

phase "peak memory against the number of files: $reports, $((2 * reports)), $((4 * reports))"
: >"$work/scaling.tsv"
for factor in 1 2 4; do
  files=$((factor * reports))
  folder="$corpus/readout"
  if [ "$factor" -ne 1 ]; then
    "$make_corpus" --reports "$files" --seed "$seed" --out "$work/corpus-$files" 2>/dev/null
    folder="$work/corpus-$files/readout"
  fi
  for jobs in 1 2; do
    for _ in $(seq "$memory_runs"); do
      printf '%s\t%s\t%s\t%s\n' "$files" "$folder" "readout lint -j$jobs" \
        "$(peak_rss "$readout" lint -j"$jobs" "$folder")" >>"$work/scaling.tsv"
    done
  done
done

{
  printf 'date\t%s\n' "$(date -u +%Y-%m-%d)"
  printf 'cpu\t%s\n' "$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1)"
  printf 'nproc\t%s\n' "$(nproc)"
  printf 'memory\t%s GB\n' "$(awk '/^MemTotal/ { printf "%.0f", $2 / 1e6 }' /proc/meminfo)"
  printf 'load_before\t%s\nload_after\t%s\n' "$load_before" "$load_after"
  if commit=$(git -C "$source_dir" rev-parse --short HEAD 2>/dev/null); then
    git -C "$source_dir" diff --quiet HEAD -- server grammar data || commit="$commit with local changes"
  else
    commit="${READOUT_BENCH_COMMIT:-unknown: not a git checkout}"
  fi
  printf 'readout\t%s (commit %s, %s build)\n' "$("$readout" --version | awk 'NR == 1 { print $2 }')" "$commit" "$build_type"
  printf 'node\tNode.js %s\n' "$(node --version)"
  printf 'textlint\t%s\n' "$("$textlint" --version | sed 's/^v//')"
  printf 'prh\t%s\n' "$(node -p "require('$tools_dir/node_modules/textlint-rule-prh/package.json').version")"
  printf 'cspell\t%s\n' "$("$cspell" --version)"
  printf 'hyperfine\t%s\n' "$(hyperfine --version | awk '{print $2}')"
  printf 'time\t%s\n' "$(dpkg-query -W -f='${Version}' time)"
  printf 'reports\t%s\nseed\t%s\nruns\t%s\nmemory_runs\t%s\n' "$reports" "$seed" "$runs" "$memory_runs"
  printf 'planted\t%s\n' "$(($(wc -l <"$corpus/planted.tsv") - 1))"
} >"$work/meta.tsv"

mkdir -p "$(dirname "$out")"
python3 benchmarks/compare/table.py "$work" >"$out"
phase "results ($out)"
cat "$out"
echo "== bench-compare took $(( $(date +%s) - start )) s"
