#!/usr/bin/env bash
# Generates every model of a folder in one run of the generator (`smithy-rs-native codegen --each DIR`, the
# dev profile `cargo xtask` builds), writing included, and prints the total, the slowest five models and the
# per-model rate. Usage:
#   bash bench/generate-folder.sh [DIR] [--serial]
# DIR defaults to ../shared/models/aws (the 13 shared AWS models). --serial pins the run to one CPU
# (taskset), for the one-core figure next to the all-cores one. Crates go to $WORK/out (WORK defaults to
# /tmp/bench-generate-folder), emptied before the run so that every file is written.
set -euo pipefail
cd "$(dirname "$0")/.."
dir=../shared/models/aws
serial=
for arg in "$@"; do
  case "$arg" in
    --serial) serial=1 ;;
    -h|--help) sed -n '2,8p' "$0"; exit 0 ;;
    *) dir=$arg ;;
  esac
done
if [ ! -d "$dir" ]; then
  echo "error: model folder $dir is missing (the shared models are ../shared/models/aws)" >&2
  exit 1
fi
work=${WORK:-/tmp/bench-generate-folder}
out=$work/out
log=$work/log.txt
cargo build --quiet -p smithy-rs-native
bin=target/debug/smithy-rs-native
rm -rf "$out"
mkdir -p "$work"
pin=()
if [ -n "$serial" ]; then
  pin=(taskset -c 0)
fi
# %e wall, %U + %S CPU of the whole process (all threads).
/usr/bin/time -f 'TIME %e %U %S %M' -o "$work/time.txt" \
  "${pin[@]}" "$bin" codegen --each "$dir" --out "$out" 2>"$log" || {
  cat "$log" >&2
  echo "error: the generator failed (log: $log)" >&2
  exit 1
}
read -r _ wall user sys rss <"$work/time.txt"
# One line per model: `<path>: N shapes, M operations -> F files in T ms`.
lines=$(sed -nE 's/^(.*): ([0-9]+) shapes, ([0-9]+) operations -> ([0-9]+) files in ([0-9]+) ms$/\5 \1 \2 \3/p' "$log")
models=$(printf '%s\n' "$lines" | grep -c . || true)
if [ "$models" -eq 0 ]; then
  echo "error: no model was generated (log: $log)" >&2
  exit 1
fi
cpus=$(if [ -n "$serial" ]; then echo 1; else nproc; fi)
echo "folder: $dir ($models models), $cpus CPU(s), load before: $(cut -d' ' -f1-3 /proc/loadavg)"
awk -v wall="$wall" -v user="$user" -v sys="$sys" -v n="$models" -v rss="$rss" 'BEGIN {
  printf "total: %.2f s wall, %.2f s CPU (user + sys), peak RSS %.0f MiB\n", wall, user + sys, rss / 1024
  printf "rate: %.1f ms wall per model, %.1f ms CPU per model (400 models: ~%.0f s wall)\n",
    1000 * wall / n, 1000 * (user + sys) / n, 400 * wall / n
}'
echo "slowest five (load + generate of one model on its thread, before writing):"
printf '%s\n' "$lines" | sort -rn | head -5 |
  awk '{ printf "  %6d ms  %s (%d shapes, %d operations)\n", $1, $2, $3, $4 }'
