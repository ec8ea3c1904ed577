#!/usr/bin/env bash
# Checks which WebAssembly features the release .wasm files use (as wasm-opt reads them from the
# module's target-features section) against the list the README's browser minimums rest on.
# A new feature (a newer rustc or wasm-bindgen turning one on) fails here, so that the supported
# browsers are looked at again instead of silently narrowing.
#   scripts/build/wasm_features.sh [DIST]
set -euo pipefail
dist=${1:-dist}
expected="bulk-memory bulk-memory-opt call-indirect-overlong multivalue mutable-globals nontrapping-float-to-int reference-types sign-ext"
# every .wasm: the main module and the parts split off it (scripts/build/split.py)
for wasm in "$dist"/*.wasm; do
  got=$(wasm-opt "$wasm" --print-features -o /dev/null 2>/dev/null | sed 's/^--enable-//' | sort | tr '\n' ' ' | sed 's/ $//')
  if [ "$got" != "$expected" ]; then
    echo "wasm_features.sh: $wasm uses: $got" >&2
    echo "wasm_features.sh: the README's supported browsers assume: $expected" >&2
    exit 1
  fi
done
echo "WebAssembly features of $(ls "$dist"/*.wasm | wc -l) .wasm files: $got"
