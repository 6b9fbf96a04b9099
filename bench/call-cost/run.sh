#!/usr/bin/env bash
# Generates the FSx, Lambda and S3 crates into target/bench-gen/ (never committed) and runs the per-call benchmarks.
# Extra arguments go to divan, e.g. `bench/call-cost/run.sh --sample-count 200`.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$HERE/../.." && pwd)"
MODEL="$REPO/../shared/models/aws/fsx.json"
[ -f "$MODEL" ] || { echo "error: the FSx model is missing at $MODEL (../shared must sit next to the repository)" >&2; exit 1; }
LAMBDA="$REPO/../shared/models/aws/lambda.json"
[ -f "$LAMBDA" ] || { echo "error: the Lambda model is missing at $LAMBDA" >&2; exit 1; }
(cd "$REPO" && cargo xtask codegen --model "$MODEL" --out "$REPO/target/bench-gen/fsx" --package fsx) >&2
S3="$REPO/../shared/models/aws/s3.json"
[ -f "$S3" ] || { echo "error: the S3 model is missing at $S3" >&2; exit 1; }
(cd "$REPO" && cargo xtask codegen --model "$LAMBDA" --out "$REPO/target/bench-gen/lambda" --package lambda) >&2
(cd "$REPO" && cargo xtask codegen --model "$S3" --out "$REPO/target/bench-gen/s3" --package s3) >&2
cd "$HERE"
# The benches in one invocation: the awsJson, restJson1 and restXml cases run in the same session, one after
# the other. `BENCHES="get_object" bench/call-cost/run.sh` runs only some of them.
benches=()
for b in ${BENCHES:-delete_backup get_function get_object}; do benches+=(--bench "$b"); done
cargo bench "${benches[@]}" -- "$@"
