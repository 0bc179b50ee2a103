#!/usr/bin/env bash
# Builds the static site for deployment into dist/ (release profile,
# wasm-opt applied). Any static host or CDN can serve the folder.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
[ "${SAVOIR_SKIP_SETUP:-}" = 1 ] || "$ROOT/scripts/setup.sh"
load_env
cd "$ROOT"
run_trunk build --release
say "built $(du -sh dist | cut -f1) into dist/"
