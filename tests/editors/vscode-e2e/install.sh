#!/usr/bin/env bash
# Installs code-server 4.100 and puppeteer-core into DIR (a private folder under the build dir),
# offline-safe for ripgrep: @vscode/ripgrep's download is satisfied from Debian's rg.
# Usage: install.sh DIR NPM_CACHE. Idempotent: does nothing when DIR/.installed matches.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
dir=$1
cache=$2
stamp="$dir/.installed"
if [ -f "$stamp" ] && cmp -s "$here/package.json" "$stamp"; then
  echo "code-server already installed in $dir"
  exit 0
fi
mkdir -p "$dir"
cp "$here/package.json" "$dir/package.json"
cd "$dir"
# The tarball @vscode/ripgrep would fetch from GitHub, made from Debian's rg, in its cache folder.
tmp="$dir/tmp"
mkdir -p "$tmp/vscode-ripgrep-cache-1.15.11" "$tmp/rg"
cp "$(command -v rg)" "$tmp/rg/rg"
tar -C "$tmp/rg" -czf "$tmp/vscode-ripgrep-cache-1.15.11/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz" rg
export TMPDIR="$tmp" PUPPETEER_SKIP_DOWNLOAD=1 npm_config_cache="$cache"
npm install --ignore-scripts --no-audit --no-fund
# argon2 (code-server's password hashing) is a native module: its prebuilt download is not
# reachable, so node-pre-gyp builds it.
npm_config_yes=true npm rebuild argon2
# code-server's own postinstall installs VS Code's dependencies (native modules built with
# node-gyp, which npx fetches: npm_config_yes answers its prompt).
(cd node_modules/code-server &&
  npm_config_yes=true npm_config_unsafe_perm=true \
  npm_config_user_agent="npm/$(npm --version) node/$(node --version)" sh ./postinstall.sh)
cp "$here/package.json" "$stamp"
