#!/usr/bin/env bash
# Installs what is missing, then runs every test:
#   0. the style: rustfmt, and what stable rustfmt cannot check (scripts/dev/check_style.py),
#      that imports run one way (scripts/dev/import_cycles.py) and that every path the docs
#      name exists (scripts/dev/doc_paths.py),
#   1. the core crate natively (parser, repairs, data file, command line),
#   2. the app's own unit tests natively (interface string tables, reducers, and its server
#      rendering: the first view the build writes into index.html),
#   then clippy on both crates (no warnings allowed),
#   3. the release build of the app (trunk, wasm-bindgen, wasm-opt), with its sizes,
#   4. end-to-end tests against that build served over HTTP: the Playwright suite in headless
#      Chromium, and the engine suite in Chromium, Firefox ESR and WebKit through WebDriver
#      (each WebKit session under an Xvfb display of its own, which tests/engines/engine.ts
#      starts and stops).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
source "$root/scripts/setup.sh" --browser
cd "$root"

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

step "style: cargo fmt --check; line and comment widths and import groups (scripts/dev/check_style.py)"
cargo fmt --all --check
python3 scripts/dev/check_style.py
python3 -m doctest scripts/dev/check_style.py

step "imports run one way: no circle between files (scripts/dev/import_cycles.py)"
python3 scripts/dev/import_cycles.py
python3 -m doctest scripts/dev/import_cycles.py

step "docs: every file or folder the docs name exists (scripts/dev/doc_paths.py)"
python3 scripts/dev/doc_paths.py
python3 -m doctest scripts/dev/doc_paths.py

step "core crate: cargo test"
cargo test -p briefing --locked

step "app: cargo test (natively, with its server renderer; no browser needed)"
cargo test --lib --features ssr --locked

step "lints: cargo clippy, warnings are errors"
cargo clippy -p briefing --all-targets --locked -- -D warnings
cargo clippy --lib --bin briefing-explorer --features hydration --target wasm32-unknown-unknown --locked -- -D warnings
# the build the release splits (scripts/build/split.py): the views loaded on first use
cargo clippy --lib --bin briefing-explorer --features split --target wasm32-unknown-unknown --locked -- -D warnings
cargo clippy --lib --bin prerender --features ssr --locked -- -D warnings

step "build scripts: python3 -m doctest (the post-build steps' rewrites, on both of Trunk's loader forms)"
python3 -m doctest scripts/build/prerender.py

step "release build: trunk build --release"
trunk build --release --locked
scripts/build/sizes.sh dist
scripts/build/wasm_features.sh dist

step "end-to-end: Playwright in Chromium; the engine suite in Chromium, Firefox and WebKit"
playwright test
