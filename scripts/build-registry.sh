#!/usr/bin/env bash
# Rebuilds the generated registry files in data/registry/ from the raw public data in
# ../shared/data (never committed), with the project's own importer.
#
#   scripts/build-registry.sh [--check] [--binary PATH] [--shared DIR]
#
# --check   build into a temporary folder and fail (exit 1) if the committed files differ.
# --binary  the readout program (default: $READOUT_BINARY, then build/readout).
# --shared  the raw data folder (default: $READOUT_SHARED_DATA, then ../shared/data).
# Exits 77 (ctest's SKIP_RETURN_CODE) when the raw data is not available.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
binary=${READOUT_BINARY:-$root/build/readout}
shared=${READOUT_SHARED_DATA:-$root/../shared/data}
check=0
while [ $# -gt 0 ]; do
  case "$1" in
    --check) check=1 ;;
    --binary) binary=$2; shift ;;
    --shared) shared=$2; shift ;;
    -h|--help) sed -n '2,11p' "$0"; exit 0 ;;
    *) echo "build-registry: unknown argument '$1'" >&2; exit 2 ;;
  esac
  shift
done

if [ ! -f "$shared/wikidata/world-leaders.csv" ] || [ ! -f "$shared/wikidata/foreign-ministers.csv" ]; then
  echo "build-registry: no raw data in $shared (skipped)" >&2
  exit 77
fi
if [ ! -x "$binary" ]; then
  echo "build-registry: readout binary not found at $binary (build it, or pass --binary)" >&2
  exit 2
fi

committed=$root/data/registry
if [ "$check" = 1 ]; then
  out=$(mktemp -d)
  trap 'rm -rf "$out"' EXIT
else
  out=$committed
  mkdir -p "$out"
fi

"$binary" registry import wikidata-csv --kind leaders "$shared/wikidata/world-leaders.csv" \
  -o "$out/wikidata-world-leaders.json"
"$binary" registry import wikidata-csv --kind foreign-ministers "$shared/wikidata/foreign-ministers.csv" \
  -o "$out/wikidata-foreign-ministers.json"

if [ "$check" = 1 ]; then
  status=0
  for f in "$out"/*.json; do
    name=$(basename "$f")
    if ! diff -u "$committed/$name" "$f" > "$out/$name.diff" 2>&1; then
      echo "build-registry: data/registry/$name differs from what the importer produces:" >&2
      head -40 "$out/$name.diff" >&2
      status=1
    fi
  done
  for f in "$committed"/*.json; do
    [ -f "$out/$(basename "$f")" ] || { echo "build-registry: data/registry/$(basename "$f") is not produced by the importer" >&2; status=1; }
  done
  [ "$status" = 0 ] && echo "build-registry: data/registry/ is up to date"
  exit $status
fi
echo "build-registry: wrote $out"
