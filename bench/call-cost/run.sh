#!/usr/bin/env bash
# Generates the FSx and Lambda crates into target/bench-gen/ (never committed) and runs the per-call benchmarks.
# Extra arguments go to divan, e.g. `bench/call-cost/run.sh --sample-count 200`.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$HERE/../.." && pwd)"
MODEL="$REPO/../shared/models/aws/fsx.json"
[ -f "$MODEL" ] || { echo "error: the FSx model is missing at $MODEL (../shared must sit next to the repository)" >&2; exit 1; }
LAMBDA="$REPO/../shared/models/aws/lambda.json"
[ -f "$LAMBDA" ] || { echo "error: the Lambda model is missing at $LAMBDA" >&2; exit 1; }
(cd "$REPO" && cargo xtask codegen --model "$MODEL" --out "$REPO/target/bench-gen/fsx" --package fsx) >&2
(cd "$REPO" && cargo xtask codegen --model "$LAMBDA" --out "$REPO/target/bench-gen/lambda" --package lambda) >&2
cd "$HERE"
# Both benches in one invocation: the awsJson and restJson1 cases run in the same session, one after the other.
cargo bench --bench delete_backup --bench get_function -- "$@"
