#!/usr/bin/env bash
# Renders a comparison report in headless Chromium and saves a full-page screenshot, so a person
# (or CI) can see what a colleague would see. Usage: scripts/check-report.sh REPORT_DIR [SHOT.png]
# Needs Debian's chromium (apt-get install chromium). Fails if the page or a chart it shows is missing.
set -euo pipefail
dir="${1:?usage: scripts/check-report.sh REPORT_DIR [SHOT.png]}"
shot="${2:-$dir/screenshot.png}"
page="$dir/index.html"
[ -f "$page" ] || { echo "check-report: $page does not exist" >&2; exit 1; }
browser="$(command -v chromium || command -v chromium-browser || true)"
[ -n "$browser" ] || { echo "check-report: chromium is not installed (apt-get install chromium)" >&2; exit 1; }

# Every image the page shows must exist next to it; nothing may come from the network.
missing=0
for src in $(grep -o '<img src="[^"]*"' "$page" | sed 's/<img src="//; s/"$//'); do
  [ -f "$dir/$src" ] || { echo "check-report: the page shows $src, which is missing" >&2; missing=1; }
done
if grep -Eq '<script|<link|https?://' "$page"; then
  echo "check-report: the page loads something from outside the report directory" >&2; missing=1
fi
[ "$missing" = 0 ] || exit 1

profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
"$browser" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync \
  --user-data-dir="$profile" --screenshot="$shot" --window-size=1280,2400 \
  "file://$(cd "$dir" && pwd)/index.html" >/dev/null 2>&1
[ -s "$shot" ] || { echo "check-report: chromium wrote no screenshot" >&2; exit 1; }
echo "check-report: rendered $page; screenshot in $shot"
