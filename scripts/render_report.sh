#!/usr/bin/env bash
# Renders the HTML report of the shipped sample to a PNG with headless Chromium, to look at it as a person would.
# Installs Chromium from Debian's packages when it is missing. Usage: scripts/render_report.sh [OUT_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-/tmp/feedback-themes-report}
mkdir -p "$out"
cargo run --release --quiet -- report corpora/sample.jsonl --date-field date --format html -o "$out/report.html"
if ! command -v chromium >/dev/null; then
  apt-get update -qq && apt-get install -y -qq chromium >/dev/null
fi
chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking \
  --disable-component-update --disable-sync --user-data-dir="$(mktemp -d)" --hide-scrollbars \
  --screenshot="$out/report.png" --window-size=1280,2600 "file://$out/report.html" 2>/dev/null
echo "$out/report.png"
