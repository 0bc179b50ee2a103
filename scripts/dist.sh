#!/usr/bin/env bash
# Builds the static site for deployment into dist/ (release profile,
# wasm-opt applied). Any static host or CDN can serve the folder.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
[ "${SAVOIR_SKIP_SETUP:-}" = 1 ] || "$ROOT/scripts/setup.sh"
load_env
cd "$ROOT"
if [ "${SAVOIR_SIZE_BUILD:-0}" = 1 ]; then
  # Where std's source is at hand, std is compiled with the app, for size:
  # optimised for size and linked with LTO like the app, and a panic stops
  # the app at once instead of carrying message formatting, file names and
  # Debug printing (about 16 KB brotli in all); Leptos erases component
  # types (`erase_components`, about 4 KB). See docs/ARCHITECTURE.md.
  # Only the release site is built this way: development builds keep their
  # panic messages. RUSTC_BOOTSTRAP unlocks these flags on a stable compiler.
  export RUSTC_BOOTSTRAP=1 CARGO_UNSTABLE_BUILD_STD=std,panic_abort
  export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="-Zlocation-detail=none -Zfmt-debug=none -Zunstable-options -Cpanic=immediate-abort --cfg erase_components"
fi
run_trunk build --release
say "built $(du -sh dist | cut -f1) into dist/"
