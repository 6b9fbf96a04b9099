#!/usr/bin/env bash
# Whole services: generates a crate from every real AWS model in ../shared/models/aws and proves it builds.
#
#   bash ci/whole-services.sh [options]
#
#   --models a,b          only these models (file stems, e.g. fsx,sqs); default: every model
#   --features LIST       passed as `cargo --features LIST` to every generated-crate build
#   --no-default-features passed to every generated-crate build (combine with --features)
#   --check a,b           `cargo check` instead of `cargo build` for these models (slow giants)
#   --no-fsx-extras       skip fsx's clippy, tests, rustdoc and the fsx-lifecycle tests
#   --clippy a,b          also `cargo clippy --all-targets -- -D warnings` these other models
#   --test a,b            also run the generated tests (the models' examples) of these other models
#   --endpoint-tests a,b  also run tests/endpoint_tests.rs (the endpoint tests' operationInputs, through
#                         the client) of these models
#   -h, --help
#
# Crates with a client (awsJson1_0, awsJson1_1, restJson1, restXml, rpcv2Cbor, awsQuery and ec2Query models) and types-only crates (the
# other protocols) are both built with the same flags; a model of a protocol with a client whose crate came
# out without one fails; for fsx also clippy -D warnings, its generated tests, rustdoc
# -D warnings and the tests of tests/fsx-lifecycle (the live moto lifecycle test needs MOTO_URL from
# the caller: `eval "$(bash ci/moto-server.sh start)"`; it is #[ignore]d and run with --include-ignored, so it
# fails without it).
#
# Output: target/whole-services/<model> (not committed), one shared CARGO_TARGET_DIR
# target/whole-services/target (override: WHOLE_SERVICES_TARGET_DIR) so dependencies build once.
# The generator itself runs with the caller's CARGO_TARGET_DIR, where xtask is usually built already.
# Every step runs even after a failure; the exit status is non-zero when any step failed.
set -uo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
models_dir="$root/../shared/models/aws"
out_root="$root/target/whole-services"
crate_target="${WHOLE_SERVICES_TARGET_DIR:-$out_root/target}"

usage() { sed -n '2,26p' "$0" | sed 's/^# \{0,1\}//'; }

only="" features="" no_default=0 check_only="" fsx_extras=1 clippy_also="" test_also="" endpoint_tests_also=""
while [ $# -gt 0 ]; do
  case "$1" in
    --models) only="${2:?--models needs a value}"; shift 2 ;;
    --features) features="${2:?--features needs a value}"; shift 2 ;;
    --no-default-features) no_default=1; shift ;;
    --check) check_only="${2:?--check needs a value}"; shift 2 ;;
    --no-fsx-extras) fsx_extras=0; shift ;;
    --clippy) clippy_also="${2:?--clippy needs a value}"; shift 2 ;;
    --test) test_also="${2:?--test needs a value}"; shift 2 ;;
    --endpoint-tests) endpoint_tests_also="${2:?--endpoint-tests needs a value}"; shift 2 ;;
    -h|--help) usage; exit 0 ;;
    *) echo "whole-services.sh: unknown argument '$1'" >&2; usage >&2; exit 2 ;;
  esac
done

if [ ! -d "$models_dir" ]; then
  echo "whole-services.sh: error: $models_dir is missing; ../shared (the AWS models) must sit next to the repo" >&2
  exit 1
fi
for tool in python3 cargo; do
  command -v "$tool" >/dev/null 2>&1 || { echo "whole-services.sh: error: '$tool' not found" >&2; exit 1; }
done

in_list() { case ",$2," in *",$1,"*) return 0 ;; *) return 1 ;; esac; }

cargo_flags=()
[ "$no_default" = 1 ] && cargo_flags+=(--no-default-features)
[ -n "$features" ] && cargo_flags+=(--features "$features")

mkdir -p "$out_root"
logs="$out_root/logs"
mkdir -p "$logs"
failures=0
rows=()

# Runs one cargo step in a generated crate with the shared target dir; the log goes to $logs and its
# tail to stderr on failure. Sets $step_secs.
run_step() {
  local name="$1" dir="$2" log="$3"; shift 3
  local start=$SECONDS
  echo "--> $name: $*" >&2
  if (cd "$dir" && CARGO_TARGET_DIR="$crate_target" "$@") >"$log" 2>&1; then
    step_secs=$((SECONDS - start))
    return 0
  fi
  step_secs=$((SECONDS - start))
  echo "whole-services.sh: FAILED: $name ($*) in $dir; last lines of $log:" >&2
  tail -n 40 "$log" >&2
  return 1
}

# Build xtask once up front so the per-model timings measure generation, not compiling the generator.
echo "==> building xtask" >&2
if ! cargo build --quiet -p xtask; then
  echo "whole-services.sh: error: xtask does not build" >&2
  exit 1
fi

total_start=$SECONDS
for model in "$models_dir"/*.json; do
  name="$(basename "$model" .json)"
  if [ -n "$only" ] && ! in_list "$name" "$only"; then continue; fi
  protocol="$(python3 - "$model" <<'PY' 2>/dev/null
import json, sys
shapes = json.load(open(sys.argv[1])).get("shapes", {})
names = [k.split("#", 1)[1] for s in shapes.values() if s.get("type") == "service"
         for k in s.get("traits", {}) if (k.startswith("aws.protocols#") or k.startswith("smithy.protocols#")) and k != "aws.protocols#awsQueryCompatible"]
print("+".join(names))
PY
)"
  [ -z "$protocol" ] && protocol="?"
  out="$out_root/$name"
  echo "==> $name ($protocol)" >&2

  # Generation: the xtask reports shapes, operations and its own time in ms on stderr.
  genlog="$logs/$name.generate.log"
  if ! cargo xtask codegen --model "$model" --out "$out" >"$genlog" 2>&1; then
    echo "whole-services.sh: FAILED: generating $name; log follows" >&2
    cat "$genlog" >&2
    rows+=("$name|$protocol|?|?|?|-|FAIL generate")
    failures=$((failures + 1))
    continue
  fi
  stats="$(grep -E ': [0-9]+ shapes, [0-9]+ operations -> [0-9]+ files in [0-9]+ ms' "$genlog" | tail -n 1)"
  shapes="$(sed -E 's/.*: ([0-9]+) shapes.*/\1/' <<<"$stats")"
  ops="$(sed -E 's/.* ([0-9]+) operations.*/\1/' <<<"$stats")"
  gen_ms="$(sed -E 's/.* in ([0-9]+) ms.*/\1/' <<<"$stats")"
  kind=types
  [ -f "$out/src/client.rs" ] && kind=client
  case "$protocol" in
    *awsJson1_0*|*awsJson1_1*|*restJson1*|*restXml*|*awsQuery*|*ec2Query*|*rpcv2Cbor*)
      if [ "$kind" != client ]; then
        echo "whole-services.sh: FAILED: $name ($protocol) was generated without a client" >&2
        rows+=("$name|$protocol|$shapes|$ops|$gen_ms|-|FAIL no client")
        failures=$((failures + 1))
        continue
      fi ;;
  esac

  verb=build
  in_list "$name" "$check_only" && verb=check
  result="ok ($kind, $verb)"
  build_secs="-"
  if run_step "$name $verb" "$out" "$logs/$name.$verb.log" cargo "$verb" "${cargo_flags[@]}"; then
    build_secs="$step_secs"
  else
    build_secs="$step_secs"
    result="FAIL $verb"
    failures=$((failures + 1))
  fi

  extra=""
  if [ "$name" != fsx ] && in_list "$name" "$clippy_also"; then
    if ! run_step "$name clippy" "$out" "$logs/$name.clippy.log" \
        cargo clippy "${cargo_flags[@]}" --all-targets -- -D warnings; then
      result="FAIL clippy"; failures=$((failures + 1))
    fi
    extra+=" clippy ${step_secs}s"
  fi
  if [ "$name" != fsx ] && in_list "$name" "$test_also"; then
    if ! run_step "$name test" "$out" "$logs/$name.test.log" cargo test "${cargo_flags[@]}"; then
      result="FAIL test"; failures=$((failures + 1))
    fi
    extra+=" test ${step_secs}s"
  fi
  if in_list "$name" "$endpoint_tests_also"; then
    if ! run_step "$name endpoint tests" "$out" "$logs/$name.endpoint-tests.log" \
        cargo test "${cargo_flags[@]}" --test endpoint_tests; then
      result="FAIL endpoint tests"; failures=$((failures + 1))
    fi
    extra+=" endpoint-tests ${step_secs}s"
  fi
  if [ "$name" = fsx ] && [ "$fsx_extras" = 1 ]; then
    if ! run_step "fsx clippy" "$out" "$logs/fsx.clippy.log" \
        cargo clippy "${cargo_flags[@]}" --all-targets -- -D warnings; then
      result="FAIL clippy"; failures=$((failures + 1))
    fi
    extra+=" clippy ${step_secs}s"
    if ! run_step "fsx test" "$out" "$logs/fsx.test.log" cargo test "${cargo_flags[@]}"; then
      result="FAIL test"; failures=$((failures + 1))
    fi
    extra+=" test ${step_secs}s"
    if ! RUSTDOCFLAGS="-D warnings" run_step "fsx doc" "$out" "$logs/fsx.doc.log" \
        cargo doc "${cargo_flags[@]}" --no-deps; then
      result="FAIL doc"; failures=$((failures + 1))
    fi
    extra+=" doc ${step_secs}s"

    # tests/fsx-lifecycle depends on target/whole-services/fsx; seeding its lock file from the one
    # cargo wrote for the generated crate keeps the dependency versions identical, so nothing is
    # compiled twice (the lock is not committed: it follows the generator).
    lifecycle="$root/tests/fsx-lifecycle"
    [ -f "$out/Cargo.lock" ] && cp "$out/Cargo.lock" "$lifecycle/Cargo.lock"
    if ! run_step "fsx-lifecycle clippy" "$lifecycle" "$logs/fsx-lifecycle.clippy.log" \
        cargo clippy --all-targets -- -D warnings; then
      result="FAIL lifecycle clippy"; failures=$((failures + 1))
    fi
    extra+=" lifecycle-clippy ${step_secs}s"
    if ! run_step "fsx-lifecycle test" "$lifecycle" "$logs/fsx-lifecycle.test.log" \
        cargo test --no-fail-fast -- --include-ignored --nocapture; then
      result="FAIL lifecycle test"; failures=$((failures + 1))
    fi
    extra+=" lifecycle-test ${step_secs}s"
    # The counts (and a live test's failure without MOTO_URL) would otherwise be buried in the log.
    grep -E 'panicked|test result' "$logs/fsx-lifecycle.test.log" >&2 || true
  fi
  rows+=("$name|$protocol|$shapes|$ops|$gen_ms|$build_secs|$result${extra:+ ($extra )}")
done

if [ "${#rows[@]}" = 0 ]; then
  echo "whole-services.sh: error: no model matched '--models $only'" >&2
  exit 1
fi

echo
printf '%-18s %-13s %7s %5s %8s %8s  %s\n' model protocol shapes ops "gen ms" "build s" result
for row in "${rows[@]}"; do
  IFS='|' read -r m p s o g b r <<<"$row"
  printf '%-18s %-13s %7s %5s %8s %8s  %s\n' "$m" "$p" "$s" "$o" "$g" "$b" "$r"
done
echo "total: $((SECONDS - total_start)) s; flags: ${cargo_flags[*]:-(default features)}; target dir: $crate_target; logs: $logs"

if [ "$failures" -gt 0 ]; then
  echo "whole-services.sh: $failures step(s) failed" >&2
  exit 1
fi
