#!/usr/bin/env bash
# Regenerates the expected output of the CLI golden tests (tests/cli/cases/*/expected) with the
# built `readout`. Review the diff (git diff tests/cli/cases) before committing: the golden files
# are only as right as the person who read them.
#
#   scripts/update-golden.sh [BUILD_DIR] [CASE...]     (default: build, every case)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
shift || true
readout="$build/server/readout"
if [ ! -x "$readout" ]; then
  echo "update-golden: $readout not found; build first (scripts/build.sh $build)" >&2
  exit 2
fi
readout=$(cd "$(dirname "$readout")" && pwd)/readout
cases=("$@")
if [ ${#cases[@]} -eq 0 ]; then
  for dir in tests/cli/cases/*/; do cases+=("$(basename "$dir")"); done
fi
for c in "${cases[@]}"; do
  bash tests/cli/run_case.sh "$readout" "tests/cli/cases/$c" --update
done
git --no-pager diff --stat -- tests/cli/cases || true
