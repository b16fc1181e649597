#!/usr/bin/env bash
# Starts the workstation on the demo vault in a virtual 1440x900 X display and saves a screenshot
# of the whole screen to docs/screenshots/NAME.png (default: main-light).
#
#   scripts/screenshot.sh [NAME] [extra app arguments...]
#   MERIDIAN_SCREENSHOT_WAIT=30 scripts/screenshot.sh main-dark --theme dark
#
# Needs JDK 25 and the Debian packages: xvfb xauth libgtk-3-0 imagemagick
# (apt-get install -y xvfb xauth libgtk-3-0 imagemagick).
set -euo pipefail
cd "$(dirname "$0")/.."

name="${1:-main-light}"
shift || true
wait_seconds="${MERIDIAN_SCREENSHOT_WAIT:-20}"
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"

for tool in xvfb-run xauth import; do
  command -v "$tool" >/dev/null || { echo "Missing $tool: apt-get install -y xvfb xauth libgtk-3-0 imagemagick" >&2; exit 1; }
done

# The jpackage image is what users run; build it once, without tests.
./mvnw -q -DskipTests package
launcher="installer/target/jpackage/Meridian/bin/Meridian"
[ -x "$launcher" ] || { echo "No app-image at $launcher" >&2; exit 1; }

mkdir -p docs/screenshots
out="docs/screenshots/$name.png"

# Inside the virtual display: start the app, give it time to lay out and paint, grab the root window, stop the app.
xvfb-run -a -s "-screen 0 1440x900x24" bash -c '
  set -u
  "$1" --demo "${@:4}" > "$3.log" 2>&1 &
  app=$!
  sleep "$2"
  kill -0 "$app" 2>/dev/null || { echo "The app exited early; see $3.log" >&2; exit 1; }
  import -window root "$3"
  kill "$app"
  wait "$app" 2>/dev/null || true
' screenshot "$launcher" "$wait_seconds" "$out" "$@"

rm -f "$out.log"
echo "Saved $out"
