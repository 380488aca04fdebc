#!/usr/bin/env bash
# Formats the project's C++ sources with clang-format and the repository's .clang-format.
#   scripts/format.sh            # rewrite the files in place
#   scripts/format.sh --check    # change nothing; list unformatted files, exit 1 if any
# The generated parser (grammar/src) is not ours to format. Only clang-format 14 (Debian 12's,
# installed by scripts/setup.sh) is used: other versions lay out some constructs differently,
# and a check that depends on the machine would fail for no reason.
set -euo pipefail
cd "$(dirname "$0")/.."
check=false
case "${1:-}" in
  --check) check=true ;;
  "") ;;
  *) echo "format.sh: unknown option $1 (use --check or nothing)" >&2; exit 2 ;;
esac

tool=
for candidate in clang-format-14 clang-format; do
  if command -v "$candidate" >/dev/null 2>&1 &&
     "$candidate" --version | grep -q 'version 14\.'; then
    tool=$candidate
    break
  fi
done
if [ -z "$tool" ]; then
  echo "format.sh: clang-format 14 not found (bash scripts/setup.sh installs it)" >&2
  exit 77  # ctest's skip status for this test
fi
if ! git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
  echo "format.sh: not a git checkout; the list of sources comes from git" >&2
  exit 77
fi

# New files count too (not yet added, not ignored): they are formatted before their first commit.
mapfile -t files < <(git ls-files --cached --others --exclude-standard -- '*.cpp' '*.hpp' '*.h' '*.c' ':!:grammar/src/**')
if ! $check; then
  "$tool" -i --style=file "${files[@]}"
  echo "format.sh: formatted ${#files[@]} files"
  exit 0
fi
# One clang-format process for all files; each file it would change is named in its warnings.
mapfile -t unformatted < <("$tool" --style=file --dry-run --Werror "${files[@]}" 2>&1 |
  sed -n 's/^\(.*\):[0-9]*:[0-9]*: error: code should be clang-formatted.*/\1/p' | sort -u)
if [ ${#unformatted[@]} -gt 0 ]; then
  echo "format.sh: ${#unformatted[@]} of ${#files[@]} files are not formatted as .clang-format says:" >&2
  printf '  %s\n' "${unformatted[@]}" >&2
  echo "run: bash scripts/format.sh (or git clang-format on your staged changes)" >&2
  exit 1
fi
echo "format.sh: ${#files[@]} files formatted as .clang-format says"
