#!/usr/bin/env bash
# Runs one CLI golden case and compares what `readout` did with the expected files.
#
#   run_case.sh READOUT CASE_DIR [--update]
#
# A case is a folder under tests/cli/cases/ holding:
#   args             the arguments after `readout`, one per line (no shell quoting needed)
#   stdin            optional: fed to standard input (otherwise /dev/null)
#   expected/stdout, expected/stderr, expected/status
#   expected/after/  optional: files (relative to the workspace) whose contents must match
#                    after the run, e.g. what --fix wrote
# The command runs in a fresh copy of tests/cli/workspace/ plus the repository's examples/,
# so paths in the output are short, relative and the same on every machine.
# With --update the expected stdout, stderr and status are rewritten from this run (and the
# listed after/ files refreshed); review them before committing.
set -euo pipefail

readout=$1
case_dir=$(cd "$2" && pwd)
update=${3:-}
cli_dir=$(cd "$(dirname "$0")" && pwd)
source_dir=$(cd "$cli_dir/../.." && pwd)

work=$(mktemp -d "${TMPDIR:-/tmp}/readout-cli-XXXXXX")
trap 'rm -rf "$work"' EXIT
cp -R "$cli_dir/workspace/." "$work/"
cp -R "$source_dir/examples" "$work/examples"

mapfile -t args < "$case_dir/args"
stdin=/dev/null
[ -f "$case_dir/stdin" ] && stdin="$case_dir/stdin"

set +e
(cd "$work" && env -u NO_COLOR TERM=dumb "$readout" "${args[@]}" <"$stdin" >"$work/.stdout" 2>"$work/.stderr")
status=$?
set -e
echo "$status" >"$work/.status"
# Content hashes of registries that include the embedded one change with every data update:
# cases compare them as <hash> (tests/cli/provenance.py checks the values).
sed -i -E 's/sha256:[0-9a-f]{64}/sha256:<hash>/g' "$work/.stdout" "$work/.stderr"

expected="$case_dir/expected"
if [ "$update" = "--update" ]; then
  mkdir -p "$expected"
  cp "$work/.stdout" "$expected/stdout"
  cp "$work/.stderr" "$expected/stderr"
  cp "$work/.status" "$expected/status"
  if [ -d "$expected/after" ]; then
    (cd "$expected/after" && find . -type f) | while read -r f; do cp "$work/$f" "$expected/after/$f"; done
  fi
  echo "updated $(basename "$case_dir") (status $status)"
  exit 0
fi

failed=0
for stream in stdout stderr status; do
  if ! diff -u --label "expected/$stream" --label "actual/$stream" "$expected/$stream" "$work/.$stream"; then
    failed=1
  fi
done
if [ -d "$expected/after" ]; then
  while read -r f; do
    if ! diff -u --label "expected/after/$f" --label "actual/$f" "$expected/after/$f" "$work/$f"; then
      failed=1
    fi
  done < <(cd "$expected/after" && find . -type f | sort)
fi
if [ $failed -ne 0 ]; then
  echo "FAILED: readout ${args[*]} (case $(basename "$case_dir"))"
  exit 1
fi
echo "ok: readout ${args[*]}"
