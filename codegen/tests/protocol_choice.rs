//! Which protocol a service is generated with: of those it declares, the first the client supports,
//! with a note in the crate docs when there was a choice; types only when none is supported.

use codegen::{File, Settings};

fn generate(protocols: &[&str]) -> Vec<File> {
    let mut traits = serde_json::json!({
        "aws.auth#sigv4": {"name": "pick"},
        "aws.api#service": {"sdkId": "Pick"}
    });
    for p in protocols {
        traits[*p] = serde_json::json!({});
    }
    let doc = serde_json::json!({"smithy": "2.0", "shapes": {
        "example.pick#Pick": {
            "type": "service",
            "version": "2024-01-01",
            "operations": [{"target": "example.pick#Op"}],
            "traits": traits
        },
        "example.pick#Op": {"type": "operation", "input": {"target": "smithy.api#Unit"}, "output": {"target": "smithy.api#Unit"}}
    }});
    let model =
        codegen::load(doc.to_string().as_bytes(), "pick.json").unwrap_or_else(|d| panic!("{d}"));
    let settings = Settings {
        package: "pick".into(),
        source: "pick.json".into(),
        operations: None,
        service: None,
        runtime_dependency: "path = \"../runtime\"".into(),
        standalone: false,
    };
    codegen::generate(&model, &settings).unwrap_or_else(|d| panic!("{d}"))
}

fn file<'a>(files: &'a [File], path: &str) -> Option<&'a str> {
    files
        .iter()
        .find(|f| f.path == path)
        .map(|f| f.contents.as_str())
}

#[test]
fn cbor_first_when_declared_with_aws_json() {
    let files = generate(&["smithy.protocols#rpcv2Cbor", "aws.protocols#awsJson1_0"]);
    let client = file(&files, "src/client.rs").expect("a client is generated");
    assert!(client.contains("protocol::RPC_V2_CBOR"), "{client}");
    let lib = file(&files, "src/lib.rs").expect("lib.rs");
    assert!(
        lib.contains(
            "The service declares the protocols rpcv2Cbor, awsJson1_0; this client speaks rpcv2Cbor"
        ),
        "{lib}"
    );
    let manifest = file(&files, "Cargo.toml").expect("Cargo.toml");
    assert!(
        manifest.contains("client = [\"smithy-runtime/client\", \"smithy-runtime/cbor\"]"),
        "{manifest}"
    );
}

#[test]
fn a_supported_protocol_is_chosen_over_an_unsupported_one() {
    let files = generate(&["aws.protocols#restXml", "aws.protocols#awsJson1_1"]);
    let client = file(&files, "src/client.rs").expect("a client is generated");
    assert!(client.contains("protocol::AWS_JSON_1_1"), "{client}");
    let lib = file(&files, "src/lib.rs").expect("lib.rs");
    assert!(lib.contains("this client speaks awsJson1_1"), "{lib}");
    let manifest = file(&files, "Cargo.toml").expect("Cargo.toml");
    assert!(!manifest.contains("smithy-runtime/cbor"), "{manifest}");
}

#[test]
fn one_protocol_has_no_note_and_an_unsupported_one_is_types_only() {
    let files = generate(&["smithy.protocols#rpcv2Cbor"]);
    assert!(file(&files, "src/client.rs").is_some());
    let lib = file(&files, "src/lib.rs").expect("lib.rs");
    assert!(!lib.contains("declares the protocols"), "{lib}");
    let files = generate(&["aws.protocols#restXml"]);
    let client = file(&files, "src/client.rs").expect("restXml has a client");
    assert!(
        client.contains("::smithy_runtime::protocol::RestXml::new()"),
        "{client}"
    );
    let manifest = file(&files, "Cargo.toml").expect("Cargo.toml");
    assert!(manifest.contains("\"smithy-runtime/xml\""), "{manifest}");
    let files = generate(&[]);
    assert!(
        file(&files, "src/client.rs").is_none(),
        "a service without a protocol is types only"
    );
}
