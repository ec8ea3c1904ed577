#!/usr/bin/env bash
# Installs whatever is missing to build (and, with --browser, to test) Briefing Explorer, at
# pinned versions. Idempotent: when everything is present it only checks versions (a second or
# two). Source it to get the PATH, or run it.
#   scripts/setup.sh             Rust target, trunk, wasm-bindgen-cli, wasm-split-cli, npm tools
#   scripts/setup.sh --browser   the same plus the three engines the browser tests drive:
#                                Debian's chromium (+ chromedriver), firefox-esr (+ geckodriver
#                                from crates.io) and WebKitGTK's MiniBrowser (+ WebKitWebDriver),
#                                Xvfb for WebKit's display, and CJK fonts
set -euo pipefail

TRUNK_VERSION=0.21.14
# cuts the release .wasm into the part the page starts with and the views loaded on first use
# (scripts/build/split.py, run by Trunk's post-build hook)
WASM_SPLIT_VERSION=0.2.3
GECKODRIVER_VERSION=0.37.1
export WEBKIT_MINIBROWSER=/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$root/node_modules/.bin:$PATH"

say() { printf '\033[1msetup:\033[0m %s\n' "$*" >&2; }

# wasm-bindgen-cli must equal the wasm-bindgen library in Cargo.lock.
wasm_bindgen_version() {
  awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' "$root/Cargo.lock"
}

setup_rust() {
  command -v cargo >/dev/null || { say "cargo is missing: install Rust with rustup first"; exit 1; }
  if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
    say "adding the wasm32-unknown-unknown target"
    rustup target add wasm32-unknown-unknown
  fi
  if ! cargo clippy --version >/dev/null 2>&1; then
    say "adding clippy (the tests hold both crates to no lint warnings)"
    rustup component add clippy
  fi
  if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
    say "installing trunk $TRUNK_VERSION (takes about 9 minutes once)"
    cargo install --locked trunk --version "$TRUNK_VERSION"
  fi
  local wb; wb=$(wasm_bindgen_version)
  [ -n "$wb" ] || { say "no wasm-bindgen in Cargo.lock"; exit 1; }
  if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $wb" ]; then
    say "installing wasm-bindgen-cli $wb (about 2 minutes once)"
    # not --locked: its lock file does not resolve here; the version itself is pinned
    cargo install wasm-bindgen-cli --version "$wb"
  fi
  if ! cargo install --list 2>/dev/null | grep -qx "wasm_split_cli_support v$WASM_SPLIT_VERSION:"; then
    say "installing wasm-split-cli $WASM_SPLIT_VERSION (about a minute once)"
    cargo install --locked wasm_split_cli_support --version "$WASM_SPLIT_VERSION" --features build-binary
  fi
}

setup_npm() {
  command -v npm >/dev/null || { say "npm is missing: install Node.js 20 first"; exit 1; }
  local stamp="$root/node_modules/.setup-stamp"
  if [ ! -f "$stamp" ] || [ "$root/package-lock.json" -nt "$stamp" ]; then
    say "installing npm tools (binaryen's wasm-opt, Playwright's test runner, Lighthouse)"
    (cd "$root" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error)
    touch "$stamp"
  fi
}

setup_browser() {
  local missing=()
  [ -x /usr/bin/chromium ] || missing+=(chromium)
  [ -x /usr/bin/chromedriver ] || missing+=(chromium-driver)
  [ -x /usr/bin/firefox-esr ] || missing+=(firefox-esr)
  [ -x /usr/bin/WebKitWebDriver ] || missing+=(webkit2gtk-driver)
  [ -x "$WEBKIT_MINIBROWSER" ] || missing+=(libwebkit2gtk-4.1-0)
  command -v Xvfb >/dev/null || missing+=(xvfb)
  fc-list 2>/dev/null | grep -qi 'Noto Sans CJK' || missing+=(fonts-noto-cjk)
  if [ ${#missing[@]} -gt 0 ]; then
    say "installing Debian's ${missing[*]}"
    local sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
  if [ "$(geckodriver --version 2>/dev/null | head -n1 | cut -d' ' -f1-2)" != "geckodriver $GECKODRIVER_VERSION" ]; then
    say "installing geckodriver $GECKODRIVER_VERSION (Firefox's WebDriver; about 3 minutes once)"
    cargo install --locked geckodriver --version "$GECKODRIVER_VERSION"
  fi
}

setup_rust
setup_npm
if [ "${1:-}" = "--browser" ]; then setup_browser; fi
