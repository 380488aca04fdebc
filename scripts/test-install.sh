#!/usr/bin/env bash
# Installs the release artefacts of dist/ (scripts/package.sh) where users are: fresh minimal
# Debian roots (debootstrap, no development package), once from the .deb (apt) and once from the
# tarball (unpacked into /usr/local), and runs tests/install/check.sh there: lint on the example
# (its documented findings), a short `readout lsp` session, `man readout`, the bash completion.
# Prints each install's time from start to the first lint's answer. Needs root.
#   scripts/test-install.sh [--suite bookworm] [--suite trixie] [--dist DIR] [--cache DIR]
# Default suites: bookworm and trixie (Debian 12 and 13). --cache as for scripts/fresh-root.sh.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
suites=()
dist=$repo/dist
cache=${READOUT_FRESH_ROOT_CACHE:-/var/cache/readout-fresh-root}
while [ $# -gt 0 ]; do
  case "$1" in
    --suite) suites+=("$2"); shift ;;
    --dist) dist=$(realpath "$2"); shift ;;
    --cache) cache=$2; shift ;;
    -h|--help) sed -n '2,8p' "$0"; exit 0 ;;
    *) echo "test-install: unknown argument '$1' (see --help)" >&2; exit 2 ;;
  esac
  shift
done
[ ${#suites[@]} -gt 0 ] || suites=(bookworm trixie)
[ "$(id -u)" -eq 0 ] || { echo "test-install: needs root (debootstrap, chroot, mounts)" >&2; exit 2; }
deb=$(ls "$dist"/readout_*_amd64.deb 2>/dev/null | head -n 1)
tarball=$(ls "$dist"/readout-*-linux-x64.tar.gz 2>/dev/null | head -n 1)
[ -n "$deb" ] && [ -n "$tarball" ] ||
  { echo "test-install: no .deb or tarball in $dist (run scripts/package.sh)" >&2; exit 2; }
(cd "$dist" && sha256sum --check --ignore-missing --quiet SHA256SUMS) ||
  { echo "test-install: the artefacts do not match $dist/SHA256SUMS" >&2; exit 1; }
source "$repo/scripts/lib/debian-root.sh"
root=$cache/install-run
trap debian_root_unmount EXIT

# What the user types, for each way of installing; man-db is what a desktop or server has for
# `man` (minbase lacks it); nothing else is added.
install_deb='apt-get update -qq && apt-get install -y -qq --no-install-recommends man-db >/dev/null &&
  t0=$(date +%s%N) && apt-get install -y -qq /tmp/install/'$(basename "$deb")' >/dev/null'
install_tarball='apt-get update -qq && apt-get install -y -qq --no-install-recommends man-db >/dev/null &&
  t0=$(date +%s%N) && tar -C /usr/local --strip-components=1 -xzf /tmp/install/'$(basename "$tarball")

results=()
failed=0
for suite in "${suites[@]}"; do
  debian_root_base "$suite" "$cache"
  for way in deb tarball; do
    echo "== $suite, $way"
    debian_root_unmount
    debian_root_fresh "$cache/$suite-minbase" "$root"
    mkdir -p "$root/tmp/install"
    cp "$deb" "$tarball" "$repo/tests/install/check.sh" "$root/tmp/install/"
    cp -r "$repo/examples" "$repo/tests/cli/cases/example-text" "$root/tmp/install/"
    mapfile -t env_in < <(debian_root_env "$root")
    install=install_$way
    script="${!install}"'
      readout lint /tmp/install/examples/c5plus1-astana-2023.readout >/dev/null || true
      echo "install to first lint: $(( ($(date +%s%N) - t0) / 1000000 )) ms"
      bash /tmp/install/check.sh /tmp/install'
    log=$cache/install-$suite-$way.log
    if chroot "$root" /usr/bin/env -i "${env_in[@]}" DEBIAN_FRONTEND=noninteractive \
      bash -c "set -e; $script" </dev/null >"$log" 2>&1; then
      results+=("$suite $way: ok, $(grep -o 'install to first lint: .*' "$log")")
    else
      failed=$((failed + 1))
      tail -30 "$log" | sed 's/^/    /'
      results+=("$suite $way: FAILED (log: $log)")
    fi
  done
done
debian_root_unmount
rm -rf --one-file-system "$root"
echo "== installs of $(basename "$deb") and $(basename "$tarball")"
printf '%s\n' "${results[@]}"
[ "$failed" -eq 0 ]
