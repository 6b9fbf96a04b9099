#!/usr/bin/env bash
# Peak RSS of one call through a generated client whose response body is ~100 MB, as a ratio to a process
# that reads the same response into one buffer (the body alone), all measured in one run.
# Usage: bash bench/client-memory/run.sh [ITEM bytes, default 1000]
set -euo pipefail
cd "$(dirname "$0")"
item=${1:-1000}
cargo build --release -q
bin=./target/release/bench-client-memory
base=$(/usr/bin/time -f %M "$bin" body "$item" 2>&1 >/dev/null | tail -1)
echo "body alone: $((base / 1024)) MiB"
for mode in json-list json-blob xml-list rest-blob rest-blob-upload; do
  peak=$(/usr/bin/time -f %M "$bin" "$mode" "$item" 2>&1 >/dev/null | tail -1)
  echo "$mode (items of $item bytes): peak $((peak / 1024)) MiB, $(awk "BEGIN{printf \"%.2f\", $peak/$base}")x the body alone"
done
