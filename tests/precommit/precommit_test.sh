#!/usr/bin/env bash
# The pre-commit hooks of .pre-commit-hooks.yaml, used as a project would use them: a temporary
# git repository whose .pre-commit-config.yaml names this repository's hooks, with Debian's
# `pre-commit` (scripts/setup.sh installs it). A report with a misspelt name is refused by
# readout-lint; a clean one passes; readout-fix corrects the file, then the commit goes through.
#   precommit_test.sh SOURCE_DIR READOUT_BINARY
set -euo pipefail
source_dir=$(realpath "$1")
readout=$(realpath "$2")
if ! command -v pre-commit >/dev/null 2>&1; then
  echo "SKIP: pre-commit is not installed (bash scripts/setup.sh installs it)"
  exit 77
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export PATH="$(dirname "$readout"):$PATH"
export PRE_COMMIT_HOME="$work/cache" HOME="$work/home"
export GIT_CONFIG_NOSYSTEM=1 GIT_AUTHOR_NAME=test GIT_AUTHOR_EMAIL=test@example.org
export GIT_COMMITTER_NAME=test GIT_COMMITTER_EMAIL=test@example.org
mkdir -p "$HOME"
fail() { echo "FAIL: $*" >&2; exit 1; }

# The hooks repository: this checkout's .pre-commit-hooks.yaml as it is now (committed or not).
hooks="$work/hooks"
git init -q "$hooks"
cp "$source_dir/.pre-commit-hooks.yaml" "$hooks/"
git -C "$hooks" add .pre-commit-hooks.yaml
git -C "$hooks" commit -qm hooks
rev=$(git -C "$hooks" rev-parse HEAD)

project="$work/project"
git init -q "$project"
cd "$project"
write_config() {  # hook ids...
  { echo "repos:"; echo "  - repo: $hooks"; echo "    rev: $rev"; echo "    hooks:"
    for id in "$@"; do echo "      - id: $id"; done; } > .pre-commit-config.yaml
  git add .pre-commit-config.yaml
}
write_config readout-lint
pre-commit install >/dev/null

# A clean report (hints only) passes.
cp "$source_dir/examples/c5plus1-astana-2023.ru.readout" clean.readout
git add clean.readout
git commit -qm "clean report" >"$work/out1" 2>&1 || { cat "$work/out1"; fail "a clean report was refused"; }
grep -q "readout lint.*Passed" "$work/out1" || { cat "$work/out1"; fail "the hook did not run on the clean report"; }

# A report with "Anthony Blinken" is refused, and the reason is shown.
cp "$source_dir/examples/c5plus1-astana-2023.readout" bad.readout
git add bad.readout
if git commit -qm "bad report" >"$work/out2" 2>&1; then
  cat "$work/out2"; fail "a report with a misspelt name was committed"
fi
grep -q "readout lint.*Failed" "$work/out2" || { cat "$work/out2"; fail "readout-lint did not fail"; }
grep -q "bad.readout:36:39: warning\[name-misspelled\]" "$work/out2" ||
  { cat "$work/out2"; fail "the finding is not shown"; }
# (the log is read whole: grep -q stopping early would make git log die of SIGPIPE under pipefail)
subjects() { git log --format=%s; }
grep -qx "bad report" <<<"$(subjects)" && fail "the commit happened"

# readout-fix writes the fix; pre-commit refuses the commit because the file changed, and the
# commit of the fixed file passes.
write_config readout-fix
if git commit -qm "bad report" >"$work/out3" 2>&1; then
  cat "$work/out3"; fail "readout-fix let the unfixed file through"
fi
grep -q "Antony Blinken" bad.readout || fail "readout-fix did not correct the name"
grep -q "Anthony Blinken" bad.readout && fail "the misspelling is still there"
grep -q "files were modified by this hook" "$work/out3" || { cat "$work/out3"; fail "pre-commit did not say the hook changed files"; }
git add bad.readout
git commit -qm "fixed report" >"$work/out4" 2>&1 || { cat "$work/out4"; fail "the fixed report was refused"; }
grep -qx "fixed report" <<<"$(subjects)" || fail "the fixed report was not committed"
echo "PASS: readout-lint refuses a bad report and passes a clean one; readout-fix fixes it"
