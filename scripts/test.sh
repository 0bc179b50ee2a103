#!/usr/bin/env bash
# Installs what is missing, then runs every check and every test suite:
# formatting, lints (host and wasm32), host tests, component tests in headless
# Chromium, and end-to-end journeys against the built release site.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
"$ROOT/scripts/setup.sh" --test
load_env
cd "$ROOT"
export CHROMEDRIVER="${CHROMEDRIVER:-$(command -v chromedriver)}"
export RUST_BACKTRACE=0
started=$SECONDS

say "formatting (rustfmt)"
cargo fmt --all -- --check

say "lints: clippy on the host"
cargo clippy --all-targets --locked -- -D warnings

say "lints: clippy on wasm32"
wasm_cargo clippy --target wasm32-unknown-unknown --lib --bins --test components --locked -- -D warnings

say "host tests (cargo test)"
cargo test --locked --lib --bins --test content --test properties --test results

say "component tests in headless Chromium (wasm-bindgen-test)"
wasm_cargo test --locked --target wasm32-unknown-unknown --test components

say "building the release site"
SAVOIR_SKIP_SETUP=1 "$ROOT/scripts/dist.sh"

say "end-to-end tests against the built site in headless Chromium"
cargo test --locked --test e2e

say "all checks and tests passed in $((SECONDS - started)) s"
