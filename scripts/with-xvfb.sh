#!/usr/bin/env bash
# Runs a command with DISPLAY set to an Xvfb of its own (WebKitGTK's MiniBrowser needs a display
# even for automation), and stops that Xvfb afterwards, however the command ends.
#   scripts/with-xvfb.sh COMMAND [ARGS...]
set -euo pipefail
command -v Xvfb >/dev/null || { echo "with-xvfb.sh: Xvfb is missing (scripts/setup.sh --browser installs it)" >&2; exit 1; }
fifo=$(mktemp -u); mkfifo "$fifo"
# -displayfd: Xvfb picks a free display number and writes it once it is ready to take clients
Xvfb -displayfd 3 -screen 0 1400x1000x24 -nolisten tcp 3>"$fifo" 2>/dev/null &
xvfb=$!
trap 'kill $xvfb 2>/dev/null || true; rm -f "$fifo"' EXIT
read -r -t 20 display <"$fifo" || { echo "with-xvfb.sh: Xvfb did not start" >&2; exit 1; }
export DISPLAY=":$display"
"$@"
