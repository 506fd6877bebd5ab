# shellcheck shell=bash
# Shared by the project's scripts: paths, pinned tool versions, messages.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

# npm's binaryen wasm-opt must come before any Debian one (see
# ../shared/toolchain.md: Debian's wasm-opt 108 breaks our wasm).
export PATH="$ROOT/node_modules/.bin:${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
# Trunk must never reach for the internet.
export TRUNK_OFFLINE=true
export TRUNK_SKIP_VERSION_CHECK=true

TRUNK_VERSION=0.21.14
CHROMIUM=/usr/bin/chromium
CHROMEDRIVER=/usr/bin/chromedriver
# WebKit and Firefox for tests/engines/ (Debian's packages; geckodriver is
# built from crates.io, since npm's geckodriver downloads a binary).
WEBKIT_WEBDRIVER=/usr/bin/WebKitWebDriver
WEBKIT_MINIBROWSER=/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser
FIREFOX=/usr/bin/firefox-esr
GECKODRIVER_VERSION=0.37.1

say() { printf '\n==> %s\n' "$*"; }
note() { printf '    %s\n' "$*"; }
die() {
  printf '\nFAILED: %s\n' "$*" >&2
  exit 1
}

# The wasm-bindgen version locked in Cargo.lock; the CLI must match it exactly.
wasm_bindgen_version() {
  awk '$0 == "name = \"wasm-bindgen\"" { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock
}

# Build outputs live in a cache outside the clone (as CI services keep a
# cache between runs), shared by every clone on this machine: cargo only
# rebuilds what changed, so a new clone does not compile the dependencies
# again. BANDWORK_CACHE moves it; an empty or missing cache only costs time.
# Set CARGO_TARGET_DIR yourself to build elsewhere (e.g. ./target).
BANDWORK_CACHE=${BANDWORK_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/bandwork}
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-$BANDWORK_CACHE/target}
