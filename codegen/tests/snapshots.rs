//! One small inline model per shape kind, generated and compared with a snapshot. When a change to the
//! emitters is intended, `UPDATE_EXPECT=1 cargo test -p codegen --test snapshots` rewrites the snapshots;
//! review them like code.

use codegen::{File, Settings};
use expect_test::{ExpectFile, expect_file};

fn generate(shapes: serde_json::Value) -> Vec<File> {
    let mut all = serde_json::json!({
        "example.snap#Snap": {
            "type": "service",
            "version": "2024-01-01",
            "operations": [{"target": "example.snap#Op"}],
            "traits": {
                "aws.protocols#awsJson1_0": {},
                "aws.auth#sigv4": {"name": "snap"},
                "aws.api#service": {"sdkId": "Snap"}
            }
        }
    });
    if let (Some(all), Some(extra)) = (all.as_object_mut(), shapes.as_object()) {
        all.extend(extra.clone());
    }
    let doc = serde_json::json!({"smithy": "2.0", "shapes": all});
    let model =
        codegen::load(doc.to_string().as_bytes(), "snap.json").unwrap_or_else(|d| panic!("{d}"));
    let settings = Settings {
        package: "snap".into(),
        source: "snap.json".into(),
        operations: None,
        service: None,
        runtime_dependency: "path = \"../runtime\"".into(),
        standalone: false,
    };
    codegen::generate(&model, &settings).unwrap_or_else(|d| panic!("{d}"))
}

fn file<'a>(files: &'a [File], path: &str) -> &'a str {
    &files
        .iter()
        .find(|f| f.path == path)
        .unwrap_or_else(|| panic!("{path} was not generated"))
        .contents
}

fn check(files: &[File], path: &str, expect: ExpectFile) {
    expect.assert_eq(file(files, path));
}

fn op(input: &str, output: &str, errors: &[&str]) -> serde_json::Value {
    let errors: Vec<serde_json::Value> = errors
        .iter()
        .map(|e| serde_json::json!({"target": e}))
        .collect();
    serde_json::json!({"type": "operation", "input": {"target": input}, "output": {"target": output}, "errors": errors})
}

#[test]
fn structure_with_required_defaults_sensitive_and_deprecated() {
    let files = generate(serde_json::json!({
        "example.snap#Op": op("example.snap#In", "smithy.api#Unit", &[]),
        "example.snap#In": {"type": "structure", "traits": {"smithy.api#input": {}}, "members": {
            "Name": {"target": "smithy.api#String", "traits": {"smithy.api#required": {},
                "smithy.api#documentation": "<p>The <code>name</code>.</p>"}},
            "Secret": {"target": "example.snap#Secret"},
            "Count": {"target": "smithy.api#Integer", "traits": {"smithy.api#default": 3}},
            "Old": {"target": "smithy.api#String", "traits": {"smithy.api#deprecated": {"message": "Use Name.", "since": "2020-01-01"}}},
            "When": {"target": "smithy.api#Timestamp", "traits": {"smithy.api#timestampFormat": "date-time"}}
        }},
        "example.snap#Secret": {"type": "string", "traits": {"smithy.api#sensitive": {}}}
    }));
    check(
        &files,
        "src/types/in.rs",
        expect_file!["snapshots/structure.rs.snap"],
    );
}

#[test]
fn output_structure_required_members_are_not_optional() {
    let files = generate(serde_json::json!({
        "example.snap#Op": op("smithy.api#Unit", "example.snap#Out", &[]),
        "example.snap#Out": {"type": "structure", "traits": {"smithy.api#output": {}}, "members": {
            "Id": {"target": "smithy.api#String", "traits": {"smithy.api#required": {}}},
            "Tags": {"target": "example.snap#Tags"},
            "Ratio": {"target": "smithy.api#Double"}
        }},
        "example.snap#Tags": {"type": "map", "key": {"target": "smithy.api#String"}, "value": {"target": "smithy.api#String"}}
    }));
    check(
        &files,
        "src/types/out.rs",
        expect_file!["snapshots/output_structure.rs.snap"],
    );
}

#[test]
fn string_enum_and_int_enum() {
    let files = generate(serde_json::json!({
        "example.snap#Op": op("smithy.api#Unit", "example.snap#Out", &[]),
        "example.snap#Out": {"type": "structure", "members": {
            "Size": {"target": "example.snap#Size"},
            "Level": {"target": "example.snap#Level"}
        }},
        "example.snap#Size": {"type": "enum", "members": {
            "SMALL": {"target": "smithy.api#Unit", "traits": {"smithy.api#enumValue": "small"}},
            "XL2": {"target": "smithy.api#Unit", "traits": {"smithy.api#enumValue": "2XL"}}
        }},
        "example.snap#Level": {"type": "intEnum", "members": {
            "LOW": {"target": "smithy.api#Unit", "traits": {"smithy.api#enumValue": 1}},
            "HIGH": {"target": "smithy.api#Unit", "traits": {"smithy.api#enumValue": 10}}
        }}
    }));
    check(
        &files,
        "src/types/size.rs",
        expect_file!["snapshots/enum.rs.snap"],
    );
    check(
        &files,
        "src/types/level.rs",
        expect_file!["snapshots/int_enum.rs.snap"],
    );
}

#[test]
fn union_with_unit_structure_and_recursive_members() {
    let files = generate(serde_json::json!({
        "example.snap#Op": op("smithy.api#Unit", "example.snap#Out", &[]),
        "example.snap#Out": {"type": "structure", "members": {"Choice": {"target": "example.snap#Choice"}}},
        "example.snap#Choice": {"type": "union", "members": {
            "Nothing": {"target": "smithy.api#Unit"},
            "Text": {"target": "smithy.api#String"},
            "Nested": {"target": "example.snap#Choice"},
            "Stamp": {"target": "smithy.api#Timestamp", "traits": {"smithy.api#timestampFormat": "http-date"}}
        }}
    }));
    check(
        &files,
        "src/types/choice.rs",
        expect_file!["snapshots/union.rs.snap"],
    );
}

#[test]
fn operation_errors_and_client_method() {
    let files = generate(serde_json::json!({
        "example.snap#Op": op("example.snap#In", "example.snap#Out", &["example.snap#Gone", "example.snap#Busy"]),
        "example.snap#In": {"type": "structure", "traits": {"smithy.api#input": {}}, "members": {
            "Token": {"target": "smithy.api#String", "traits": {"smithy.api#idempotencyToken": {}}}
        }},
        "example.snap#Out": {"type": "structure", "members": {}},
        "example.snap#Gone": {"type": "structure", "traits": {"smithy.api#error": "client"}, "members": {
            "Message": {"target": "smithy.api#String"}
        }},
        "example.snap#Busy": {"type": "structure", "traits": {"smithy.api#error": "server", "smithy.api#retryable": {"throttling": true}}, "members": {}}
    }));
    check(
        &files,
        "src/operation/op.rs",
        expect_file!["snapshots/operation.rs.snap"],
    );
    check(
        &files,
        "src/types/gone.rs",
        expect_file!["snapshots/error_structure.rs.snap"],
    );
}

/// `@staticContextParams`, a required `@contextParam` member and `@operationContextParams` paths become the
/// operation's `endpoint_params`, in the spec's order of precedence (a name bound twice keeps the first).
#[test]
fn operation_endpoint_params() {
    let mut get = op("example.snap#In", "example.snap#Out", &[]);
    get["traits"] = serde_json::json!({
        "smithy.rules#staticContextParams": {
            "UseObjectLambda": {"value": true},
            "Prefixes": {"value": ["a", "b"]},
            "Bucket": {"value": "static-wins"}
        },
        "smithy.rules#operationContextParams": {
            "Keys": {"path": "Items[*].Key"},
            "TagKeys": {"path": "keys(Tags)"},
            "Both": {"path": "[Name, Items[].Key]"}
        }
    });
    let files = generate(serde_json::json!({
        "example.snap#Op": get,
        "example.snap#In": {"type": "structure", "members": {
            "Name": {"target": "smithy.api#String", "traits": {
                "smithy.api#required": {}, "smithy.rules#contextParam": {"name": "Name"}
            }},
            "Other": {"target": "smithy.api#String", "traits": {"smithy.rules#contextParam": {"name": "Bucket"}}},
            "Items": {"target": "example.snap#Items"},
            "Tags": {"target": "example.snap#Tags"}
        }},
        "example.snap#Items": {"type": "list", "member": {"target": "example.snap#Item"}},
        "example.snap#Item": {"type": "structure", "members": {"Key": {"target": "smithy.api#String"}}},
        "example.snap#Tags": {"type": "map", "key": {"target": "smithy.api#String"}, "value": {"target": "smithy.api#String"}},
        "example.snap#Out": {"type": "structure", "members": {}}
    }));
    check(
        &files,
        "src/operation/op.rs",
        expect_file!["snapshots/operation_endpoint_params.rs.snap"],
    );
}

#[test]
fn naming_hazards() {
    let files = generate(serde_json::json!({
        "example.snap#Op": op("smithy.api#Unit", "example.snap#Option", &[]),
        "example.snap#Option": {"type": "structure", "members": {
            "type": {"target": "smithy.api#String"},
            "self": {"target": "smithy.api#String"},
            "FooBar": {"target": "smithy.api#String"},
            "foo_bar": {"target": "smithy.api#Boolean"},
            "Result": {"target": "example.snap#Result"}
        }},
        "example.snap#Result": {"type": "structure", "members": {}}
    }));
    check(
        &files,
        "src/types/option.rs",
        expect_file!["snapshots/naming.rs.snap"],
    );
}
