#!/usr/bin/env bash
# Installs what is missing to build (and, with --test, to test) the app, and
# nothing else; quick when everything is already there.
#
# Rust for wasm32 comes from rustup where the target is installed or can be
# added within a short timeout; otherwise from Debian's rustc-web packages,
# which ship the standard library's source so cargo can build std for wasm32
# itself (see docs/ARCHITECTURE.md, "Toolchain"). Every network step has a
# timeout, so nothing hangs on a host it cannot reach.
#
# Usage: scripts/setup.sh [--test]      (SAVOIR_TOOLCHAIN=rustup|debian forces a path)
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

want_test=false
[ "${1:-}" = "--test" ] && want_test=true
mkdir -p "$TOOLS"
export CARGO_HTTP_TIMEOUT="${CARGO_HTTP_TIMEOUT:-60}" CARGO_NET_RETRY="${CARGO_NET_RETRY:-3}"
CARGO_BIN="${CARGO_HOME:-$HOME/.cargo}/bin"
# Where `cargo install` puts Trunk and wasm-bindgen-cli. CI sets it to the
# machine's usual cargo folder while CARGO_HOME (and so the crate cache) is
# new and empty: tools are reused, crates must be fetched (see .ci/run).
TOOL_ROOT="${SAVOIR_TOOL_ROOT:-${CARGO_HOME:-$HOME/.cargo}}"
export PATH="$TOOL_ROOT/bin:$CARGO_BIN:$PATH"

APT_UPDATED=false
apt_install() {
  local missing=()
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  command -v apt-get >/dev/null || die "missing ${missing[*]}: install them with your system's package manager"
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  say "installing Debian packages: ${missing[*]}"
  local opts=(-o Acquire::http::Timeout=30 -o Acquire::Retries=2 -y -qq)
  if ! $APT_UPDATED; then timeout 600 $sudo apt-get "${opts[@]}" update >/dev/null; APT_UPDATED=true; fi
  DEBIAN_FRONTEND=noninteractive timeout 1800 $sudo apt-get "${opts[@]}" install --no-install-recommends "${missing[@]}" >/dev/null
}

# --- Rust for the host and for wasm32 -----------------------------------------
choose_toolchain() {
  local forced="${SAVOIR_TOOLCHAIN:-}"
  if [ "$forced" != "debian" ] && command -v rustup >/dev/null; then
    if rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
      echo rustup; return
    fi
    say "adding the wasm32 target with rustup (60 s at most)"
    if timeout 60 rustup target add wasm32-unknown-unknown >&2; then
      echo rustup; return
    fi
    say "rustup cannot add wasm32 here: using Debian's Rust, which can build std from source"
  fi
  [ "$forced" = "rustup" ] && die "SAVOIR_TOOLCHAIN=rustup, but rustup cannot provide wasm32"
  echo debian
}

toolchain="$(choose_toolchain)"
if [ "$toolchain" = rustup ]; then
  for component in clippy rustfmt; do
    rustup component list --installed 2>/dev/null | grep -q "^$component" \
      || timeout 120 rustup component add "$component" >&2 \
      || die "rustup cannot add $component"
  done
  # std's source lets the release build compile std for size with the app
  # (scripts/dist.sh). Without it the release is built as it is, larger.
  size_build=1
  rustup component list --installed 2>/dev/null | grep -q "^rust-src" \
    || timeout 120 rustup component add rust-src >&2 \
    || { size_build=0; say "rustup cannot add rust-src: the release build will be larger"; }
  cat > "$TOOLS/env.sh" <<ENV
# Written by scripts/setup.sh: the rustup toolchain, with the wasm32 target.
export SAVOIR_TOOLCHAIN=rustup
export PATH="$ROOT/node_modules/.bin:$TOOL_ROOT/bin:$CARGO_BIN:\$PATH"
export SAVOIR_WASM_ENV=""
export SAVOIR_TRUNK_ENV=""
export SAVOIR_SIZE_BUILD=$size_build
ENV
else
  apt_install rustc-web cargo-web rust-web-src rust-web-clippy rustfmt-web lld-19
  # Debian's cargo and rustc come before rustup's proxies; cargo builds std for
  # wasm32 from /usr/lib/rustlib/src (RUSTC_BOOTSTRAP unlocks -Zbuild-std on
  # this stable compiler). `test` is in the list for wasm-bindgen-test.
  cat > "$TOOLS/env.sh" <<ENV
# Written by scripts/setup.sh: Debian's Rust; std for wasm32 built from source.
export SAVOIR_TOOLCHAIN=debian
export PATH="$ROOT/node_modules/.bin:/usr/bin:$TOOL_ROOT/bin:$CARGO_BIN:\$PATH"
export RUSTC=/usr/bin/rustc
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_LINKER=wasm-ld-19
export SAVOIR_WASM_ENV="RUSTC_BOOTSTRAP=1 CARGO_UNSTABLE_BUILD_STD=std,panic_abort,test"
# Trunk runs cargo itself, so the build-std settings go in its environment too.
export SAVOIR_TRUNK_ENV="RUSTC_BOOTSTRAP=1 CARGO_UNSTABLE_BUILD_STD=std,panic_abort"
export SAVOIR_SIZE_BUILD=1
ENV
fi
load_env
say "Rust: $toolchain ($(rustc --version))"

# --- Crates, fetched while the registries can be reached ----------------------
# Trunk runs cargo offline (Trunk.toml), and the size build compiles std with
# the app (-Zbuild-std), which needs std's own dependencies (moto-rt, object,
# ...) from the crate registry. Fetch both sets now, so no later build needs
# the network; a warm cache used to hide the second one.
say "fetching the app's crates"
(cd "$ROOT" && timeout 900 cargo fetch --locked --quiet)
if [ "$SAVOIR_SIZE_BUILD" = 1 ]; then
  std_lib="$(rustc --print sysroot)/lib/rustlib/src/rust/library"
  [ -f "$std_lib/Cargo.lock" ] || die "std's source is missing at $std_lib"
  say "fetching std's own crates, for the size build"
  (cd "$std_lib" && RUSTC_BOOTSTRAP=1 timeout 900 cargo fetch --locked --quiet)
fi

# --- Node packages: wasm-opt (binaryen), Sass, axe-core; pinned by package-lock.json
command -v npm >/dev/null || apt_install nodejs npm
stamp="$TOOLS/npm.stamp"
lock_sum="$(sha256sum "$ROOT/package-lock.json" | cut -d' ' -f1)"
if [ ! -x "$ROOT/node_modules/.bin/wasm-opt" ] || [ "$(cat "$stamp" 2>/dev/null)" != "$lock_sum" ]; then
  say "installing npm packages from package-lock.json"
  (cd "$ROOT" && timeout 600 npm ci --no-audit --no-fund --fetch-timeout=60000 --loglevel=error)
  echo "$lock_sum" > "$stamp"
fi

# --- Trunk and the wasm-bindgen CLI -------------------------------------------
if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
  say "installing trunk $TRUNK_VERSION (about 12 minutes on 2 cores)"
  # --locked: without it the build breaks on a lightningcss/cssparser mismatch.
  cargo install --root "$TOOL_ROOT" trunk --version "$TRUNK_VERSION" --locked
fi
wbg="$(wasm_bindgen_version)"
[ -n "$wbg" ] || die "no wasm-bindgen in Cargo.lock"
if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $wbg" ] \
  || ! command -v wasm-bindgen-test-runner >/dev/null; then
  say "installing wasm-bindgen-cli $wbg (about 6 minutes)"
  # --locked pins a dependency missing from some registry mirrors; fall back.
  cargo install --root "$TOOL_ROOT" wasm-bindgen-cli --version "$wbg" --locked \
    || cargo install --root "$TOOL_ROOT" wasm-bindgen-cli --version "$wbg"
fi

# --- wasm-split-cli: splits the release wasm into pages fetched on demand -----
# (scripts/split/wasm-bindgen). It prints no version: cargo's list tells.
if ! cargo install --list --root "$TOOL_ROOT" 2>/dev/null | grep -q "^wasm_split_cli_support v$WASM_SPLIT_VERSION:"; then
  say "installing wasm-split-cli $WASM_SPLIT_VERSION (about 2 minutes)"
  timeout 1200 cargo install --root "$TOOL_ROOT" wasm_split_cli_support --version "$WASM_SPLIT_VERSION" \
    --features build-binary --locked
fi

# --- A browser, for the test suites --------------------------------------------
if $want_test; then
  if ! command -v chromedriver >/dev/null || ! { command -v chromium >/dev/null || [ -x "${CHROMIUM:-}" ]; }; then
    apt_install chromium chromium-driver
  fi
  # --- Ralph, the Learning Record Store the xAPI journeys send to (tests/lrs/)
  # In a Python virtual environment of its own, pinned by its requirements
  # file: installed again when that file changes.
  lrs_req="$ROOT/tests/lrs/requirements.txt"
  lrs_sum="$(sha256sum "$lrs_req" | cut -d' ' -f1)"
  stamp="$TOOLS/ralph.stamp"
  if [ ! -x "$TOOLS/ralph/bin/ralph" ] || [ "$(cat "$stamp" 2>/dev/null)" != "$lrs_sum" ]; then
    say "installing Ralph, the LRS of the xAPI journeys, from tests/lrs/requirements.txt"
    command -v python3 >/dev/null || apt_install python3
    rm -rf "$TOOLS/ralph" "$stamp"
    # Debian's Python makes virtual environments only with python3-venv.
    if ! python3 -m venv "$TOOLS/ralph" >/dev/null 2>&1; then
      rm -rf "$TOOLS/ralph"
      apt_install python3-venv
      python3 -m venv "$TOOLS/ralph" || die "python3 cannot make a virtual environment"
    fi
    timeout 900 "$TOOLS/ralph/bin/pip" install --quiet --disable-pip-version-check \
      --timeout 60 --retries 3 -r "$lrs_req" \
      || die "cannot install Ralph from tests/lrs/requirements.txt"
    echo "$lrs_sum" > "$stamp"
  fi
fi
say "setup complete"
