#!/usr/bin/env bash
# Creates <repo>/.venv with the pinned CI Python tools (moto server, boto3, botocore).
# Idempotent: a stamp file holds the hash of requirements.txt, constraints.txt and the python version, and a
# matching stamp means nothing is done, so CI can call this unconditionally.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
venv="$(cd "$here/.." && pwd)/.venv"
req="$here/requirements.txt"
# constraints.txt pins every transitive package, so moto's wire behaviour cannot drift under us.
cons="$here/constraints.txt"
py="${PYTHON:-python3}"

if ! command -v "$py" >/dev/null 2>&1; then
  echo "setup-python.sh: '$py' not found; install CPython 3.11 first (constraints.txt is pinned for it)" >&2
  exit 1
fi

want="$( { cat "$req" "$cons"; "$py" -c 'import sys; print(sys.version)'; } | sha256sum | cut -d' ' -f1)"
stamp="$venv/.requirements.sha256"

if [ -x "$venv/bin/python" ] && [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then
  echo "setup-python.sh: $venv is up to date"
  exit 0
fi

start=$(date +%s)
if [ ! -x "$venv/bin/python" ]; then
  "$py" -m venv "$venv"
fi
# A stale stamp must not survive a failed install.
rm -f "$stamp"
"$venv/bin/python" -m pip install --quiet --disable-pip-version-check -r "$req" -c "$cons"
echo "$want" > "$stamp"
echo "setup-python.sh: installed into $venv in $(( $(date +%s) - start ))s"
