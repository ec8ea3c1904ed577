#!/usr/bin/env bash
# Benchmarks that print figures (no pass/fail): the core search and quiz natively, then the
# release build in headless Chromium: per-keystroke search cost, first-visit download (raw, gzip,
# brotli), importing 0.5–2 MB transcripts, load-to-interactive against a static HTML floor, and
# Lighthouse's scores and metrics against the same page without its scripts; then regenerates the
# README's screenshots (docs/screenshot-360.png, docs/screenshot-1280.png) from that build.
# Installs what is missing first.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
source "$root/scripts/setup.sh" --browser
cd "$root"
echo "== machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(date -u +%Y-%m-%d)"
echo "== core (native, release)"
cargo run -q -p briefing --release --example bench_search
echo "== browser (release build)"
trunk build --release --locked >/dev/null 2>&1
python3 scripts/dev/serve_dist.py dist 4174 & server=$!
trap 'kill $server 2>/dev/null' EXIT
sleep 0.5
node scripts/bench/search.mjs http://127.0.0.1:4174/
echo "== importing a big transcript (release build)"
node scripts/bench/import.mjs http://127.0.0.1:4174/
echo "== a library of 300 transcripts (release build)"
node scripts/bench/library.mjs http://127.0.0.1:4174/
echo "== load (release build vs a static HTML floor)"
node scripts/bench/load.mjs dist http://127.0.0.1:4174/ 20
echo "== load on a phone-class CPU (Chromium's CPU throttling, 4× slower)"
node scripts/bench/load.mjs dist http://127.0.0.1:4174/ 10 4 | sed -n '/load to interactive/,$p'
echo "== Lighthouse 12.2.3 (mobile and desktop; median of 3; release build vs the same page without its scripts, both gzipped)"
node scripts/bench/lighthouse.mjs dist 3
rm -f dist/floor.html
echo "== the README's screenshots, from this build (look at them; commit them if the interface changed)"
scripts/dev/screenshot.sh http://127.0.0.1:4174/ docs screenshot
