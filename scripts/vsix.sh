#!/usr/bin/env bash
# The VS Code extension as a .vsix, built in a working copy (never in the source tree):
#   scripts/vsix.sh prepare DIR                       copy editors/vscode to DIR, npm ci
#   scripts/vsix.sh pack DIR OUT.vsix                 the universal .vsix (server from the PATH)
#   scripts/vsix.sh pack DIR OUT.vsix --server BIN    the linux-x64 .vsix with BIN inside as
#                                                     server/readout, used unless the user sets
#                                                     readout.server.path
# Node.js 20 and npm 10 come from scripts/node.sh (a private folder on Debian 12). npm's cache is
# npm_config_cache when set.
set -euo pipefail
source_dir=$(cd "$(dirname "$0")/.." && pwd)
usage() { echo "usage: vsix.sh prepare DIR | pack DIR OUT.vsix [--server BINARY]" >&2; exit 2; }
[ $# -ge 2 ] || usage
mode=$1 dir=$(realpath -m "$2")
eval "$(bash "$source_dir/scripts/node.sh" 20)"

prepare() {
  [ -d "$dir/node_modules" ] && cmp -s "$source_dir/editors/vscode/package-lock.json" \
    "$dir/package-lock.json" && return 0
  mkdir -p "$dir"
  tar -C "$source_dir/editors/vscode" --exclude=node_modules --exclude=out --exclude='*.vsix' \
    --exclude=server -cf - . | tar -C "$dir" -xf -
  cp "$source_dir/docs/editors.md" "$dir/README.md"  # the extension's page in VS Code
  (cd "$dir" && npm ci --ignore-scripts --no-audit --no-fund)
}

case "$mode" in
  prepare) prepare ;;
  pack)
    [ $# -ge 3 ] || usage
    out=$(realpath -m "$3")
    server=
    if [ $# -ge 5 ] && [ "$4" = --server ]; then server=$(realpath "$5"); fi
    prepare
    (cd "$dir" && npx --no-install tsc -p .)
    rm -rf "$dir/server" "$out"
    target=()
    if [ -n "$server" ]; then
      mkdir "$dir/server"
      install -m 755 "$server" "$dir/server/readout"
      target=(--target linux-x64)
    fi
    (cd "$dir" && npx --no-install vsce package "${target[@]}" --allow-missing-repository \
      --skip-license --no-rewrite-relative-links -o "$out")
    rm -rf "$dir/server"
    python3 "$source_dir/tests/editors/vsix_contents.py" "$out" ${server:+--server}
    ;;
  *) usage ;;
esac
