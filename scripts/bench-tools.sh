#!/usr/bin/env bash
# Installs what scripts/bench-compare.sh measures readout against, without touching the system's
# Node.js packages: textlint + textlint-rule-prh and cspell from the npm registry, at the versions
# pinned by benchmarks/compare/package-lock.json, into a private folder (default
# build-bench/tools, never committed); hyperfine and GNU time from Debian (scripts/setup.sh).
# Usage: bash scripts/bench-tools.sh [TOOLS_DIR]
# The pinned versions run on Node.js 18.18 or later (Debian 12's nodejs is 18.20), so a Node.js
# that is already installed is used as it is; without one, Debian's nodejs and npm are installed.
set -euo pipefail
cd "$(dirname "$0")/.."
tools_dir=$(realpath -m "${1:-build-bench/tools}")

extra="hyperfine time"
command -v node >/dev/null 2>&1 || extra="$extra nodejs"
# Only when npm is missing: Debian's npm package conflicts with a Node.js that bundles its own.
command -v npm >/dev/null 2>&1 || extra="$extra npm"
READOUT_SETUP_EXTRA="${READOUT_SETUP_EXTRA:-} $extra" bash scripts/setup.sh

node -e 'const [a, b] = process.versions.node.split(".").map(Number);
         process.exit(a > 18 || (a === 18 && b >= 18) ? 0 : 1)' ||
  { echo "bench-tools: Node.js 18.18 or later is needed, found $(node --version)" >&2; exit 2; }

mkdir -p "$tools_dir"
# npm ci installs exactly the lock file's tree, from the npm registry only (the lock file has
# no download URLs). It starts from scratch, so skip it when the lock file has not changed.
if ! cmp -s benchmarks/compare/package-lock.json "$tools_dir/package-lock.json" ||
   ! cmp -s benchmarks/compare/package.json "$tools_dir/package.json" ||
   [ ! -x "$tools_dir/node_modules/.bin/textlint" ] || [ ! -x "$tools_dir/node_modules/.bin/cspell" ]; then
  cp benchmarks/compare/package.json benchmarks/compare/package-lock.json "$tools_dir/"
  (cd "$tools_dir" && npm ci --ignore-scripts --no-audit --no-fund --registry https://registry.npmjs.org/ \
    --cache "$tools_dir/npm-cache")
fi

echo "bench-tools: node $(node --version), textlint $("$tools_dir/node_modules/.bin/textlint" --version)," \
  "cspell $("$tools_dir/node_modules/.bin/cspell" --version), $(hyperfine --version)," \
  "GNU time $(dpkg-query -W -f='${Version}' time) in $tools_dir"
