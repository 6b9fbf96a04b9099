#!/usr/bin/env bash
# Peak RSS and throughput of a @streaming body (default 256 MiB) through a server on 127.0.0.1:
# streamed (what the runtime does now) against held in memory whole (what it did before), each mode
# in its own process, all in one run. Usage: bash bench/streaming.sh [MiB] [rounds]
set -euo pipefail
cd "$(dirname "$0")/.."
mib=${1:-256}
rounds=${2:-1}
cargo build --quiet --release -p smithy-runtime --example stream_bench
bin=target/release/examples/stream_bench
for round in $(seq "$rounds"); do
  for mode in download-whole download-stream upload-whole upload-file; do
    "$bin" "$mode" "$mib"
  done
done
