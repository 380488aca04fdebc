#!/usr/bin/env bash
# Adds Readout to Helix's user configuration: the language, server and grammar entries of
# languages.toml (pointing at this checkout's grammar) and the tree-sitter queries.
# Safe to run again: an existing Readout block is replaced. Usage: install.sh [CONFIG_DIR]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
grammar=$(cd "$here/../../grammar" && pwd)
config=${1:-${XDG_CONFIG_HOME:-$HOME/.config}/helix}
mkdir -p "$config/runtime/queries/readout"
cp "$here"/runtime/queries/readout/*.scm "$config/runtime/queries/readout/"
toml="$config/languages.toml"
touch "$toml"
# Drop a block written earlier, between the markers.
sed -i '/^# >>> readout >>>$/,/^# <<< readout <<<$/d' "$toml"
{
  echo '# >>> readout >>>'
  sed "s|GRAMMAR_DIR|$grammar|" "$here/languages.toml"
  echo '# <<< readout <<<'
} >>"$toml"
echo "readout: wrote $toml and $config/runtime/queries/readout"
if command -v hx >/dev/null 2>&1; then hx --grammar build; fi
