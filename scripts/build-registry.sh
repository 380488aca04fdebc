#!/usr/bin/env bash
# Rebuilds the generated registry files in data/registry/ from the raw public data in
# ../shared/data (never committed), with the project's own importers.
#
#   scripts/build-registry.sh [--check] [--binary PATH] [--shared DIR]
#
# --check   build into a temporary folder and fail (exit 1) if the committed files differ.
# --binary  the readout program (default: $READOUT_BINARY, then build/readout).
# --shared  the raw data folder (default: $READOUT_SHARED_DATA, then ../shared/data).
# Exits 77 (ctest's SKIP_RETURN_CODE) when the raw data is not available.
#
# Output (loaded in this order, later files winning; memberships in files of their own to keep
# every file small): 10-wikidata.json, 11-wikidata-terms.json, 20-pocom.json,
# 21-pocom-terms.json, 30-leaders-history.json, 31-leaders-history-terms.json, and
# merge-report.md (what was merged across sources, and conflicts).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
binary=${READOUT_BINARY:-$root/build/server/readout}
shared=${READOUT_SHARED_DATA:-$root/../shared/data}
check=0
while [ $# -gt 0 ]; do
  case "$1" in
    --check) check=1 ;;
    --binary) binary=$2; shift ;;
    --shared) shared=$2; shift ;;
    -h|--help) sed -n '2,16p' "$0"; exit 0 ;;
    *) echo "build-registry: unknown argument '$1'" >&2; exit 2 ;;
  esac
  shift
done

wd=$shared/wikidata
if [ ! -f "$wd/world-leaders.csv" ] || [ ! -f "$wd/foreign-ministers.csv" ] || [ ! -d "$shared/pocom" ] ||
   [ ! -d "$shared/leaders-history" ] || [ ! -d "$wd/cabinets-more" ]; then
  echo "build-registry: no raw data in $shared (skipped)" >&2
  exit 77
fi
if [ ! -x "$binary" ]; then
  echo "build-registry: readout binary not found at $binary (build it, or pass --binary)" >&2
  exit 2
fi

committed=$root/data/registry
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
if [ "$check" = 1 ]; then
  out=$work/out
  mkdir "$out"
else
  out=$committed
  mkdir -p "$out"
  rm -f "$out"/*.json
fi

# Wikidata, least precise first: later files replace a person's terms in a post with their own
# (leaders: years; foreign-minister snapshots, oldest first; cabinets: days).
files=("$wd/world-leaders.csv")
for f in "$wd"/foreign-ministers-history/2022-*.csv; do files+=("$f"); done
files+=("$wd/foreign-ministers.csv")
for f in "$wd"/foreign-ministers-history/2023-*.csv; do files+=("$f"); done
for d in "$wd"/cabinets/*/ "$wd"/cabinets-more/*/; do
  [ -f "$d/html/current.csv" ] && files+=("$d/html/current.csv")
  [ -f "$d/html/holders21.csv" ] && files+=("$d/html/holders21.csv")
done
# Paths relative to the data folder, so that messages and reports do not depend on where it is.
rel=()
for f in "${files[@]}"; do rel+=("${f#"$shared"/}"); done

# cabinets-more (59 countries) brings foreign ministers' history, not whole cabinets: its other
# posts would cost start-up time and memory for people that reports do not name.
(cd "$shared" && "$binary" registry import wikidata-csv "${rel[@]}" -q \
  --foreign-affairs-only wikidata/cabinets-more --as-of foreign-ministers=2022-12-11 \
  -o "$out/10-wikidata.json" --memberships-output "$out/11-wikidata-terms.json" \
  --report "$work/wikidata.md") 2> "$work/wikidata.log" || { cat "$work/wikidata.log" >&2; exit 1; }
# Files past 4.5 MB are divided (10-wikidata-2.json, ...): --against takes them all, in order.
against() { for f in "$@"; do [ -f "$f" ] && printf -- '--against\n%s\n' "$f"; done; }
mapfile -t wikidata_files < <(against "$out"/10-*.json "$out"/11-*.json)
(cd "$shared" && "$binary" registry import pocom pocom -q "${wikidata_files[@]}" \
  -o "$out/20-pocom.json" --memberships-output "$out/21-pocom-terms.json" \
  --report "$work/pocom.md") 2> "$work/pocom.log" || { cat "$work/pocom.log" >&2; exit 1; }
# Heads of state and government since 1990 (Wikidata terms, CIA World Factbook), merged with all
# of the above; its terms file holds every term of each person and post it touches.
mapfile -t known_files < <(against "$out"/10-*.json "$out"/11-*.json "$out"/20-*.json "$out"/21-*.json)
(cd "$shared" && "$binary" registry import leaders-history leaders-history -q "${known_files[@]}" \
  -o "$out/30-leaders-history.json" --memberships-output "$out/31-leaders-history-terms.json" \
  --report "$work/history.md") 2> "$work/history.log" || { cat "$work/history.log" >&2; exit 1; }
tail -n 1 "$work/wikidata.log" >&2
tail -n 1 "$work/pocom.log" >&2
tail -n 1 "$work/history.log" >&2
{ cat "$work/pocom.md"; echo; sed 's/^# /## /; s/^## /### /' "$work/wikidata.md"; echo
  sed 's/^# /## /; s/^## /### /' "$work/history.md"; } > "$out/merge-report.md"

if [ "$check" = 1 ]; then
  status=0
  for f in "$out"/*; do
    name=$(basename "$f")
    [ -f "$committed/$name" ] || continue
    if ! diff -u "$committed/$name" "$f" > "$work/$name.diff" 2>&1; then
      echo "build-registry: data/registry/$name differs from what the importers produce:" >&2
      head -40 "$work/$name.diff" >&2
      status=1
    fi
  done
  for f in "$committed"/*; do
    [ -f "$out/$(basename "$f")" ] || { echo "build-registry: data/registry/$(basename "$f") is not produced by the importers" >&2; status=1; }
  done
  [ "$status" = 0 ] && echo "build-registry: data/registry/ is up to date"
  exit $status
fi
echo "build-registry: wrote $out"
