#!/usr/bin/env bash
# Installs what is missing, then runs every check and every test suite:
# formatting, lints (host and wasm32), host tests, component tests in headless
# Chromium, and end-to-end journeys against the built release site. Prints
# the time of each step, how many tests each layer passed (host tests,
# component tests, journeys), and the total at the end.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
trap step_report EXIT

# A clean run writes about 4.6 GiB (measured by CI: target/ 2.9 GiB, the
# fetched crates and npm packages the rest; the summary prints it).
if [ "$DISK_FREE_START" -lt $((6 * 1048576)) ]; then
  say "warning: only $(gib "$DISK_FREE_START") free on disk; a clean run needs about 6 GiB"
fi
# A one-off run (CI) gains nothing from incremental caches but their disk.
if [ -n "${CI:-}" ]; then export CARGO_INCREMENTAL=0; fi

step "setup: install what is missing, fetch every crate"
"$ROOT/scripts/setup.sh" --test
load_env
cd "$ROOT"
export CHROMEDRIVER="${CHROMEDRIVER:-$(command -v chromedriver)}"
export RUST_BACKTRACE=0

step "formatting (rustfmt)"
cargo fmt --all -- --check

step "lints: clippy on the host"
cargo clippy --all-targets --locked -- -D warnings

step "lints: clippy on wasm32"
wasm_cargo clippy --target wasm32-unknown-unknown --lib --bins --test components --locked -- -D warnings

step "host tests (cargo test)"
counted cargo test --locked --lib --bins --test content --test controls --test messages --test properties --test results

step "component tests in headless Chromium (wasm-bindgen-test)"
counted wasm_cargo test --locked --target wasm32-unknown-unknown --test components

step "building the release site"
SAVOIR_SKIP_SETUP=1 "$ROOT/scripts/dist.sh"

step "end-to-end journeys against the built site in headless Chromium"
counted cargo test --locked --test e2e

step_end
say "all checks and tests passed in $((SECONDS - STEPS_START)) s"
