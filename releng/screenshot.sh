#!/usr/bin/env bash
# Starts the built RepAlign product on a virtual display and saves a PNG of the real window.
#   releng/screenshot.sh [OUTPUT.png] [SECONDS]    (default docs/images/workbench.png, 25 s)
# Needs Xvfb, a window manager is optional, and ImageMagick's `import` (apt-get install xvfb imagemagick).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
OUT=${1:-$ROOT/docs/images/workbench.png}
WAIT=${2:-25}
for tool in Xvfb import; do
  command -v "$tool" >/dev/null 2>&1 || { echo "screenshot: '$tool' is missing (apt-get install xvfb imagemagick)" >&2; exit 1; }
done
mkdir -p "$(dirname "$OUT")"
display=:$((90 + RANDOM % 100))
Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
workspace=$(mktemp -d)
state=$(mktemp -d)
cleanup() { kill "${app:-}" "$xvfb" 2>/dev/null || true; rm -rf "$workspace" "$state"; }
trap cleanup EXIT
sleep 1
if command -v openbox >/dev/null 2>&1; then DISPLAY=$display openbox >/dev/null 2>&1 & fi
DISPLAY=$display REPALIGN_HOME=$state "$ROOT/repalign" -data "$workspace" >/dev/null 2>&1 &
app=$!
sleep "$WAIT"
DISPLAY=$display import -window root "$OUT"
echo "screenshot: wrote $OUT" >&2
