#!/usr/bin/env bash
# Screenshots of a served build in headless Chromium, for looking at what we ship.
# Usage: scripts/dev/screenshot.sh URL OUTDIR   → OUTDIR/shot-360.png, OUTDIR/shot-1280.png
set -euo pipefail
url=${1:?URL}; out=${2:?OUTDIR}
mkdir -p "$out"
for size in 360x2400 1280x1600; do
  w=${size%x*}; h=${size#*x}
  profile=$(mktemp -d)
  chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --user-data-dir="$profile" --hide-scrollbars --window-size="$w,$h" \
    --virtual-time-budget=3000 --screenshot="$out/shot-$w.png" "$url" 2>/dev/null
  rm -rf "$profile"
done
ls "$out"
