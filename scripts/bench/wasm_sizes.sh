#!/usr/bin/env bash
# Where the .wasm's bytes go, by function: builds the release app as `trunk build --release`
# does (same profile, wasm-bindgen, wasm-opt -Oz) but keeps function names, then lists sizes.
#   ./scripts/bench/wasm_sizes.sh               the 40 biggest functions
#   ./scripts/bench/wasm_sizes.sh 'sort' 20     the functions matching a regex, and their total
# Run scripts/setup.sh first (it installs wasm-bindgen and wasm-opt).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$root"
export PATH="$root/node_modules/.bin:$HOME/.cargo/bin:$PATH"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
cargo build -q --release --locked --target wasm32-unknown-unknown --bin briefing-explorer --features hydration
wasm-bindgen --target web --keep-debug --out-dir "$out" target/wasm32-unknown-unknown/release/briefing-explorer.wasm
wasm-opt -Oz -g --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
  --enable-mutable-globals --enable-reference-types --enable-multivalue \
  "$out/briefing-explorer_bg.wasm" -o "$out/named.wasm"
python3 scripts/bench/wasm_sizes.py "$out/named.wasm" "$@"
