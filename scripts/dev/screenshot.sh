#!/usr/bin/env bash
# Screenshots of a served build in headless Chromium, for looking at what we ship, in the
# system's light theme: 360 px wide (a phone, 2400 px tall) and 1280 px wide (a desktop, 2200 px
# tall: down to the first answer).
# Usage: scripts/dev/screenshot.sh URL OUTDIR [NAME]   → OUTDIR/NAME-360.png, OUTDIR/NAME-1280.png
#   NAME defaults to "shot". The README's pictures are `scripts/dev/screenshot.sh URL docs
#   screenshot` (docs/screenshot-360.png, docs/screenshot-1280.png), which ./scripts/bench.sh
#   runs on the release build it serves; look at them before committing them.
set -euo pipefail
url=${1:?URL}; out=${2:?OUTDIR}; name=${3:-shot}
mkdir -p "$out"
for size in 360x2400 1280x2200; do
  w=${size%x*}; h=${size#*x}
  profile=$(mktemp -d)
  chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --user-data-dir="$profile" --hide-scrollbars --window-size="$w,$h" \
    --virtual-time-budget=3000 --screenshot="$out/$name-$w.png" "$url" 2>/dev/null
  rm -rf "$profile"
  echo "$out/$name-$w.png"
done
