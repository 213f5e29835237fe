#!/usr/bin/env bash
# Renders the GUI screenshots in docs/screenshots/ under Xvfb, from built binaries, on the
# assessed example product. Settings and data go to a scratch folder: the default layout.
#   bash packaging/gui-screenshots.sh [BUILD_DIR] [OUT_DIR]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD="${1:-$ROOT/build/release}"
OUT="${2:-$ROOT/docs/screenshots}"
GUI="$BUILD/app/gui/threatbench"
CLI="$BUILD/app/cli/threatbench-cli"
[[ -x "$GUI" && -x "$CLI" ]] || { echo "gui-screenshots.sh: build $BUILD first" >&2; exit 1; }
command -v xvfb-run >/dev/null || { echo "gui-screenshots.sh: needs xvfb-run (apt install xvfb xauth)" >&2; exit 1; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data"
mkdir -p "$OUT"
project="$work/smart-door-lock.threatbench"
"$CLI" import "$ROOT/templates/examples/smart-door-lock-assessed.threatbench.json" -o "$project" >/dev/null

shot() {
    xvfb-run -a -s '-screen 0 1600x1000x24' "$GUI" "$@"
}
shot "$project" --raise threatsPanel --screenshot "$OUT/workbench-threats.png"
shot "$project" --raise annexMatrix --screenshot "$OUT/annex-matrix.png"
shot "$project" --raise riskMap --screenshot "$OUT/risk-map.png"
shot --screenshot "$OUT/start-page.png" # after the others: the example is a recent project
echo "Screenshots written to $OUT"
