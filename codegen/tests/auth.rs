//! Which operations are signed: `@auth([])` and `@auth([smithy.api#noAuth])` (on the operation, or on the
//! service when the operation has none) never, `@optionalAuth` when credentials can be had, others always.

fn generate(op_traits: serde_json::Value, service_auth: Option<serde_json::Value>) -> String {
    let mut service_traits = serde_json::json!({
        "aws.protocols#awsJson1_0": {}, "aws.auth#sigv4": {"name": "a"}, "aws.api#service": {"sdkId": "A"}
    });
    if let Some(a) = service_auth {
        service_traits["smithy.api#auth"] = a;
    }
    let doc = serde_json::json!({"smithy": "2.0", "shapes": {
        "example.a#Svc": {"type": "service", "version": "1", "operations": [{"target": "example.a#Op"}],
            "traits": service_traits},
        "example.a#Op": {"type": "operation", "traits": op_traits}
    }})
    .to_string();
    let m = codegen::load(doc.as_bytes(), "a.json").unwrap_or_else(|d| panic!("{d}"));
    let files = codegen::generate(
        &m,
        &codegen::Settings {
            package: "a".into(),
            source: "a.json".into(),
            service: None,
            operations: None,
            runtime_dependency: "path = \"/rt\"".into(),
            standalone: true,
        },
    )
    .unwrap_or_else(|d| panic!("{d}"));
    let op = files
        .iter()
        .find(|f| f.path == "src/operation/op.rs")
        .expect("src/operation/op.rs");
    let auth: Vec<&str> = op
        .contents
        .lines()
        .filter(|l| l.contains("auth: ::smithy_runtime::Auth::"))
        .collect();
    assert_eq!(auth.len(), 1, "{}", op.contents);
    auth[0].trim().to_owned()
}

#[test]
fn operations_are_signed_unless_the_model_says_otherwise() {
    use serde_json::json;
    let sigv4 = "auth: ::smithy_runtime::Auth::SigV4,";
    let none = "auth: ::smithy_runtime::Auth::None,";
    assert_eq!(generate(json!({}), None), sigv4);
    assert_eq!(generate(json!({"smithy.api#auth": []}), None), none);
    assert_eq!(
        generate(json!({"smithy.api#auth": ["smithy.api#noAuth"]}), None),
        none
    );
    assert_eq!(
        generate(json!({"smithy.api#auth": ["aws.auth#sigv4"]}), None),
        sigv4
    );
    assert_eq!(
        generate(json!({"smithy.api#optionalAuth": {}}), None),
        "auth: ::smithy_runtime::Auth::Optional,"
    );
    // The service's @auth applies to operations without their own.
    assert_eq!(generate(json!({}), Some(json!([]))), none);
    assert_eq!(
        generate(
            json!({"smithy.api#auth": ["aws.auth#sigv4"]}),
            Some(json!([]))
        ),
        sigv4
    );
}
