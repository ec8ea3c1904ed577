#!/usr/bin/env bash
# Prints the size of the release build's files, raw and gzip (-9): first what a first visit
# fetches (the page, its stylesheet, the glue JS and split loader, the main .wasm, the service
# worker) and their total; then the parts split off the .wasm (scripts/build/split.py), which a visit
# fetches only when it opens their view (or the service worker caches them for offline use,
# after the page has started).
# Usage: scripts/build/sizes.sh [DIST]   (default: dist, built with `trunk build --release`)
set -euo pipefail
dist=${1:-dist}
ls "$dist"/*_bg.wasm >/dev/null 2>&1 || { echo "no .wasm in $dist: run trunk build --release first" >&2; exit 1; }
row() { printf '%-56s %10s %10s\n' "$@"; }
# a row per file that exists, then a row of their total named $1
rows() {
  local label=$1 raw gz total_raw=0 total_gz=0
  shift
  for f in "$@"; do
    [ -f "$f" ] || continue
    raw=$(wc -c <"$f"); gz=$(gzip -9 -c "$f" | wc -c)
    total_raw=$((total_raw + raw)); total_gz=$((total_gz + gz))
    row "$(basename "$f")" "$raw" "$gz"
  done
  row "$label" "$total_raw" "$total_gz"
}
row file raw gzip
rows "first visit" "$dist"/*_bg.wasm "$dist"/*.js "$dist"/*.css "$dist"/index.html
rows "split-off parts (fetched on first use)" "$dist"/*-split_*.wasm "$dist"/*-chunk_*.wasm
