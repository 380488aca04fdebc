#!/usr/bin/env bash
# Tests the editor integrations (editors/, docs/editors.md): Neovim plugin, Helix configuration,
# Emacs mode with eglot against the real server, the VS Code extension (TypeScript build,
# TextMate grammar assertion and snapshot tests, .vsix). Installs what it needs: Debian packages
# through scripts/setup.sh, npm packages into BUILD/editors (never into the source tree).
# Environment: READOUT_BUILD_DIR (default: build), READOUT_BINARY (default: built there).
# Ends with the line "N passed, N failed"; exits 1 when anything failed.
set -uo pipefail
cd "$(dirname "$0")/.."
source_dir=$(pwd)
start=$(date +%s)
build_dir=$(realpath -m "${READOUT_BUILD_DIR:-build}")
work="$build_dir/editors"
mkdir -p "$work"
passed=0
failed=0
failures=()

step() {  # step NAME COMMAND...: runs one check, counts it, shows its output on failure.
  local name=$1
  shift
  local log="$work/$name.log" t0
  t0=$(date +%s)
  if "$@" >"$log" 2>&1; then
    passed=$((passed + 1))
    echo "PASS $name ($(( $(date +%s) - t0 )) s)"
  else
    failed=$((failed + 1))
    failures+=("$name")
    echo "FAIL $name ($(( $(date +%s) - t0 )) s)"
    tail -40 "$log" | sed 's/^/    /'
  fi
}

echo "== packages"
# emacs: the eglot test; chromium, ripgrep, libkrb5-dev: code-server and its browser.
READOUT_SETUP_EXTRA="${READOUT_SETUP_EXTRA:-} emacs-nox elpa-eglot chromium ripgrep libkrb5-dev" \
  bash scripts/setup.sh
# @vscode/vsce and code-server need Node.js 20+ and a current npm; Debian 12's are 18 and 9, so
# scripts/node.sh installs them into a private folder when the machine's are older.
node_env=$(bash scripts/node.sh 20) || { echo "could not set up Node.js 20 (scripts/node.sh)"; exit 1; }
eval "$node_env"
echo "node $(node --version), npm $(npm --version) ($(command -v node))"

binary=${READOUT_BINARY:-$build_dir/server/readout}
if [ -z "${READOUT_BINARY:-}" ]; then
  echo "== build readout in $build_dir"
  if [ ! -f "$build_dir/CMakeCache.txt" ]; then
    cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null || exit 1
  fi
  cmake --build "$build_dir" --target readout -j "$(nproc 2>/dev/null || echo 2)" >/dev/null || exit 1
fi
echo "== editor tests with $binary"

# The grammar's queries are copied (not linked) so that each editor folder can be copied alone.
queries_in_step() {
  local editor q status=0
  for editor in editors/nvim/queries/readout editors/helix/runtime/queries/readout; do
    for q in grammar/queries/*.scm; do
      cmp "$q" "$editor/$(basename "$q")" || { echo "$editor/$(basename "$q") differs from $q"; status=1; }
    done
  done
  return $status
}
step queries-in-step queries_in_step

step nvim-plugin bash tests/editors/nvim_plugin.sh "$binary"

helix_config() {
  local config="$work/helix-config"
  rm -rf "$config"
  bash editors/helix/install.sh "$config" && bash editors/helix/install.sh "$config" &&
    python3 tests/editors/helix_config.py "$config" "$source_dir/grammar"
}
step helix-config helix_config

emacs_compile() {
  local out="$work/emacs-compile"
  rm -rf "$out" && mkdir -p "$out" && cp editors/emacs/readout-mode.el "$out/" &&
    timeout 60 emacs --batch -Q --eval '(setq byte-compile-error-on-warn t)' \
      -f batch-byte-compile "$out/readout-mode.el"
}
step emacs-byte-compile emacs_compile
step emacs-eglot bash tests/editors/emacs_eglot.sh "$binary"

# VS Code: a private copy of the extension with its npm packages; docs/editors.md is its README.
vscode_dir="$work/vscode"
export npm_config_cache="$work/npm-cache"
step vscode-npm-install bash scripts/vsix.sh prepare "$vscode_dir"
step vscode-compile bash -c "cd '$vscode_dir' && npx --no-install tsc -p ."
step vscode-tmgrammar-assertions bash -c "cd '$vscode_dir' && npx --no-install vscode-tmgrammar-test \
  -g syntaxes/readout.tmLanguage.json 'test/grammar/*.test.readout'"
step vscode-tmgrammar-snapshots bash -c "cd '$vscode_dir' && npx --no-install vscode-tmgrammar-snap \
  -g syntaxes/readout.tmLanguage.json 'test/grammar/snap/*.readout'"
step grammar-in-step bash tests/editors/grammar-in-step/run.sh "$vscode_dir"
step vscode-manifest python3 tests/editors/vscode_manifest.py "$vscode_dir"
# The universal .vsix (server from the PATH or the setting) and the linux-x64 one that carries
# this build's server; the end-to-end test installs the latter with no readout on the PATH.
step vscode-package bash scripts/vsix.sh pack "$vscode_dir" "$vscode_dir/readout.vsix"
step vscode-package-server bash scripts/vsix.sh pack "$vscode_dir" \
  "$vscode_dir/readout-linux-x64.vsix" --server "$binary"

# A real VS Code: code-server + headless Chromium. Screenshots go to BUILD/editors/screenshots,
# or to docs/images with READOUT_UPDATE_SCREENSHOTS=1.
screenshots="$work/screenshots"
[ "${READOUT_UPDATE_SCREENSHOTS:-}" = 1 ] && screenshots="$source_dir/docs/images"
step vscode-e2e-install bash tests/editors/vscode-e2e/install.sh "$work/e2e" "$work/npm-cache"
step vscode-e2e bash tests/editors/vscode-e2e/run.sh "$work/e2e" \
  "$vscode_dir/readout-linux-x64.vsix" "$screenshots"

echo "== editor tests took $(( $(date +%s) - start )) s; .vsix: $vscode_dir/readout*.vsix"
[ ${#failures[@]} -eq 0 ] || echo "failed: ${failures[*]}"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
