#!/usr/bin/env bash
# Generates every model of a folder in one `cargo xtask codegen --each` run (all cores), writing included,
# and prints the total wall time, the per-model rate and the five slowest models.
#
#   bash bench/generate-folder.sh [FOLDER] [OUT]
#
# FOLDER defaults to the 13 shared AWS models (../shared/models/aws); each .json / .smithy file or
# subfolder in it is one model. OUT (default /tmp/bench-generate-folder) is emptied first, so every file
# is written. The xtask is built first as `cargo xtask` builds it (the dev profile), not measured.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
folder=${1:-$root/../shared/models/aws}
out=${2:-/tmp/bench-generate-folder}
if [ ! -d "$folder" ]; then
    echo "error: model folder $folder is missing (the shared models live in ../shared/models/aws)" >&2
    exit 1
fi
folder=$(cd "$folder" && pwd)

(cd "$root" && cargo build --quiet --package xtask)
xtask=${CARGO_TARGET_DIR:-$root/target}/debug/xtask
rm -rf "$out"
log=$(mktemp)
trap 'rm -f "$log"' EXIT

echo "folder: $folder"
echo "cores: $(nproc); load before: $(cut -d' ' -f1-3 /proc/loadavg)"
start=$(date +%s%N)
status=0
"$xtask" codegen --each "$folder" --out "$out" 2>"$log" || status=$?
end=$(date +%s%N)
if [ "$status" -ne 0 ]; then
    cat "$log" >&2
    echo "error: the run failed (exit $status)" >&2
    exit "$status"
fi

# Progress lines: `<model>: <n> shapes, <n> operations -> <n> files in <ms> ms`.
lines=$(grep -E ': [0-9]+ shapes, [0-9]+ operations -> [0-9]+ files in [0-9]+ ms$' "$log" || true)
models=$(printf '%s\n' "$lines" | grep -c . || true)
total_ms=$(( (end - start) / 1000000 ))
files=$(find "$out" -type f | wc -l)
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "models: $models, files written: $files"
echo "total (wall, writing included): $total_ms ms"
if [ "$models" -gt 0 ]; then
    awk -v ms="$total_ms" -v n="$models" 'BEGIN {
        printf "per model: %.1f ms (wall / models); %.1f models/s; 400 such models: %.1f s\n", ms / n, n * 1000 / ms, 400 * ms / n / 1000
    }'
fi
echo
echo "slowest five (each model's load + generate, wall, while the others ran beside it):"
printf '%s\n' "$lines" | awk '{ ms = $(NF - 1); name = $1; sub(/:$/, "", name); printf "%8d ms  %s\n", ms, name }' \
    | sort -rn | head -5
