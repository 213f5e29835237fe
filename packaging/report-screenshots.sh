#!/usr/bin/env bash
# Renders the example product's risk register report and keeps two of its pages as PNGs in
# docs/screenshots/ (the first diagram page and the first page of the threat register), so the README shows
# what the report looks like. Needs a built threatbench-cli and poppler-utils (pdftoppm).
#
#   packaging/report-screenshots.sh [path/to/threatbench-cli]
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CLI="${1:-$ROOT/build/release/app/cli/threatbench-cli}"
OUT="$ROOT/docs/screenshots"
EXAMPLE="$ROOT/templates/examples/smart-door-lock-assessed.threatbench.json"

[[ -x "$CLI" ]] || { echo "report-screenshots: no threatbench-cli at $CLI" >&2; exit 2; }
command -v pdftoppm >/dev/null || { echo "report-screenshots: pdftoppm (poppler-utils) is needed" >&2; exit 2; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$OUT"
export QT_QPA_PLATFORM=offscreen
"$CLI" report "$EXAMPLE" -o "$work/report.pdf" --author "Keystone product security"
# Sections start on the pages the contents (page 2) give for them.
page_of() { pdftotext -f 2 -l 2 -layout "$work/report.pdf" - | awk -v s="$1" 'index($0, s) {print $NF; exit}'; }
diagram_page="$(page_of Diagrams)"
register_page="$(page_of 'Threat register')"
pdftoppm -png -r 80 -f "$diagram_page" -l "$diagram_page" -singlefile "$work/report.pdf" \
    "$OUT/report-diagram"
pdftoppm -png -r 80 -f "$register_page" -l "$register_page" -singlefile "$work/report.pdf" \
    "$OUT/report-register"
echo "report-screenshots: wrote $OUT/report-diagram.png and $OUT/report-register.png"
