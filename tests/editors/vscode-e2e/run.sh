#!/usr/bin/env bash
# VS Code end-to-end test: usage: run.sh E2E_DIR READOUT_VSIX SCREENSHOT_DIR
# E2E_DIR holds code-server and puppeteer-core (install.sh). READOUT_VSIX is the linux-x64 .vsix
# that carries its server (scripts/vsix.sh pack ... --server): it is installed as a user would,
# with no `readout` on the PATH and no readout.server.path, so the bundled server must be the one
# that runs. Always under timeout.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
source_dir=$(cd "$here/../../.." && pwd)
e2e=$(realpath "$1"); vsix=$(realpath "$2"); shots=$(realpath -m "$3")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/workspace" "$work/user-data/User" "$shots"
cp "$source_dir/examples/c5plus1-astana-2023.readout" "$work/workspace/"
cat >"$work/user-data/User/settings.json" <<JSON
{
  "security.workspace.trust.enabled": false,
  "workbench.startupEditor": "none",
  "workbench.tips.enabled": false,
  "telemetry.telemetryLevel": "off",
  "update.mode": "none",
  "extensions.autoCheckUpdates": false,
  "extensions.ignoreRecommendations": true,
  "window.commandCenter": false,
  "workbench.colorTheme": "Default Light Modern",
  "readout.diagnosticsDelay": 0
}
JSON
export XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" XDG_CACHE_HOME="$work/cache"
export HOME="$work/home"
mkdir -p "$HOME"
# No folder of the PATH that holds a `readout`: the extension must use its own.
path_without_readout=
IFS=: read -ra path_dirs <<<"$PATH"
for dir in "${path_dirs[@]}"; do
  [ -n "$dir" ] && [ ! -e "$dir/readout" ] && path_without_readout+="${path_without_readout:+:}$dir"
done
export PATH=$path_without_readout
if command -v readout >/dev/null; then echo "FAIL: readout is still on the PATH"; exit 1; fi
code_server="$e2e/node_modules/.bin/code-server"
timeout 120 "$code_server" --user-data-dir "$work/user-data" --extensions-dir "$work/extensions" \
  --install-extension "$vsix" >"$work/install.log" 2>&1 || { cat "$work/install.log"; exit 1; }
binary=$(find "$work/extensions" -path '*/server/readout' -type f | head -n 1)
[ -x "$binary" ] || { echo "FAIL: the installed extension carries no server/readout"; exit 1; }
status=0
READOUT_BINARY="$binary" READOUT_CODE_SERVER="$code_server" READOUT_E2E_WORK="$work" READOUT_SCREENSHOTS="$shots" \
  NODE_PATH="$e2e/node_modules" timeout 300 node "$here/e2e.js" || status=$?
if [ "$status" -ne 0 ]; then
  echo "--- code-server log"; tail -30 "$work/code-server.log" || true
  exit 1
fi
