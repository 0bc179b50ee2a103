#!/usr/bin/env bash
# Installs what is missing, then serves the app at http://127.0.0.1:8080,
# rebuilding on every change.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
"$ROOT/scripts/setup.sh"
load_env
cd "$ROOT"
say "serving at http://127.0.0.1:8080 (Ctrl-C to stop)"
exec env ${SAVOIR_TRUNK_ENV:-} trunk serve "$@"
