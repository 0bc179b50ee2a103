#!/usr/bin/env bash
# Builds the release site and measures it: sizes (raw, gzip, brotli) and, in
# headless Chromium with 4x CPU throttling, cold load, language switch and
# memory. Prints a table against the budgets; writes bench-results/bench.json.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
"$ROOT/scripts/setup.sh" --test
SAVOIR_SKIP_SETUP=1 "$ROOT/scripts/dist.sh"
load_env
cd "$ROOT"
export CHROMEDRIVER="${CHROMEDRIVER:-$(command -v chromedriver)}"
cargo run --locked --quiet --example bench
