#!/usr/bin/env bash
# Where a build's time went, from ninja's log of the last build in DIR (default: build): the
# compile time per target (the sum of its steps) and the slowest steps. Steps run in parallel,
# so the sum is work, not wall time; profile a build from scratch with ccache off
# (CCACHE_DISABLE=1) for the full picture.
#   scripts/build-profile.sh [DIR] [N]     # N slowest steps (default 15)
set -euo pipefail
dir=${1:-build}
top=${2:-15}
log="$dir/.ninja_log"
[ -f "$log" ] || { echo "build-profile: no $log (build first)" >&2; exit 2; }
# .ninja_log v5: start-ms end-ms mtime output hash; a rebuilt output appears again, last wins.
steps=$(awk 'NR > 1 { ms[$4] = $2 - $1 } END { for (o in ms) print ms[o], o }' "$log")
total=$(awk '{ s += $1 } END { print s }' <<<"$steps")
echo "target                            steps   seconds  share"
awk -v total="$total" '{
    t = "(other)"
    if (match($2, /CMakeFiles\/[^\/]+\.dir/)) t = substr($2, RSTART + 11, RLENGTH - 15)
    ms[t] += $1; n[t]++
  }
  END { for (t in ms) printf "%-32s %6d %9.1f %5.1f%%\n", t, n[t], ms[t] / 1000, 100 * ms[t] / total }' \
  <<<"$steps" | sort -k3,3 -rn
printf '%-32s %6d %9.1f\n\nslowest steps:\n' all "$(wc -l <<<"$steps")" "$(awk -v t="$total" 'BEGIN { print t / 1000 }')"
sort -rn <<<"$steps" | head -n "$top" | awk '{ printf "%8.1f s  %s\n", $1 / 1000, $2 }'
