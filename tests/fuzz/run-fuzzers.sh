#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (build/fuzz) and runs each for SECONDS (default 600).
# Inputs found go to build/fuzz/corpus/<name>; the kept corpus (tests/fuzz/corpus/<name>) and the
# project's fixtures seed each run and are never written. A crash leaves its input in
# build/fuzz/findings/<name>/: add it to the kept corpus, fix the reader, and the replay test
# (fuzzsmoke_<name>) keeps it fixed. To refresh the kept corpus with a minimal set:
#   build/fuzz/tests/fuzz/fuzz_<name> -merge=1 NEW_DIR tests/fuzz/corpus/<name> build/fuzz/corpus/<name>
#   bash tests/fuzz/run-fuzzers.sh [SECONDS] [name...]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
SECONDS_EACH="${1:-600}"
shift || true
BUILD="$ROOT/build/fuzz"
if [[ ! -f "$BUILD/CMakeCache.txt" ]]; then
    CC=clang CXX=clang++ cmake -S "$ROOT" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DTHREATBENCH_FUZZ=ON -DTHREATBENCH_SANITIZE="fuzzer-no-link;address;undefined"
fi
names=("$@")
if [[ ${#names[@]} -eq 0 ]]; then
    for f in "$ROOT"/tests/fuzz/fuzz_*.cpp; do
        n="$(basename "$f" .cpp)"
        names+=("${n#fuzz_}")
    done
fi
targets=()
for n in "${names[@]}"; do targets+=("fuzz_$n"); done
cmake --build "$BUILD" -j"${JOBS:-2}" --target "${targets[@]}"
# The project's own fixtures seed each run (read only; new inputs go to the corpus folder).
seeds() {
    case "$1" in
    canonicaljson) echo "$ROOT/templates/examples" ;;
    pytm) echo "$ROOT/tests/data/pytm" ;;
    threatdragon) echo "$ROOT/tests/data/threat-dragon" ;;
    otm) echo "$ROOT/tests/data/otm" ;;
    tm7) echo "$ROOT/tests/data/tm7" ;;
    threagile | yaml) echo "$ROOT/tests/data/threagile" ;;
    cyclonedx) echo "$ROOT/tests/data/sbom" ;;
    esac
}
for n in "${names[@]}"; do
    corpus="$BUILD/corpus/$n"
    findings="$BUILD/findings/$n"
    mkdir -p "$corpus" "$findings"
    echo "==> fuzz_$n for ${SECONDS_EACH}s"
    QT_QPA_PLATFORM=offscreen "$BUILD/tests/fuzz/fuzz_$n" "$corpus" "$ROOT/tests/fuzz/corpus/$n" $(seeds "$n") \
        -max_total_time="$SECONDS_EACH" -max_len=65536 -rss_limit_mb=2048 -timeout=10 \
        -artifact_prefix="$findings/" -print_final_stats=1 2>&1 | tail -n 12
done
