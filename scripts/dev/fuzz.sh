#!/usr/bin/env bash
# Fuzzes the core crate's parser and figure recogniser with cargo fuzz (libFuzzer), each for a
# bounded time, and keeps every crash as a regression test.
#   scripts/dev/fuzz.sh [SECONDS_PER_TARGET]     (default 60)
# Installs cargo-fuzz if missing. cargo fuzz needs a nightly compiler: it uses the nightly
# toolchain when rustup has one, and otherwise the stable one with RUSTC_BOOTSTRAP=1.
# A crash is copied into crates/briefing/tests/fuzz-regressions/<target>/, where
# `cargo test -p briefing --test fuzz_regressions` runs it from then on; the script then fails.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$root"
secs=${1:-60}
export PATH="$HOME/.cargo/bin:$PATH"

if ! cargo fuzz --version >/dev/null 2>&1; then
  cargo install cargo-fuzz --version 0.13.1 --locked
fi
if rustup toolchain list 2>/dev/null | grep -q '^nightly'; then
  fuzz() { cargo +nightly fuzz "$@"; }
else
  fuzz() { RUSTC_BOOTSTRAP=1 cargo fuzz "$@"; }
fi

# seeds: the real transcript and the hand-picked regression inputs
for target in parse recognise; do
  mkdir -p "fuzz/corpus/$target"
  cp crates/briefing/tests/fuzz-regressions/$target/* "fuzz/corpus/$target/" 2>/dev/null || true
done
cp data/miit-2020-briefing.txt fuzz/corpus/parse/miit-2020-briefing.txt
awk 'NF && ++n <= 40' data/miit-2020-briefing.txt | split -l 1 - fuzz/corpus/recognise/line-

status=0
for target in parse recognise; do
  echo "== fuzzing $target for ${secs}s"
  if ! fuzz run "$target" "fuzz/corpus/$target" -- -max_total_time="$secs" -max_len=20000 -timeout=10; then
    status=1
  fi
  for crash in fuzz/artifacts/"$target"/*; do
    [ -e "$crash" ] || continue
    name=$(basename "$crash")
    cp "$crash" "crates/briefing/tests/fuzz-regressions/$target/$name"
    echo "kept $crash as crates/briefing/tests/fuzz-regressions/$target/$name"
    rm "$crash"
    status=1
  done
done
exit $status
