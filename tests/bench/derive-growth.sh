#!/usr/bin/env bash
# How derivation time grows with model size, beside a plainly linear job of the same size
# (bench_derive --reference, see linearreference.h). Every figure comes from its own process,
# started after dropping the page cache when run as root: virtual machines that hand freed
# memory back to the host make a process that happens to reuse warm memory look faster.
# Usage: tests/bench/derive-growth.sh [BUILD_DIR] [ELEMENTS FLOWS]...   (a Release build)
set -euo pipefail
build=${1:-build/bench}
shift || true
bench="$build/tests/bench/bench_derive"
[[ -x $bench ]] || { echo "derive-growth: no $bench; build target bench_derive first" >&2; exit 1; }
sizes=("$@")
((${#sizes[@]})) || sizes=(10000 30000 30000 90000 100000 300000)
((${#sizes[@]} % 2 == 0)) || { echo "derive-growth: give sizes as ELEMENTS FLOWS pairs" >&2; exit 1; }
settle() {
    sync
    if [[ -w /proc/sys/vm/drop_caches ]]; then echo 3 >/proc/sys/vm/drop_caches; fi
}
[[ -w /proc/sys/vm/drop_caches ]] || echo "derive-growth: not root, the page cache stays as it is" >&2

rows=()
for ((i = 0; i < ${#sizes[@]}; i += 2)); do
    settle
    out=$("$bench" "${sizes[i]}" "${sizes[i + 1]}")
    threats=$(awk '/^derive \(compute only\)/ {print $6}' <<<"$out")
    compute=$(awk '/^derive \(compute only\)/ {print $4}' <<<"$out")
    # Derive and store in a process of its own, first thing: after the compute-only runs it
    # would reuse the warm memory they gave back, which only a small model fits in.
    settle
    out=$("$bench" --store-first "${sizes[i]}" "${sizes[i + 1]}")
    store=$(awk '/^derive and store \(first\)/ {print $5}' <<<"$out")
    [[ -n $threats && -n $compute && -n $store ]] || { echo "$out" >&2; exit 1; }
    settle
    reference=$("$bench" --reference "$threats" | awk '{print $5}')
    rows+=("${sizes[i]} $threats $compute $store $reference")
    echo "${sizes[i]} elements: $threats threats, compute $compute ms, derive and store $store ms, linear reference $reference ms" >&2
done

echo >&2
printf '%9s %10s %11s %11s %11s   per threat against the first size: %s\n' \
    elements threats compute_ms store_ms reference_ms "compute, derive and store, reference"
read -r _ t0 c0 s0 r0 <<<"${rows[0]}"
for row in "${rows[@]}"; do
    read -r e t c s r <<<"$row"
    awk -v e="$e" -v t="$t" -v c="$c" -v s="$s" -v r="$r" -v t0="$t0" -v c0="$c0" -v s0="$s0" -v r0="$r0" \
        'BEGIN { printf "%9d %10d %11d %11d %11d   x%.2f  x%.2f  x%.2f\n", e, t, c, s, r,
                 (c / t) / (c0 / t0), (s / t) / (s0 / t0), (r / t) / (r0 / t0) }'
done
