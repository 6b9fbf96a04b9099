#!/usr/bin/env bash
# Runs the client-tests crate with everything it needs: the pinned Python venv (botocore oracle,
# moto fixture) and a moto server, stopped again however the tests end.
#
#   bash ci/client-tests.sh [extra cargo test args...]
#
# CI=true is exported so that a test missing its tools fails instead of skipping.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"

bash ci/setup-python.sh

# Stop only the server this script started: if one was already running (a developer's), leave it.
started_here=0
if [ ! -f target/moto.pid ] || ! kill -0 "$(cat target/moto.pid)" 2>/dev/null; then
  started_here=1
fi
cleanup() {
  if [ "$started_here" = 1 ]; then
    bash ci/moto-server.sh stop || true
  fi
}
trap cleanup EXIT INT TERM

eval "$(bash ci/moto-server.sh start)"
export MOTO_URL
export CI="${CI:-true}"
echo "client-tests.sh: moto at $MOTO_URL"

# --no-fail-fast: one failing test binary must not hide the results of the others.
cargo test -p client-tests --no-fail-fast "$@"
