#!/usr/bin/env bash
# `readout lint --fix` followed by a second `readout lint` must report no fixable finding, and
# --fix --dry-run must write nothing. Runs on copies of examples/ and the test workspace.
#   fix_then_lint.sh READOUT
set -euo pipefail
readout=$1
cli_dir=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/readout-fix-XXXXXX")
trap 'rm -rf "$work"' EXIT
cp -R "$cli_dir/../../examples" "$work/examples"
cp -R "$cli_dir/workspace/reports" "$work/reports"
cd "$work"

fixable() {  # number of fixable findings, from the JSON summary
  "$readout" lint --format json --max-severity none examples reports |
    sed -n 's/^ *"fixable": \([0-9]*\).*/\1/p'
}

before=$(fixable)
[ "$before" -gt 0 ] || { echo "FAILED: the inputs have no fixable finding to start with"; exit 1; }

snapshot=$(find examples reports -type f -exec md5sum {} + | sort)
"$readout" lint --fix --dry-run --max-severity none examples reports >/dev/null
[ "$snapshot" = "$(find examples reports -type f -exec md5sum {} + | sort)" ] ||
  { echo "FAILED: --fix --dry-run changed files"; exit 1; }

"$readout" lint --fix --max-severity none examples reports >/dev/null
[ "$snapshot" != "$(find examples reports -type f -exec md5sum {} + | sort)" ] ||
  { echo "FAILED: --fix changed no file"; exit 1; }
after=$(fixable)
if [ "$after" != "0" ]; then
  echo "FAILED: $after fixable findings remain after --fix:"
  "$readout" lint --max-severity none examples reports
  exit 1
fi
leftovers=$(find . -name '*.tmp-*' | wc -l)
[ "$leftovers" -eq 0 ] || { echo "FAILED: temporary files left behind"; exit 1; }
echo "ok: $before fixable findings before --fix, none after"
