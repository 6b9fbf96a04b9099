#!/usr/bin/env bash
# Clean debug build time, lines of Rust and dependency count of the generated FSx crate (default features,
# types only, DeleteBackup only) next to aws-sdk-fsx from crates.io, measured in one run on one machine.
# Prints a markdown table on stdout; progress and cargo's output go to stderr and $WORK/logs/.
#
# Usage: bench/build-times.sh [-j JOBS]        (default -j 2)
# Env:   WORK=/path   scratch folder (default /tmp/bench-build-times); every measured build gets a fresh
#                     target dir under it, removed afterwards.
#        WARMUP=1     also build aws-sdk-fsx once, unmeasured, before the measured builds (warms the page
#                     cache of the toolchain and sources; downloads are always done first by `cargo fetch`).
#        SKIP_AWS=1   leave out aws-sdk-fsx (quick iteration on the generator).
set -euo pipefail

JOBS=2
while [ $# -gt 0 ]; do
    case "$1" in
        -j) JOBS="$2"; shift 2 ;;
        -j*) JOBS="${1#-j}"; shift ;;
        *) echo "usage: $0 [-j JOBS]" >&2; exit 2 ;;
    esac
done

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$HERE/.." && pwd)"
MODEL="$REPO/../shared/models/aws/fsx.json"
WORK="${WORK:-/tmp/bench-build-times}"
AWS_PKG="$HERE/build-times/aws-sdk-fsx-full"

if [ ! -f "$MODEL" ]; then
    echo "error: the FSx model is missing at $MODEL (../shared must sit next to the repository)" >&2
    exit 1
fi
for tool in cargo /usr/bin/time; do
    command -v "$tool" >/dev/null || { echo "error: $tool is not installed" >&2; exit 1; }
done

mkdir -p "$WORK/logs"
GEN="$WORK/gen/fsx"

# The generator itself is built in its own target dir so it never shares a lock with the measured builds.
echo "== generating the FSx crate into $GEN" >&2
(cd "$REPO" && CARGO_TARGET_DIR="$WORK/xtask-target" cargo xtask codegen --model "$MODEL" --out "$GEN" \
    --package fsx) >"$WORK/logs/codegen.log" 2>&1 || { cat "$WORK/logs/codegen.log" >&2; exit 1; }
if ! grep -q '^delete-backup = ' "$GEN/Cargo.toml"; then
    echo "error: the generated Cargo.toml has no per-operation features (delete-backup)" >&2
    exit 1
fi

# Downloads are never part of a measurement.
echo "== cargo fetch" >&2
cargo fetch --manifest-path "$GEN/Cargo.toml" >&2
[ -n "${SKIP_AWS:-}" ] || cargo fetch --manifest-path "$AWS_PKG/Cargo.toml" >&2

# The same settings for every build: dev profile as Cargo ships it, no incremental state (a registry crate
# never gets it, a path crate would), the same job count.
export CARGO_INCREMENTAL=0
unset RUSTFLAGS CARGO_BUILD_RUSTFLAGS

# build NAME MANIFEST CARGO-ARGS... -> "wall_s cpu_s units" on stdout
build() {
    local name="$1" manifest="$2"; shift 2
    local target="$WORK/target-$name"
    rm -rf "$target"
    local log="$WORK/logs/build-$name.log"
    echo "== building $name (fresh $target)" >&2
    /usr/bin/time -f '%e %U %S' -o "$WORK/logs/time-$name" \
        cargo build --offline -j "$JOBS" --manifest-path "$manifest" --target-dir "$target" "$@" >"$log" 2>&1 \
        || { cat "$log" >&2; echo "error: the $name build failed" >&2; exit 1; }
    local units
    units=$(grep -c '^ *Compiling ' "$log" || true)
    rm -rf "$target"
    awk -v u="$units" '{ printf "%.1f %.1f %d\n", $1, $2 + $3, u }' "$WORK/logs/time-$name"
}

# deps MANIFEST PACKAGE CARGO-ARGS... -> distinct crates (name + version) in the normal dependency tree,
# the package itself included.
deps() {
    local manifest="$1" pkg="$2"; shift 2
    cargo tree --offline -e normal --prefix none --manifest-path "$manifest" -p "$pkg" "$@" 2>/dev/null \
        | sed 's/ (\*)$//; s/ (proc-macro)$//' | awk '{ print $1, $2 }' | sort -u | wc -l
}

rs_lines() { find "$1" -name '*.rs' -print0 | xargs -0 cat | wc -l; }

if [ -n "${WARMUP:-}" ] && [ -z "${SKIP_AWS:-}" ]; then
    echo "== warm-up build of aws-sdk-fsx (not measured)" >&2
    build warmup "$AWS_PKG/Cargo.toml" -p aws-sdk-fsx >/dev/null
fi

GEN_TOML="$GEN/Cargo.toml"
declare -A WALL CPU UNITS DEPS
run_case() {
    local key="$1" manifest="$2" pkg="$3"; shift 3
    read -r WALL[$key] CPU[$key] UNITS[$key] < <(build "$key" "$manifest" -p "$pkg" "$@")
    DEPS[$key]=$(deps "$manifest" "$pkg" "$@")
}

if [ -z "${SKIP_AWS:-}" ]; then
    run_case aws "$AWS_PKG/Cargo.toml" aws-sdk-fsx
    AWS_DIR=$(cargo metadata --offline --format-version 1 --manifest-path "$AWS_PKG/Cargo.toml" \
        | grep -o '"manifest_path":"[^"]*/aws-sdk-fsx-[0-9][^"/]*/Cargo.toml"' | head -1 \
        | sed 's/"manifest_path":"//; s#/Cargo.toml"##')
    AWS_VERSION="${AWS_DIR##*/aws-sdk-fsx-}"
    AWS_LINES=$(rs_lines "$AWS_DIR")
fi
run_case full "$GEN_TOML" fsx
run_case types "$GEN_TOML" fsx --no-default-features --features full
run_case delete "$GEN_TOML" fsx --no-default-features --features delete-backup,default-https
GEN_LINES=$(rs_lines "$GEN")

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.3f", a / b; else print "-" }'; }

CPU_MODEL=$(grep -m1 'model name' /proc/cpuinfo | sed 's/.*: //')
MEM=$(free -h | awk '/^Mem:/ { print $2 }')
echo "Machine: $(nproc) cores ($CPU_MODEL), $MEM RAM; $(rustc --version); cargo build -j $JOBS, dev profile, CARGO_INCREMENTAL=0, fresh target dir per build; $(date -u +%Y-%m-%dT%H:%MZ); load average at the end: $(cut -d' ' -f1-3 /proc/loadavg) (wall time grows with other work on the machine, CPU time much less)"
echo
echo "| crate | features | wall (s) | CPU user+sys (s) | crates compiled | crates in tree | lines of Rust | wall vs aws-sdk-fsx |"
echo "|---|---|---:|---:|---:|---:|---:|---:|"
row() {
    local key="$1" name="$2" feats="$3" lines="$4"
    local rel="-"
    [ -z "${SKIP_AWS:-}" ] && rel=$(ratio "${WALL[$key]}" "${WALL[aws]}")
    echo "| $name | $feats | ${WALL[$key]} | ${CPU[$key]} | ${UNITS[$key]} | ${DEPS[$key]} | $lines | $rel |"
}
[ -z "${SKIP_AWS:-}" ] && row aws "aws-sdk-fsx $AWS_VERSION" "behavior-version-latest (default)" "$AWS_LINES"
row full "generated fsx" "default (full, default-https)" "$GEN_LINES"
row types "generated fsx" "--no-default-features --features full" "$GEN_LINES"
row delete "generated fsx" "--no-default-features --features delete-backup,default-https" "$GEN_LINES"
if [ -z "${SKIP_AWS:-}" ]; then
    echo
    echo "Lines of generated Rust vs aws-sdk-fsx: $GEN_LINES / $AWS_LINES = $(ratio "$GEN_LINES" "$AWS_LINES") (target <= 0.20)."
    echo "Full build vs aws-sdk-fsx: $(ratio "${WALL[full]}" "${WALL[aws]}") (target <= 0.33); DeleteBackup only: $(ratio "${WALL[delete]}" "${WALL[aws]}") (target <= 0.20); types only: $(ratio "${WALL[types]}" "${WALL[aws]}") (target <= 0.067)."
fi
