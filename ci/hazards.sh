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

# 300 members (above the 256 where serde's derive gives way to generated impls), one required and one
# whose Rust name differs from its member name: tests/hazards/wide_serde.rs round-trips it through serde_json.
{
  printf '$version: "2"\nnamespace hazard.wideserde\n\n@aws.protocols#awsJson1_0\n'
  printf 'service Svc { version: "2020-01-01", operations: [Op] }\n\n'
  printf 'operation Op { input: Wide, output: Wide }\n\nstructure Wide {\n    @required\n    req: String\n    FooBar: Integer\n'
  for i in $(seq 0 297); do printf '    m%d: String\n' "$i"; done
  printf '}\n'
} > "$work/models/wide_serde.smithy"

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
mkdir -p "$work/crates/wide_serde/tests"
cp tests/hazards/wide_serde.rs "$work/crates/wide_serde/tests/"
mkdir -p "$work/crates/sensitive_containers/tests"
cp tests/hazards/sensitive_containers.rs "$work/crates/sensitive_containers/tests/"
printf '[workspace]\nresolver = "3"\nmembers = [%s]\n' "$(IFS=,; echo "${members[*]}")" > "$work/Cargo.toml"

export CARGO_TARGET_DIR="${HAZARDS_TARGET_DIR:-$work/target}"
case "$CARGO_TARGET_DIR" in /*) ;; *) CARGO_TARGET_DIR="$root/$CARGO_TARGET_DIR" ;; esac
cd "$work"
echo "clippy -D warnings on ${#members[@]} hazard crates (default features)"
cargo clippy -q --workspace --all-targets -- -D warnings
echo "clippy -D warnings on the hazard crates (serde)"
cargo clippy -q --workspace --features serde -- -D warnings
echo "serde round trip of a 300-member structure"
cargo test -q -p hazard-wide-serde --features serde --test wide_serde
echo "a sensitive error message answered by the service is kept in its member and never printed"
cargo test -q -p hazard-sensitive-containers --test sensitive_containers
echo "hazard corpus: ${#members[@]} crates generate and pass clippy"
