#!/usr/bin/env bash
# Installs what is missing, then builds and serves the explorer at http://127.0.0.1:8080/
# with live reload. Extra arguments go to `trunk serve` (for example --release or --port 9000).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
source "$root/scripts/setup.sh"
cd "$root"
# A release build carries a Content-Security-Policy that would block trunk's injected
# live-reload script, so serve it without live reload.
for arg in "$@"; do
  if [ "$arg" = "--release" ]; then set -- "$@" --no-autoreload; break; fi
done
exec trunk serve "$@"
