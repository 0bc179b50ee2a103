# Shared by the scripts in this folder: paths, logging, and the toolchain
# environment that setup.sh chose (kept in .tools/env.sh).
# shellcheck shell=bash

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TOOLS="$ROOT/.tools"
TRUNK_VERSION="0.21.14"
# The splitter of the release build; its wasm_split_helpers must match
# Leptos's (Cargo.lock).
WASM_SPLIT_VERSION="0.2.4"

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }
die() { printf 'error: %s\n' "$*" >&2; exit 1; }

# The wasm-bindgen version the app is built with, read from Cargo.lock: the
# CLI must match it exactly.
wasm_bindgen_version() {
  awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' "$ROOT/Cargo.lock"
}

# Loads what setup.sh chose: PATH and the toolchain variables.
load_env() {
  [ -f "$TOOLS/env.sh" ] || die "run scripts/setup.sh first"
  # shellcheck source=/dev/null
  . "$TOOLS/env.sh"
}

# Runs cargo for the wasm32 target with the chosen toolchain's settings
# (on the Debian path: std built from source).
wasm_cargo() {
  env ${SAVOIR_WASM_ENV:-} cargo "$@"
}

# Runs trunk with the chosen toolchain's settings.
run_trunk() {
  env ${SAVOIR_TRUNK_ENV:-} trunk "$@"
}

# Step timing: `step "name"` starts a step (and ends the one before);
# `step_report` prints each step's time (and, for a test step, how many
# tests passed and failed) and the total, also after a failure when it is
# set as an EXIT trap.
STEP_NAME=""
STEP_NOTE=""
STEP_START=$SECONDS
STEP_TIMES=()
STEPS_START=$SECONDS
# Free disk space, in KiB, where the build writes (target/ lives there).
disk_free_kib() { df -Pk "$ROOT" | awk 'NR == 2 { print $4 }'; }
DISK_FREE_START="$(disk_free_kib)"
gib() { awk -v k="$1" 'BEGIN { printf "%.1f GiB", k / 1048576 }'; }
TESTS_PASSED=0
TESTS_FAILED=0
step() {
  step_end
  STEP_NAME="$1"
  STEP_NOTE=""
  STEP_START=$SECONDS
  say "$1"
}
step_end() {
  [ -n "$STEP_NAME" ] || return 0
  STEP_TIMES+=("$(printf '%6d s  %s%s' $((SECONDS - STEP_START)) "$STEP_NAME" "${STEP_NOTE:+: $STEP_NOTE}")")
  STEP_NAME=""
}
step_report() {
  local status=$?
  step_end
  [ ${#STEP_TIMES[@]} -gt 0 ] || return "$status"
  printf '\ntime per step:\n' >&2
  printf '%s\n' "${STEP_TIMES[@]}" >&2
  printf '%6d s  total%s\n' $((SECONDS - STEPS_START)) "$([ "$status" = 0 ] || echo ' (failed)')" >&2
  printf 'tests: %d passed, %d failed\n' "$TESTS_PASSED" "$TESTS_FAILED" >&2
  printf 'disk: %s free at the start, %s at the end; target/ holds %s\n' \
    "$(gib "$DISK_FREE_START")" "$(gib "$(disk_free_kib)")" \
    "$(gib "$(du -sk "${CARGO_TARGET_DIR:-$ROOT/target}" 2>/dev/null | cut -f1 || echo 0)")" >&2
  return "$status"
}

# Runs a test command (cargo test, the wasm runner, the journeys), showing
# its output, and counts the tests it passed, failed and ignored from the
# runners' `test result:` lines, for this step's line in the summary.
counted() {
  local log status=0 counts passed failed ignored
  log="$(mktemp)"
  "$@" 2>&1 | tee "$log" || status=$?
  counts="$(awk '/test result:/ {
      for (i = 2; i <= NF; i++) {
        if ($i ~ /^passed/) p += $(i - 1)
        if ($i ~ /^failed/) f += $(i - 1)
        if ($i ~ /^ignored/) g += $(i - 1)
      }
    } END { print p + 0, f + 0, g + 0 }' "$log")"
  rm -f "$log"
  read -r passed failed ignored <<<"$counts"
  TESTS_PASSED=$((TESTS_PASSED + passed))
  TESTS_FAILED=$((TESTS_FAILED + failed))
  STEP_NOTE="$passed passed, $failed failed$([ "$ignored" = 0 ] || echo ", $ignored ignored")"
  return "$status"
}
