#!/usr/bin/env bash
# The `split` experiment (issue 15: the first-visit download): builds the release app with the
# quiz, the worksheet, the statistics view and the data panel split off into .wasm files of
# their own (src/components/lazy.rs, wasm-split-cli), into DIR (default /tmp/dist-split), and
# prints the sizes of both builds. Figures only, no pass/fail; nothing here is shipped.
#   scripts/bench-split.sh [DIR]
# Then, to compare them in Lighthouse: node scripts/bench-lighthouse.mjs DIR 3
#
# How: a normal `trunk build --release` gives the page (server rendering, loader, CSP, service
# worker); cargo then builds the app again with the `split` feature, linked with relocations
# (--emit-relocs), wasm-split-cli cuts it at the split points, wasm-bindgen and wasm-opt run on
# each part, and the parts replace the .wasm and .js in a copy of dist under the same names, so
# the page, its loader and its CSP stay as they are. The service worker's list is written again
# to hold the new files. Not done: the single file (briefing-explorer.html keeps the whole app),
# content hashes in the split-off files' names.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
out=${1:-/tmp/dist-split}
export PATH="$root/node_modules/.bin:$HOME/.cargo/bin:$PATH"
tools="$root/target/tools"
if ! [ -x "$tools/bin/wasm-split-cli" ]; then
  cargo install -q --locked wasm_split_cli_support@0.2.3 --features build-binary --root "$tools"
fi
log=$(mktemp)
trunk build --release --locked >"$log" 2>&1 || { tail -30 "$log" >&2; rm -f "$log"; exit 1; }
rm -f "$log"
stem=$(basename "$(ls dist/briefing-explorer-*_bg.wasm)" _bg.wasm)
target="$root/target/split"
RUSTFLAGS='-Clink-args=--emit-relocs' CARGO_TARGET_DIR="$target" \
  cargo build -q --release --locked --target wasm32-unknown-unknown --bin briefing-explorer --features split
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$tools/bin/wasm-split-cli" "$target/wasm32-unknown-unknown/release/briefing-explorer.wasm" "$work/split" --target web --out-name "$stem"
wasm-bindgen "$work/split/$stem.wasm" --out-dir "$work/pkg" --out-name "$stem" --target web --keep-lld-exports
cp "$work/split/"chunk_*.wasm "$work/split/"split_*.wasm "$work/split/__wasm_split.js" "$work/pkg/"
rm -rf "$out" && cp -r dist "$out"
for w in "$work/pkg/"*.wasm; do
  wasm-opt -Oz --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
    --enable-mutable-globals --enable-reference-types --enable-multivalue "$w" -o "$out/$(basename "$w")" 2>/dev/null
done
cp "$work/pkg/$stem.js" "$work/pkg/__wasm_split.js" "$out/"
python3 scripts/service_worker.py "$out" >/dev/null
gz() { gzip -9 -c "$1" | wc -c; }
first() { # the first visit: what the page loads before anything is used
  local d=$1 total=0
  for f in "$d"/"$stem"_bg.wasm "$d"/"$stem".js "$d"/__wasm_split.js "$d"/*.css "$d"/index.html "$d"/register-sw.js "$d"/sw.js; do
    [ -f "$f" ] && total=$((total + $(gz "$f")))
  done
  echo $total
}
printf '%-36s %10s %10s\n' file raw gzip
for f in "$out/$stem"_bg.wasm "$out"/__wasm_split.js "$out"/split_*.wasm "$out"/chunk_*.wasm; do
  printf '%-36s %10d %10d\n' "$(basename "$f")" "$(wc -c <"$f")" "$(gz "$f")"
done
echo "shipped build's .wasm: $(gz "dist/${stem}_bg.wasm") B gzip; the split build's main .wasm: $(gz "$out/${stem}_bg.wasm") B"
echo "first visit (gzip -9: .wasm, .js, split loader, .css, index.html, register-sw.js, sw.js): shipped $(first dist) B, split $(first "$out") B, if the split-off files are fetched only when used"
