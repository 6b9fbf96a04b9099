//! Structure-aware: the fuzzer's bytes choose a valid-looking model (a service, operations, structures,
//! unions, lists, maps, enums; hazardous names, documentation with bidi controls and carriage returns,
//! defaults, constraints, `@sensitive`) written as a JSON AST. Loading may reject it (two names that differ
//! only in case, say); a model that loads must generate without a panic and without the generator printing
//! invalid Rust. Run: `RUSTC_BOOTSTRAP=1 cargo fuzz run generate` from the repository root.
#![no_main]

use libfuzzer_sys::fuzz_target;
use serde_json::{Map, Value, json};

/// The fuzzer's bytes as a stream of choices; zeros once they run out.
struct Choices<'a>(&'a [u8]);

impl Choices<'_> {
    fn byte(&mut self) -> u8 {
        let (first, rest) = self.0.split_first().unwrap_or((&0, &[]));
        self.0 = rest;
        *first
    }
    fn below(&mut self, n: usize) -> usize {
        if n == 0 { 0 } else { usize::from(self.byte()) % n }
    }
    fn pick<'b, T>(&mut self, items: &'b [T]) -> &'b T {
        &items[self.below(items.len())]
    }
    fn flag(&mut self) -> bool {
        self.byte() & 1 == 1
    }
}

const NAMES: &[&str] = &[
    "Name", "build", "default", "clone", "builder", "new", "meta", "type", "self", "Self", "crate",
    "super", "async", "match", "Option", "Result", "String", "Box", "Vec", "_3D", "3d", "a_b", "A_B",
    "__", "Unknown", "Unmodeled", "Validation", "Dispatch", "config", "handle", "from_env", "Clone",
    "Serde", "Full", "value", "key", "member", "message", "Message", "next", "items", "r", "Default",
];

const DOCS: &[&str] = &[
    "plain", "<p>html <b>bold</b> <code>x</code></p>", "bidi \u{202e} reversed", "isolate \u{2066} x",
    "lone\rcarriage", "```\ncode\n```", "    indented", "[link](x) `tick", "*/ /* //", "\"quotes\" \\",
    "<ul><li>one</li><li>two</li></ul>", "",
];

const PATTERNS: &[&str] = &["^[a-z]+$", "^(?i)(true|false)$", r"^[\p{L}]*$", "a{1,3}", "(?!x)y"];

const PRELUDE: &[(&str, fn(&mut Choices) -> Option<Value>)] = &[
    ("String", |c| Some(json!(*c.pick(DOCS)))),
    ("Integer", |c| Some(json!(i32::from(c.byte()) - 128))),
    ("Long", |c| Some(json!(i64::from(c.byte()) << 40))),
    ("Short", |c| Some(json!(i16::from(c.byte())))),
    ("Byte", |c| Some(json!(i8::try_from(c.byte() / 2).unwrap_or(0)))),
    ("Boolean", |c| Some(json!(c.flag()))),
    ("Float", |c| Some(json!(f64::from(c.byte()) / 4.0))),
    ("Double", |c| Some(json!(f64::from(c.byte()) * 1e300))),
    ("BigInteger", |c| Some(json!(u64::from(c.byte()) << 56))),
    ("BigDecimal", |c| Some(json!(f64::from(c.byte()) / 3.0))),
    ("Timestamp", |c| Some(json!(u32::from(c.byte()) * 1_000_000))),
    ("Blob", |c| Some(json!(*c.pick(&["", "aGVsbG8=", "AA=="])))),
    ("Document", |_| None),
];

fn member_traits(c: &mut Choices, target: &str, is_struct: bool) -> Value {
    let mut t = Map::new();
    if c.flag() {
        t.insert("smithy.api#documentation".into(), json!(*c.pick(DOCS)));
    }
    if is_struct && c.below(4) == 0 {
        t.insert("smithy.api#required".into(), json!({}));
    }
    if let Some((_, default)) = PRELUDE.iter().find(|(n, _)| format!("smithy.api#{n}") == target)
        && is_struct
        && c.below(3) == 0
        && let Some(v) = default(c)
    {
        t.insert("smithy.api#default".into(), v);
    }
    if target == "smithy.api#String" {
        if c.below(4) == 0 {
            let min = c.below(5);
            t.insert("smithy.api#length".into(), json!({"min": min, "max": min + c.below(9)}));
        }
        if c.below(4) == 0 {
            t.insert("smithy.api#pattern".into(), json!(*c.pick(PATTERNS)));
        }
        if is_struct && c.below(8) == 0 {
            t.insert("smithy.api#idempotencyToken".into(), json!({}));
        }
    }
    if target == "smithy.api#Integer" && c.below(4) == 0 {
        let min = i64::from(c.byte());
        t.insert("smithy.api#range".into(), json!({"min": min, "max": min + i64::from(c.byte())}));
    }
    Value::Object(t)
}

fn model(c: &mut Choices) -> Value {
    let ns = "fuzz.model";
    let n_shapes = 1 + c.below(12);
    let mut shapes = Map::new();
    let shape_names: Vec<String> = (0..n_shapes)
        .map(|i| format!("{}{i}", c.pick(NAMES).trim_start_matches(|ch: char| !ch.is_ascii_alphabetic())))
        .map(|n| if n.starts_with(|ch: char| ch.is_ascii_alphabetic()) { n } else { format!("S{n}") })
        .collect();
    let id = |n: &str| format!("{ns}#{n}");
    let target = |c: &mut Choices| -> String {
        if c.below(3) == 0 {
            id(&shape_names[c.below(shape_names.len())])
        } else {
            format!("smithy.api#{}", c.pick(PRELUDE).0)
        }
    };
    for name in &shape_names {
        let mut traits = Map::new();
        if c.flag() {
            traits.insert("smithy.api#documentation".into(), json!(*c.pick(DOCS)));
        }
        if c.below(6) == 0 {
            traits.insert("smithy.api#sensitive".into(), json!({}));
        }
        let shape = match c.below(6) {
            0 => json!({"type": "list", "member": {"target": target(c)}}),
            1 => json!({"type": "map", "key": {"target": "smithy.api#String"}, "value": {"target": target(c)}}),
            2 => {
                let values: Map<String, Value> = (0..1 + c.below(4))
                    .map(|i| {
                        let v = format!("{}{i}", c.pick(DOCS).chars().take(6).collect::<String>());
                        (format!("V{i}"), json!({"target": "smithy.api#Unit", "traits": {"smithy.api#enumValue": v}}))
                    })
                    .collect();
                json!({"type": "enum", "members": values})
            }
            kind => {
                let is_struct = kind != 3;
                let members: Map<String, Value> = (0..c.below(6) + usize::from(!is_struct))
                    .map(|i| {
                        let t = if !is_struct && c.flag() { "smithy.api#Unit".to_string() } else { target(c) };
                        let traits = member_traits(c, &t, is_struct);
                        (format!("{}{i}", c.pick(NAMES)).replace(|ch: char| !ch.is_ascii_alphanumeric() && ch != '_', ""), json!({"target": t, "traits": traits}))
                    })
                    .filter(|(k, _)| k.starts_with(|ch: char| ch.is_ascii_alphabetic() || ch == '_'))
                    .collect();
                if kind == 5 && c.flag() {
                    traits.insert("smithy.api#error".into(), json!("client"));
                }
                json!({"type": if is_struct { "structure" } else { "union" }, "members": members})
            }
        };
        let mut shape = shape;
        shape["traits"] = Value::Object(traits);
        shapes.insert(id(name), shape);
    }
    let structures: Vec<String> = shapes
        .iter()
        .filter(|(_, s)| s["type"] == "structure" && s["traits"].get("smithy.api#error").is_none())
        .map(|(k, _)| k.clone())
        .collect();
    let mut operations = Vec::new();
    for i in 0..c.below(5) {
        let name = format!("{}{i}", c.pick(NAMES)).replace(|ch: char| !ch.is_ascii_alphanumeric() && ch != '_', "");
        if !name.starts_with(|ch: char| ch.is_ascii_alphabetic() || ch == '_') {
            continue;
        }
        let mut op = json!({"type": "operation", "input": {"target": "smithy.api#Unit"}, "output": {"target": "smithy.api#Unit"}});
        if !structures.is_empty() && c.flag() {
            op["input"] = json!({"target": structures[c.below(structures.len())]});
        }
        if !structures.is_empty() && c.flag() {
            op["output"] = json!({"target": structures[c.below(structures.len())]});
        }
        operations.push(json!({"target": id(&name)}));
        shapes.insert(id(&name), op);
    }
    let protocol = *c.pick(&[
        "aws.protocols#awsJson1_0",
        "aws.protocols#awsJson1_1",
        "aws.protocols#restJson1",
        "smithy.protocols#rpcv2Cbor",
    ]);
    shapes.insert(
        id("Service"),
        json!({
            "type": "service",
            "version": "2020-01-01",
            "operations": operations,
            "traits": {protocol: {}, "smithy.api#title": *c.pick(DOCS)},
        }),
    );
    json!({"smithy": "2.0", "shapes": shapes})
}

fuzz_target!(|data: &[u8]| {
    let model = model(&mut Choices(data));
    let bytes = serde_json::to_vec(&model).unwrap_or_default();
    let Ok(loaded) = codegen::load(&bytes, "fuzz.json") else {
        return;
    };
    let settings = codegen::Settings {
        package: "fuzzed".to_string(),
        source: "fuzz.json".to_string(),
        operations: None,
        service: None,
        runtime_dependency: "path = \"../runtime\"".to_string(),
        standalone: true,
    };
    if let Err(e) = codegen::generate(&loaded, &settings) {
        let message = e.to_string();
        assert!(
            !message.contains("bug in codegen"),
            "the generator printed invalid Rust for a model that loads:\n{message}\n{}",
            serde_json::to_string_pretty(&model).unwrap_or_default()
        );
    }
});
