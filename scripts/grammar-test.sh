#!/usr/bin/env bash
# The grammar's own test: (1) `tree-sitter test` runs the corpus in grammar/test/corpus and the
# queries' syntax checks; (2) the committed grammar/src is exactly what `tree-sitter generate
# --abi 14` makes from grammar.js (regenerated into a temporary copy, then compared); (3) the
# generated parser does not turn the compiler's optimisation off.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cli="$root/scripts/tree-sitter-cli.sh"
grammar="$root/grammar"

# tree-sitter compiles the parser into its cache; keep that out of the user's home when asked.
export TREE_SITTER_DIR="${TREE_SITTER_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/readout/tree-sitter-home}"
mkdir -p "$TREE_SITTER_DIR"

echo "== tree-sitter test"
(cd "$grammar" && "$cli" test)

echo "== the queries compile against the grammar"
for query in "$grammar"/queries/*.scm; do
  # The CLI warns on stderr that no parser directories are configured; show it only on failure.
  if ! (cd "$grammar" && "$cli" query "$query" "$root/examples/c5plus1-astana-2023.readout" \
        >/dev/null 2>"$TREE_SITTER_DIR/query.log"); then
    cat "$TREE_SITTER_DIR/query.log" >&2
    exit 1
  fi
  echo "ok $(basename "$query")"
done

echo "== committed src/ matches tree-sitter generate --abi 14"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
cp "$grammar/grammar.js" "$grammar/package.json" "$grammar/tree-sitter.json" "$scratch/"
mkdir -p "$scratch/src"
cp "$grammar/src/scanner.c" "$scratch/src/"
(cd "$scratch" && "$cli" generate --abi 14 --no-bindings >/dev/null)
if ! diff -r "$grammar/src" "$scratch/src"; then
  echo "grammar/src is out of date: run (cd grammar && ../scripts/tree-sitter-cli.sh generate --abi 14 --no-bindings) and commit src/" >&2
  exit 1
fi
echo "== the generated parser is compiled with optimisation"
# Over 300 lexer states, tree-sitter generate turns optimisation off for the whole parser.c
# (#pragma GCC optimize ("O0")), which costs parse speed (issue 13): keep the lexer under that.
if grep -q '^#pragma GCC optimize' "$grammar/src/parser.c"; then
  echo "grammar/src/parser.c turns optimisation off: the lexer has over 300 states" >&2
  exit 1
fi
echo "grammar: all checks passed"
