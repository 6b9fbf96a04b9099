#!/usr/bin/env bash
# Peak RSS of parsing a 100 MB JSON body, as a ratio to the body alone, measured in one run.
set -euo pipefail
cd "$(dirname "$0")"
cargo build --release -q
for size in 10 1000; do
  base=$(/usr/bin/time -f %M ./target/release/bench-parse-memory body "$size" 2>&1 >/dev/null | tail -1)
  for mode in vec doc value; do
    peak=$(/usr/bin/time -f %M ./target/release/bench-parse-memory "$mode" "$size" 2>&1 >/dev/null | tail -1)
    echo "items of $size bytes, $mode: peak $((peak / 1024)) MiB, $(awk "BEGIN{printf \"%.1f\", $peak/$base}")x the body alone ($((base / 1024)) MiB)"
  done
done
