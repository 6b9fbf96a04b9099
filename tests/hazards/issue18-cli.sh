#!/usr/bin/env bash
# Issue 18's front-end and command-line cases, re-run against the generator as built: each must be refused
# with a message (exit 1 or 2, never a panic's 101, never 0) and must write nothing where it was pointed.
# The cases that give crates (reserved names, bidi controls, defaults, unit unions, the wide structure) are
# in ci/hazards.sh; the runtime ones (secrets, paginator loops, bodies, UTF-8 errors) are tests, listed in
# tests/hazards/README.md.
#   bash tests/hazards/issue18-cli.sh        (prints one line per case and "N passed, N failed")
set -uo pipefail
cd "$(dirname "$0")/../.."
cargo build -q -p xtask
x="$PWD/target/debug/xtask"
work="$(mktemp -d "${TMPDIR:-/tmp}/issue18.XXXXXX")"
trap 'rm -rf "$work"' EXIT
passed=0; failed=0
ok_model='$version: "2"
namespace probe
@aws.protocols#awsJson1_0
service Svc { version: "1", operations: [Op] }
operation Op { input: In }
structure In { a: String }'

# refused NAME CMD...: the command exits 1 or 2 and says something on stderr.
refused() {
  local name="$1"; shift
  local out rc
  out="$("$@" 2>&1 >/dev/null)"; rc=$?
  if { [ "$rc" = 1 ] || [ "$rc" = 2 ]; } && [ -n "$out" ] && ! grep -q "panicked" <<<"$out"; then
    passed=$((passed + 1)); echo "ok      $name: $(grep -m1 -v -e ' in the model$' -e ' files in ' <<<"$out" | sed 's/^ *//' | cut -c1-150)"
  else
    failed=$((failed + 1)); echo "FAILED  $name (exit $rc): $(head -3 <<<"$out")"
  fi
}

# model NAME SMITHY: writes a model file and prints its path.
model() { printf '%s\n' "$2" > "$work/$1.smithy"; echo "$work/$1.smithy"; }
good="$(model good "$ok_model")"

mkdir -p "$work/user/src"
echo '// mine' > "$work/user/src/lib.rs"; echo '[package]' > "$work/user/Cargo.toml"
refused "--out over a user's src/lib.rs and Cargo.toml" "$x" codegen --model "$good" --out "$work/user"
grep -q mine "$work/user/src/lib.rs" || { failed=$((failed + 1)); echo "FAILED  the user's lib.rs was replaced"; }
refused "--out /" "$x" codegen --model "$good" --out /
refused '--out ""' "$x" codegen --model "$good" --out ""
refused "--package ../evil" "$x" codegen --model "$good" --out "$work/a" --package ../evil
refused '--package "a b"' "$x" codegen --model "$good" --out "$work/a" --package "a b"
refused '--package ""' "$x" codegen --model "$good" --out "$work/a" --package ""
refused '--operations ""' "$x" codegen --model "$good" --out "$work/a" --operations ""
refused "--model /dev/zero" timeout 60 "$x" codegen --model /dev/zero --out "$work/a"

shape() { model "$1" "$(printf '%s\n%s' "${ok_model%structure In*}" "$2")"; }
refused "@default 1e39 on a float" "$x" codegen --model "$(shape f 'structure In { @default(1e39) a: Float }')" --out "$work/a"
refused "@idempotencyToken on an integer" "$x" codegen --model "$(shape t 'structure In { @idempotencyToken a: Integer }')" --out "$work/a"
refused "enum default true" "$x" codegen --model "$(shape e 'enum E { A }
structure In { @default(true) a: E }')" --out "$work/a"
refused "int default 3000000000" "$x" codegen --model "$(shape i 'structure In { @default(3000000000) a: Integer }')" --out "$work/a"
refused "string default 5" "$x" codegen --model "$(shape s 'structure In { @default(5) a: String }')" --out "$work/a"
refused "invalid @pattern" "$x" codegen --model "$(shape p 'structure In { @pattern("([a-z") a: String }')" --out "$work/a"
refused "@length min > max" "$x" codegen --model "$(shape l 'structure In { @length(min: 5, max: 2) a: String }')" --out "$work/a"
refused "@range min > max" "$x" codegen --model "$(shape r 'structure In { @range(min: 5, max: 2) a: Integer }')" --out "$work/a"
printf '{"smithy":"2.0","shapes":{"probe#A":{"type":"string"},"probe#A":{"type":"integer"}}}' > "$work/dup.json"
refused "duplicate keys in the JSON AST" "$x" codegen --model "$work/dup.json" --out "$work/a"
[ -e "$work/a" ] && { failed=$((failed + 1)); echo "FAILED  a refused run wrote $work/a"; }

# <p>x</p> documentation, 1 MB and 10 MB: linear in time and memory (it took 32 s and 2 GB for 10 MB, then
# 4.4 GB while every doc line went through syn and prettyplease). CPU seconds, not wall time (a shared
# machine); 10x the text may cost at most 20x the CPU and 10x the memory, and 10 MB at most 100 bytes of
# memory per byte of documentation (the crate printed is 45 MB: two copies of 2.5 million doc lines).
python3 - "$work" <<'PY'
import json, sys
for mb in (1, 10):
    doc = "<p>x</p>" * (mb * 1_000_000 // 8)
    m = {"smithy": "2.0", "shapes": {
        "probe#Svc": {"type": "service", "version": "1", "operations": [{"target": "probe#Op"}],
                      "traits": {"aws.protocols#awsJson1_0": {}}},
        "probe#Op": {"type": "operation", "traits": {"smithy.api#documentation": doc}}}}
    open(f"{sys.argv[1]}/docs{mb}.json", "w").write(json.dumps(m))
PY
cost() { /usr/bin/time -f "%U %M" "$x" codegen --model "$work/docs$1.json" --out "$work/docs$1" 2>&1 >/dev/null | tail -1; }
read -r cpu1 rss1 <<<"$(cost 1)"; read -r cpu10 rss10 <<<"$(cost 10)"
verdict=$(awk -v a="$cpu1" -v b="$cpu10" -v m="$rss1" -v n="$rss10" 'BEGIN { print (b <= 20 * (a + 0.05) && n <= 10 * m && n <= 100 * 10000000 / 1024) ? "ok" : "FAILED" }')
[ "$verdict" = ok ] && passed=$((passed + 1)) || failed=$((failed + 1))
echo "$verdict  <p>x</p> docs: 1 MB ${cpu1} s CPU ${rss1} KB, 10 MB ${cpu10} s CPU ${rss10} KB"
echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
