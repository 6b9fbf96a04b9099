#!/usr/bin/env bash
# Generates the FSx crate into target/bench-gen/fsx (never committed) and runs the per-call benchmark.
# Extra arguments go to divan, e.g. `bench/call-cost/run.sh --sample-count 200`.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$HERE/../.." && pwd)"
MODEL="$REPO/../shared/models/aws/fsx.json"
[ -f "$MODEL" ] || { echo "error: the FSx model is missing at $MODEL (../shared must sit next to the repository)" >&2; exit 1; }
(cd "$REPO" && cargo xtask codegen --model "$MODEL" --out "$REPO/target/bench-gen/fsx" --package fsx) >&2
cd "$HERE"
cargo bench --bench delete_backup -- "$@"
