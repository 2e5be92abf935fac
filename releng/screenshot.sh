#!/usr/bin/env bash
# Pictures of the workbench and of every result view for the docs. Runs the UI test
# ScreenshotsUITest (a smaller seeded demo experiment, every view opened and drawn in a
# 1280 x 960 window) on a virtual display and copies its PNGs into docs/images/, and into
# bundles/org.repalign.doc/images/ when that folder exists.
#   releng/screenshot.sh [MAVEN ARGS...]      e.g. releng/screenshot.sh -o for an offline build
# Needs xvfb-run (apt-get install xvfb xauth); no ImageMagick.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
. releng/scripts/java-home.sh
repalign_select_java || exit 1
command -v xvfb-run >/dev/null 2>&1 || { echo "screenshot: 'xvfb-run' is missing (apt-get install xvfb xauth)" >&2; exit 1; }
shots=$(mktemp -d)
trap 'rm -rf "$shots"' EXIT
REPALIGN_SCREENSHOTS=$shots xvfb-run -a -s "-screen 0 1400x1000x24" ./mvnw -B -q verify \
  -pl bundles/org.repalign.ui.tests -am -Dtest=ScreenshotsUITest -Dsurefire.failIfNoSpecifiedTests=false "$@" >&2
pictures=(workbench runs alignment-matrix differences frequency frequency-all-pairs feature-matching probes probes-latent-map sae-training cka-calibration)
targets=("$ROOT/docs/images")
[ -d "$ROOT/bundles/org.repalign.doc/images" ] && targets+=("$ROOT/bundles/org.repalign.doc/images")
for target in "${targets[@]}"; do
  mkdir -p "$target"
  for name in "${pictures[@]}"; do
    [ -f "$shots/$name.png" ] || { echo "screenshot: the test wrote no $name.png" >&2; exit 1; }
    cp "$shots/$name.png" "$target/$name.png.tmp" && mv "$target/$name.png.tmp" "$target/$name.png"
  done
  echo "screenshot: wrote ${#pictures[@]} pictures into $target" >&2
done
