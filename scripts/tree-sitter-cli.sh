#!/usr/bin/env bash
# Runs the tree-sitter CLI. Debian bookworm ships the runtime (libtree-sitter 0.20) but no CLI,
# and npm's tree-sitter-cli downloads a binary from outside the package archives, so this script
# fetches Debian trixie's tree-sitter-cli with a PRIVATE apt configuration (the system's apt
# sources and state are never touched, nothing is installed system-wide), unpacks it together
# with trixie's libc6 and libgcc-s1 into a cache folder, and runs it through trixie's own loader.
#
#   scripts/tree-sitter-cli.sh generate --abi 14     # any tree-sitter arguments
#   scripts/tree-sitter-cli.sh --print-path          # prints the cache folder and exits
#
# Idempotent: once unpacked, later runs start the CLI at once. Works as root without sudo.
set -euo pipefail

cache_root="${READOUT_TOOLS_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/readout}"
dir="$cache_root/tree-sitter-cli"
mirror="${READOUT_DEBIAN_MIRROR:-http://deb.debian.org/debian}"
packages=(tree-sitter-cli libc6 libgcc-s1)

fetch() {
  local apt_dir="$dir/.apt"
  mkdir -p "$apt_dir/lists/partial" "$apt_dir/cache/archives/partial" "$apt_dir/debs" \
    "$apt_dir/empty"
  echo "deb [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] $mirror trixie main" \
    >"$apt_dir/sources.list"
  # apt must not read the system's sources, preferences or state: point all of them here.
  local apt_opts=(
    -o "Dir::Etc::sourcelist=$apt_dir/sources.list"
    -o "Dir::Etc::sourceparts=$apt_dir/empty"
    -o "Dir::Etc::preferencesparts=$apt_dir/empty"
    -o "Dir::State::Lists=$apt_dir/lists"
    -o "Dir::State::status=/dev/null"
    -o "Dir::Cache=$apt_dir/cache"
    -o "APT::Architecture=amd64"
    -o "Debug::NoLocking=1"
    -o "APT::Sandbox::User=root"
  )
  echo "tree-sitter-cli.sh: fetching Debian trixie's tree-sitter CLI into $dir" >&2
  apt-get "${apt_opts[@]}" -qq update
  (cd "$apt_dir/debs" && apt-get "${apt_opts[@]}" -qq download "${packages[@]}")
  local deb
  for deb in "$apt_dir"/debs/*.deb; do
    dpkg-deb -x "$deb" "$dir"
  done
  rm -rf "$apt_dir/cache" "$apt_dir/lists"
}

cli="$dir/usr/bin/tree-sitter"
loader="$dir/lib64/ld-linux-x86-64.so.2"
[ -e "$loader" ] || loader="$dir/usr/lib64/ld-linux-x86-64.so.2"

if [ ! -x "$cli" ] || [ ! -e "$loader" ]; then
  # Serialise concurrent first runs (parallel ctest) on a lock file.
  mkdir -p "$cache_root"
  exec 9>"$cache_root/.tree-sitter-cli.lock"
  flock 9
  if [ ! -x "$cli" ]; then
    rm -rf "$dir"
    fetch
  fi
  flock -u 9
  loader="$dir/lib64/ld-linux-x86-64.so.2"
  [ -e "$loader" ] || loader="$dir/usr/lib64/ld-linux-x86-64.so.2"
fi

if [ "${1:-}" = "--print-path" ]; then
  echo "$dir"
  exit 0
fi

exec "$loader" --library-path "$dir/lib/x86_64-linux-gnu:$dir/usr/lib/x86_64-linux-gnu" "$cli" "$@"
