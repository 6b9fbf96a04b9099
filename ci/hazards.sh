#!/usr/bin/env bash
# The hazard corpus: every model in tests/hazards/ (one hazard each: reserved names, bidi controls, defaults
# of every kind, all-Unit unions, secrets in containers, ...) plus a generated 10,000-member structure is
# generated into ONE temporary workspace, then `cargo clippy -D warnings` checks them all in one batch (with
# and without the serde feature), so every valid model must give a crate that builds, cleanly.
#
#   bash ci/hazards.sh                 # into a fresh temporary folder
#   HAZARDS_TARGET_DIR=target bash ci/hazards.sh   # share a target folder (CI: the runtime builds once)
set -euo pipefail
cd "$(dirname "$0")/.."
root="$PWD"
export CARGO_TERM_COLOR=never

work="$(mktemp -d "${TMPDIR:-/tmp}/hazards.XXXXXX")"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/models"
cp tests/hazards/*.smithy "$work/models/"

# 10,000 members: rustc overflowed its stack on the derived PartialEq of such a structure.
{
  printf '$version: "2"\nnamespace hazard.wide\n\n@aws.protocols#awsJson1_0\n'
  printf 'service Svc { version: "2020-01-01", operations: [Op] }\n\n'
  printf 'operation Op { input: Wide, output: Wide }\n\nstructure Wide {\n'
  for i in $(seq 0 9999); do printf '    m%d: String\n' "$i"; done
  printf '}\n'
} > "$work/models/wide_structure.smithy"

cargo build -q -p xtask
members=()
for model in "$work"/models/*.smithy; do
  name="$(basename "$model" .smithy)"
  out="$work/crates/$name"
  "$root/target/debug/xtask" codegen --model "$model" --out "$out" --package "hazard-${name//_/-}" 2>&1 \
    | grep -v -e ' shapes, ' -e ' changed files to ' || true
  [ -f "$out/Cargo.toml" ] || { echo "error: $model generated nothing" >&2; exit 1; }
  # Standalone crates declare their own workspace; here they join one, to be checked in one batch.
  sed -i '/^\[workspace\]$/d' "$out/Cargo.toml"
  members+=("\"crates/$name\"")
done
printf '[workspace]\nresolver = "3"\nmembers = [%s]\n' "$(IFS=,; echo "${members[*]}")" > "$work/Cargo.toml"

export CARGO_TARGET_DIR="${HAZARDS_TARGET_DIR:-$work/target}"
case "$CARGO_TARGET_DIR" in /*) ;; *) CARGO_TARGET_DIR="$root/$CARGO_TARGET_DIR" ;; esac
cd "$work"
echo "clippy -D warnings on ${#members[@]} hazard crates (default features)"
cargo clippy -q --workspace --all-targets -- -D warnings
# With serde, the wide structure alone takes minutes (serde's derived Deserialize of 10,000 fields); it was
# checked once by hand (`cargo clippy --features serde`: passes), and is left out of the batch.
echo "clippy -D warnings on the hazard crates but the wide one (serde)"
cargo clippy -q --workspace --exclude hazard-wide-structure --features serde -- -D warnings
echo "hazard corpus: ${#members[@]} crates generate and pass clippy"
