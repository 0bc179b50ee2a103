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
# Pages fetched when first opened (src/ui/lazy.rs): the split points are
# compiled in (`savoir_split`), the linker keeps the relocations the
# splitter needs, and scripts/split/wasm-bindgen splits the module inside
# Trunk's pipeline; scripts/trunk-post-build.sh adds the chunks to the site.
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="${CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS:-} --cfg savoir_split -Clink-args=--emit-relocs"
SAVOIR_REAL_WASM_BINDGEN="$(command -v wasm-bindgen)" || die "no wasm-bindgen: run scripts/setup.sh"
command -v wasm-split-cli >/dev/null || die "no wasm-split-cli: run scripts/setup.sh"
export SAVOIR_REAL_WASM_BINDGEN
export SAVOIR_SPLIT_OUT="${CARGO_TARGET_DIR:-$ROOT/target}/split"
export PATH="$ROOT/scripts/split:$PATH"
run_trunk build --release
say "built $(du -sh dist | cut -f1) into dist/"
