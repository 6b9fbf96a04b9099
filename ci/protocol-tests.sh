#!/usr/bin/env bash
# The official Smithy protocol compliance tests against the generated clients.
#
#   bash ci/protocol-tests.sh [PROTOCOL...]     default: every protocol below
#
# For each protocol, every service of its suite in ../shared/smithy-protocol-tests is generated (the
# IDL of the suite, the shared types and config shapes, and the trait definitions it uses) into
# target/protocol-tests/<crate> (never committed); each crate's tests/protocol_tests.rs (the
# generator's translation of the suite's smithy.test traits) is built and run, all crates sharing one
# target folder (PROTOCOL_TESTS_TARGET_DIR, default target/protocol-tests/target).
#
# Output, one line per protocol:
#   awsJson1_1: N passed, M failed, K skipped
# or, for a protocol whose services generate without a client yet:
#   restXml: no client yet (types only)
# and a last line with the totals (`protocol-tests: N passed, M failed, K skipped`).
# Exit status 1 when any test failed, any crate failed to build, or a skip entry is stale.
#
# Skips: ci/protocol-tests-skips.txt, one `PROTOCOL TEST REASON...` per line (TEST is the test's
# name in the crate, `request::Id` or `response::Id`). Every skip needs its reason; the aim is none.
set -uo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
suite="$root/../shared/smithy-protocol-tests"
out_root="$root/target/protocol-tests"
crate_target="${PROTOCOL_TESTS_TARGET_DIR:-$out_root/target}"
skips_file="$root/ci/protocol-tests-skips.txt"

usage() { sed -n '2,20p' "$0" | sed 's/^# \{0,1\}//'; }

# The services of each protocol's suite: `PROTOCOL SERVICE CRATE MODELS`, MODELS being the comma-separated
# files and folders (relative to $suite, folders read recursively) that define the service, besides the
# trait definitions. restJson1's folder holds the apigateway and glacier services too (restJson1/services),
# which have rows of their own.
aws="smithy-aws-protocol-tests/model"
table="
awsJson1_0 aws.protocoltests.json10#JsonRpc10 json-rpc10 $aws/awsJson1_0,$aws/shared-types.smithy,$aws/aws-config.smithy
awsJson1_0 aws.protocoltests.json10#QueryCompatibleJsonRpc10 query-compatible-json-rpc10 $aws/awsJson1_0,$aws/shared-types.smithy,$aws/aws-config.smithy
awsJson1_1 aws.protocoltests.json#JsonProtocol json-protocol $aws/awsJson1_1,$aws/shared-types.smithy,$aws/aws-config.smithy
restJson1 aws.protocoltests.restjson#RestJson rest-json $aws/restJson1,$aws/shared-types.smithy,$aws/aws-config.smithy
restJson1 com.amazonaws.apigateway#BackplaneControlService apigateway $aws/restJson1/services/apigateway.smithy,$aws/shared-types.smithy,$aws/aws-config.smithy
restJson1 com.amazonaws.glacier#Glacier glacier $aws/restJson1/services/glacier.smithy,$aws/shared-types.smithy,$aws/aws-config.smithy
restXml aws.protocoltests.restxml#RestXml rest-xml $aws/restXml,$aws/shared-types.smithy,$aws/aws-config.smithy
restXml aws.protocoltests.restxml.xmlns#RestXmlWithNamespace rest-xml-xmlns $aws/restXmlWithNamespace,$aws/shared-types.smithy,$aws/aws-config.smithy
restXml com.amazonaws.s3#AmazonS3 s3 $aws/restXml/services/s3.smithy,$aws/shared-types.smithy,$aws/aws-config.smithy
awsQuery aws.protocoltests.query#AwsQuery aws-query $aws/awsQuery,$aws/shared-types.smithy,$aws/aws-config.smithy
ec2Query aws.protocoltests.ec2#AwsEc2 ec2-query $aws/ec2Query,$aws/shared-types.smithy,$aws/aws-config.smithy
rpcv2Cbor smithy.protocoltests.rpcv2Cbor#RpcV2Protocol rpcv2-cbor smithy-protocol-tests/model/rpcv2Cbor,smithy-protocol-tests/model/shared-types.smithy
"
services_of() {
  awk -v p="$1" '$1 == p { print $2, $3, $4 }' <<<"$table"
}
all_protocols="awsJson1_0 awsJson1_1 restJson1 restXml awsQuery ec2Query rpcv2Cbor"

for arg in "$@"; do
  case "$arg" in
    -h|--help) usage; exit 0 ;;
  esac
done
protocols="${*:-$all_protocols}"
for p in $protocols; do
  [ -n "$(services_of "$p")" ] || { echo "protocol-tests.sh: unknown protocol '$p' (known: $all_protocols)" >&2; exit 2; }
done

if [ ! -d "$suite/smithy-aws-protocol-tests/model" ] || [ ! -d "$suite/trait-defs" ]; then
  echo "protocol-tests.sh: error: $suite is missing (the Smithy protocol tests must sit in ../shared next to the repo)" >&2
  exit 1
fi

# The trait definitions and shared shapes the suites use (aws.api, aws.auth, aws.protocols, smithy.test,
# and smithy.framework#ValidationException of the restJson1 and rpcv2Cbor validation tests).
trait_defs=(
  "$suite/trait-defs/smithy-aws-traits/src/main/resources/META-INF/smithy"
  "$suite/trait-defs/smithy-protocol-test-traits/src/main/resources/META-INF/smithy"
  "$suite/trait-defs/smithy-validation-model/model"
)

mkdir -p "$out_root/logs"
logs="$out_root/logs"
status=0
summary=()
total_passed=0 total_failed=0 total_skipped=0

# The generator is built once, in the repository's own target folder.
if ! cargo build -q -p xtask 2>"$logs/xtask-build.log"; then
  echo "protocol-tests.sh: FAILED: building xtask; see $logs/xtask-build.log" >&2
  tail -n 30 "$logs/xtask-build.log" >&2
  exit 1
fi
xtask="${CARGO_TARGET_DIR:-$root/target}/debug/xtask"

# Skip entries of protocol $1: `TEST REASON` lines.
skips_of() {
  [ -f "$skips_file" ] || return 0
  grep -v '^\s*#' "$skips_file" | awk -v p="$1" 'NF >= 3 && $1 == p { $1 = ""; sub(/^ /, ""); print }'
}

for protocol in $protocols; do
  passed=0 failed=0 skipped=0 clients=0 broken=0
  matched=()
  while read -r service crate sources; do
    dir="$out_root/$crate"
    log="$logs/$crate.log"
    echo "--> $protocol: $service -> $dir" >&2
    model_args=()
    IFS=, read -ra files <<<"$sources"
    for f in "${files[@]}"; do model_args+=(--model "$suite/$f"); done
    for f in "${trait_defs[@]}"; do model_args+=(--model "$f"); done
    # The suite's S3 service has no endpoint rule set; its addressing cases need one. The real S3 model's
    # rules are applied to it (ci/s3-rules-overlay.py, written under target/, read from ../shared), for the
    # shapes of the suite's model as the generator reads it (its JSON AST).
    if [ "$service" = "com.amazonaws.s3#AmazonS3" ]; then
      overlay="$out_root/s3-rules-overlay.json"
      { "$xtask" ast "${model_args[@]}" >"$out_root/s3-suite-ast.json" &&
        python3 "$root/ci/s3-rules-overlay.py" "$root/../shared/models/aws/s3.json" "$out_root/s3-suite-ast.json" "$overlay"; } >>"$log" 2>&1 || {
        echo "protocol-tests.sh: FAILED: the S3 rules overlay; last lines of $log:" >&2
        tail -n 30 "$log" >&2
        broken=1
        continue
      }
      model_args+=(--model "$overlay" --model "$suite/trait-defs/smithy-rules-engine/src/main/resources/META-INF/smithy")
    fi
    if ! "$xtask" codegen "${model_args[@]}" --service "$service" --package "$crate" --out "$dir" --force >"$log" 2>&1; then
      echo "protocol-tests.sh: FAILED: generating $service; last lines of $log:" >&2
      tail -n 30 "$log" >&2
      broken=1
      continue
    fi
    if [ ! -f "$dir/src/client.rs" ]; then
      continue
    fi
    clients=$((clients + 1))
    if [ ! -f "$dir/tests/protocol_tests.rs" ]; then
      echo "protocol-tests.sh: FAILED: $service has a client but no protocol tests were generated" >&2
      broken=1
      continue
    fi
    # Only the client without an HTTP stack: the tests use the mock transport.
    flags=(--no-default-features --features full,client)
    if ! (cd "$dir" && CARGO_TARGET_DIR="$crate_target" cargo test "${flags[@]}" --test protocol_tests --no-run) >>"$log" 2>&1; then
      echo "protocol-tests.sh: FAILED: building the tests of $crate; last lines of $log:" >&2
      tail -n 40 "$log" >&2
      broken=1
      continue
    fi
    listed="$(cd "$dir" && CARGO_TARGET_DIR="$crate_target" cargo test -q "${flags[@]}" --test protocol_tests -- --list 2>>"$log" | sed -n 's/: test$//p')"
    skip_args=()
    while read -r test reason; do
      [ -n "$test" ] || continue
      if [ -z "$reason" ]; then
        echo "protocol-tests.sh: FAILED: skip entry '$protocol $test' has no reason" >&2
        broken=1
      elif grep -qxF "$test" <<<"$listed"; then
        skip_args+=(--skip "$test")
        skipped=$((skipped + 1))
        matched+=("$test")
        echo "    skipped $test: $reason" >&2
      fi
    done < <(skips_of "$protocol")
    (cd "$dir" && CARGO_TARGET_DIR="$crate_target" cargo test "${flags[@]}" --test protocol_tests -- --exact "${skip_args[@]}") >>"$log" 2>&1
    result="$(grep -E '^test result: ' "$log" | tail -n 1)"
    if [ -z "$result" ]; then
      echo "protocol-tests.sh: FAILED: the tests of $crate did not run; last lines of $log:" >&2
      tail -n 40 "$log" >&2
      broken=1
      continue
    fi
    p="$(sed -E 's/.* ([0-9]+) passed.*/\1/' <<<"$result")"
    f="$(sed -E 's/.* ([0-9]+) failed.*/\1/' <<<"$result")"
    passed=$((passed + p))
    failed=$((failed + f))
    if [ "$f" != 0 ]; then
      echo "protocol-tests.sh: $crate: $f failed:" >&2
      grep -E '^    (request|response)::' "$log" | sed 's/^/  /' >&2
    fi
  done < <(services_of "$protocol")
  while read -r test _; do
    [ -n "$test" ] || continue
    if [ "$clients" != 0 ] && ! printf '%s\n' "${matched[@]}" | grep -qxF "$test"; then
      echo "protocol-tests.sh: FAILED: skip entry '$protocol $test' names no test" >&2
      broken=1
    fi
  done < <(skips_of "$protocol")
  if [ "$clients" = 0 ] && [ "$broken" = 0 ]; then
    summary+=("$protocol: no client yet (types only)")
    continue
  fi
  [ "$broken" = 1 ] && { failed=$((failed + 1)); echo "protocol-tests.sh: $protocol: a crate failed to generate or build, or a skip entry is wrong (counted as one failure)" >&2; }
  [ "$failed" != 0 ] && status=1
  summary+=("$protocol: $passed passed, $failed failed, $skipped skipped")
  total_passed=$((total_passed + passed)) total_failed=$((total_failed + failed))
  total_skipped=$((total_skipped + skipped))
done

printf '%s\n' "${summary[@]}"
echo "protocol-tests: $total_passed passed, $total_failed failed, $total_skipped skipped"
exit "$status"
