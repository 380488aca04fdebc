#!/usr/bin/env bash
# The README's first command: install what is missing, build, and lint the bundled examples
# with the embedded registry. Exits with readout's status (1 when there are findings).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/build.sh build --target readout
set +e
./build/server/readout lint examples/
status=$?
set -e
echo "readout exited with status $status"
exit $status
