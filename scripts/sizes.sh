#!/usr/bin/env bash
# Prints the size of the release build's .wasm, .js and .css, raw and gzip (-9), and the total.
# Usage: scripts/sizes.sh [DIST]   (default: dist, built with `trunk build --release`)
set -euo pipefail
dist=${1:-dist}
ls "$dist"/*.wasm >/dev/null 2>&1 || { echo "no .wasm in $dist: run trunk build --release first" >&2; exit 1; }
printf '%-44s %10s %10s\n' file raw gzip
total_raw=0; total_gz=0
for f in "$dist"/*.wasm "$dist"/*.js "$dist"/*.css "$dist"/index.html; do
  [ -f "$f" ] || continue
  raw=$(wc -c <"$f"); gz=$(gzip -9 -c "$f" | wc -c)
  total_raw=$((total_raw + raw)); total_gz=$((total_gz + gz))
  printf '%-44s %10d %10d\n' "$(basename "$f")" "$raw" "$gz"
done
printf '%-44s %10d %10d\n' total "$total_raw" "$total_gz"
