#!/usr/bin/env bash
# Threat model as code: the CI job the README shows, runnable as written.
#   bash packaging/ci-example.sh MODEL.threatbench.json OUT_DIR
# Uses threatbench-cli from PATH, or $THREATBENCH_CLI. Exit 1 when the committed threats are
# stale or a check fails; the PDF, SARIF and JUnit files in OUT_DIR are the job's artifacts.
set -euo pipefail
model="$1"
out="$2"
cli="${THREATBENCH_CLI:-threatbench-cli}"
mkdir -p "$out"
# 1. Someone changed the model or the templates without deriving: fail early.
"$cli" derive "$model" --check-stale
# 2. Work on a project file made from the committed model.
project="$out/model.threatbench"
rm -f "$project"
"$cli" import "$model" -o "$project"
"$cli" derive "$project"
# 3. The gate: add --fail-on high and --require-coverage once the model is triaged.
"$cli" check "$project" --sarif "$out/threats.sarif" --junit "$out/threats.junit.xml"
# 4. The register for the technical file, kept as an artifact.
"$cli" report "$project" -o "$out/risk-register.pdf"
echo "artifacts in $out"
