#!/usr/bin/env bash
# What each release setting buys: builds the app once per variant (one setting changed from the
# shipped profile) and prints the .wasm size raw and gzip. Takes ~10 minutes; figures only.
#   scripts/bench/release_settings.sh [WORD]   only the variants whose name contains WORD
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
source "$root/scripts/setup.sh"
cd "$root"
only=${1:-}
out=$(mktemp -d)
# an index.html that skips wasm-opt, beside the real one (its asset paths are relative to it)
sed 's/data-wasm-opt="z"/data-wasm-opt="0"/' index.html > .no-wasm-opt.html
trap 'rm -rf "$out" .no-wasm-opt.html' EXIT

variant() {
  local name=$1 target=$2; shift 2
  [[ -z "$only" || "$name" == *"$only"* ]] || return 0
  rm -rf "$out/dist"
  if env "$@" trunk build --release --locked --dist "$out/dist" "$target" >"$out/log" 2>&1; then
    local wasm; wasm=$(ls "$out"/dist/*.wasm)
    printf '%-40s %10d %10d\n' "$name" "$(wc -c <"$wasm")" "$(gzip -9 -c "$wasm" | wc -c)"
  else
    printf '%-40s build failed (see below)\n' "$name"; tail -5 "$out/log"
  fi
}

printf '%-40s %10s %10s\n' "variant (one change from shipped)" "wasm raw" "wasm gzip"
variant "shipped: z, LTO, 1 CGU, abort, wasm-opt -Oz" index.html X=1
variant "opt-level 3" index.html CARGO_PROFILE_RELEASE_OPT_LEVEL=3
variant "opt-level s" index.html CARGO_PROFILE_RELEASE_OPT_LEVEL=s
variant "no LTO" index.html CARGO_PROFILE_RELEASE_LTO=false
variant "16 codegen units" index.html CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16
variant "panic = unwind" index.html CARGO_PROFILE_RELEASE_PANIC=unwind
variant "no wasm-opt" .no-wasm-opt.html X=1
