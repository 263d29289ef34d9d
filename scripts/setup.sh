#!/usr/bin/env bash
# Installs everything the build and the tests need, idempotently: each tool
# is skipped when already present at the right version. Called by `make
# serve` and `make test`. Only package registries are used (crates.io, npm,
# Debian); no tool downloads a browser or a binary of its own.
set -euo pipefail
cd "$(dirname "$0")/.."

log() { printf '[setup] %s\n' "$*"; }
die() { printf '[setup] ERROR: %s\n' "$*" >&2; exit 1; }

export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"

command -v cargo >/dev/null || die "cargo not found: install Rust with rustup (https://rustup.rs)"
command -v node >/dev/null || die "node not found: install Node.js 20 (Debian: apt-get install nodejs npm)"

TRUNK_VERSION=0.21.14
WBG_VERSION=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/"/, "", $3); print $3; exit }' Cargo.lock)
[ -n "$WBG_VERSION" ] || die "wasm-bindgen not found in Cargo.lock"
grep -q "wasm_bindgen = \"$WBG_VERSION\"" Trunk.toml \
  || die "Trunk.toml [tools] wasm_bindgen must equal Cargo.lock's wasm-bindgen ($WBG_VERSION)"

# 1. The WebAssembly target.
if rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  log "wasm32-unknown-unknown target: present"
else
  log "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

# The standard library's source: the release build rebuilds it for size
# (scripts/release.sh).
if [ -d "$(rustc --print sysroot)/lib/rustlib/src/rust/library/std" ]; then
  log "rust-src: present"
else
  log "adding rust-src (the standard library's source, for the release build)"
  rustup component add rust-src
fi

# 2 + 3. wasm-bindgen-cli and Trunk, built in parallel (both take minutes).
pids=()
if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" = "$WBG_VERSION" ]; then
  log "wasm-bindgen-cli $WBG_VERSION: present"
else
  # Not --locked: its lock file pins a crate version absent from crates.io.
  log "installing wasm-bindgen-cli $WBG_VERSION (several minutes)"
  cargo install wasm-bindgen-cli --version "$WBG_VERSION" --force --quiet &
  pids+=($!)
fi
if [ "$(trunk --version 2>/dev/null | awk '{print $2}')" = "$TRUNK_VERSION" ]; then
  log "trunk $TRUNK_VERSION: present"
else
  # 0.22 needs a newer rustc than this machine's.
  log "installing trunk $TRUNK_VERSION (about 15 minutes)"
  cargo install trunk --version "$TRUNK_VERSION" --locked --force --quiet &
  pids+=($!)
fi

# 4. Debian's Chromium and ChromeDriver (browser tests), meanwhile.
if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
  log "chromium and chromedriver: present"
elif [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  log "installing Debian chromium and chromium-driver"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium chromium-driver >/dev/null
else
  die "Chromium is missing. Please install it, then run this again:
    sudo apt-get install chromium chromium-driver
  (the tests expect /usr/bin/chromium and /usr/bin/chromedriver)"
fi

# 5. npm packages: binaryen 132 (wasm-opt, run by the release hook), esbuild (release
#    minification, scripts/minify.mjs), Playwright, axe-core, Ajv (the
#    config schema's test, tests/e2e/schema.spec.mjs).
want_npm() {
  [ -x node_modules/.bin/wasm-opt ] || return 0
  node_modules/.bin/wasm-opt --version | grep -q 'version 132' || return 0
  [ -f node_modules/@playwright/test/package.json ] || return 0
  [ -f node_modules/@axe-core/playwright/package.json ] || return 0
  [ -f node_modules/esbuild/package.json ] || return 0
  [ -f node_modules/ajv/package.json ] || return 0
  # Reinstall when package-lock.json changed since the last install.
  cmp -s package-lock.json node_modules/.te-installed-lock && return 1
  return 0
}
if want_npm; then
  log "installing npm packages (npm ci)"
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error
  cp package-lock.json node_modules/.te-installed-lock
else
  log "npm packages: present"
fi

for pid in "${pids[@]}"; do
  wait "$pid" || die "a cargo install failed (see above)"
done

# Crates for the build, fetched once so later builds need no network.
cargo fetch --quiet

log "ready: trunk $(trunk --version | awk '{print $2}'), wasm-bindgen $(wasm-bindgen --version | awk '{print $2}'), $(wasm-opt --version), $(/usr/bin/chromium --version 2>/dev/null)"
