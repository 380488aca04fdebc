#!/usr/bin/env bash
# Builds the release artefacts into dist/ (docs/install.md says how users take them):
#   readout-VERSION-linux-x64.tar.gz   bin/readout, the man page, bash completion, notices, laid
#                                      out as a prefix (unpack into ~/.local or /usr/local)
#   readout_VERSION_amd64.deb          the same files under /usr, made by CPack
#   readout-VERSION-linux-x64.vsix     the VS Code extension with the server inside
#   SHA256SUMS
# The .deb passes lintian with no error or warning. The binary is the portable one (CMake preset "package": only glibc is shared).
#   scripts/package.sh [--no-vsix]
set -euo pipefail
cd "$(dirname "$0")/.."
vsix=true
case "${1:-}" in
  --no-vsix) vsix=false ;;
  "") ;;
  *) echo "package.sh: unknown option $1 (use --no-vsix or nothing)" >&2; exit 2 ;;
esac
READOUT_SETUP_EXTRA="${READOUT_SETUP_EXTRA:-} lintian" bash scripts/setup.sh
bash scripts/build.sh --preset package --target readout --target readout_generated_docs --target readout_changelog
build=build-package
version=$(sed -n 's/^project(readout VERSION \([0-9.]*\).*/\1/p' CMakeLists.txt)
name=readout-$version-linux-x64
# Reproducible archives: file times are the last commit's.
export SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct 2>/dev/null || date +%s)}
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
rm -rf dist
mkdir -p dist

DESTDIR="$stage/root" cmake --install "$build" --strip >/dev/null
mv "$stage/root/usr" "$stage/$name"
tar --sort=name --owner=0 --group=0 --numeric-owner --mtime="@$SOURCE_DATE_EPOCH" \
  -C "$stage" -cf - "$name" | gzip -9n > "dist/$name.tar.gz"

(cd "$build" && cpack -G DEB -B "$stage/cpack" >/dev/null)
mv "$stage"/cpack/readout_*.deb dist/
# Debian's checks of the package: no error and no warning may remain.
lintian --fail-on error,warning dist/readout_*.deb

if $vsix; then
  bash scripts/vsix.sh pack "$build/vscode" "dist/$name.vsix" --server "$stage/$name/bin/readout"
fi
(cd dist && sha256sum -- * > SHA256SUMS)
echo "package.sh: in dist/:"
(cd dist && ls -l --time-style=+ -- *)
