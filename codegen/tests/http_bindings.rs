//! The HTTP binding of restJson1 operations as the generator emits it: the URI pattern split into literals
//! and labels by input member index, the literal query, the success code, a member's location, host label
//! and media type; and a URI label that names no `@httpLabel` member is a model error that says where.

fn model(uri: &str) -> serde_json::Value {
    serde_json::json!({"smithy": "2.0", "shapes": {
        "example.b#Svc": {"type": "service", "version": "1", "operations": [{"target": "example.b#PutThing"}],
            "traits": {"aws.protocols#restJson1": {}, "aws.auth#sigv4": {"name": "b"}, "aws.api#service": {"sdkId": "B"}}},
        "example.b#PutThing": {"type": "operation", "input": {"target": "example.b#PutThingInput"},
            "output": {"target": "example.b#PutThingOutput"},
            "traits": {"smithy.api#http": {"method": "PUT", "uri": uri, "code": 201},
                       "smithy.api#endpoint": {"hostPrefix": "{Zone}."}}},
        "example.b#PutThingInput": {"type": "structure", "members": {
            "Zone": {"target": "smithy.api#String", "traits": {"smithy.api#required": {}, "smithy.api#hostLabel": {}}},
            "Id": {"target": "smithy.api#String", "traits": {"smithy.api#required": {}, "smithy.api#httpLabel": {}}},
            "Key": {"target": "smithy.api#String", "traits": {"smithy.api#required": {}, "smithy.api#httpLabel": {}}},
            "Doc": {"target": "example.b#JsonText", "traits": {"smithy.api#httpHeader": "X-Doc"}},
            "Data": {"target": "smithy.api#Blob", "traits": {"smithy.api#httpPayload": {}}}
        }},
        "example.b#PutThingOutput": {"type": "structure", "members": {
            "Body": {"target": "example.b#Bytes", "traits": {"smithy.api#httpPayload": {}}}
        }},
        "example.b#Bytes": {"type": "blob", "traits": {"smithy.api#streaming": {}}},
        "example.b#JsonText": {"type": "string", "traits": {"smithy.api#mediaType": "application/json"}}
    }})
}

fn generate(uri: &str) -> Result<Vec<codegen::File>, codegen::Diagnostics> {
    let doc = model(uri).to_string();
    let m = codegen::load(doc.as_bytes(), "b.json").unwrap_or_else(|d| panic!("{d}"));
    codegen::generate(
        &m,
        &codegen::Settings {
            package: "b".into(),
            source: "b.json".into(),
            service: None,
            operations: None,
            runtime_dependency: "path = \"/rt\"".into(),
            standalone: true,
        },
    )
}

fn file<'a>(files: &'a [codegen::File], path: &str) -> &'a str {
    files
        .iter()
        .find(|f| f.path == path)
        .map(|f| f.contents.as_str())
        .unwrap_or_else(|| panic!("no {path}"))
}

/// Whitespace-insensitive: prettyplease decides the line breaks.
/// The text without whitespace or trailing commas, which only layout decides.
fn squash(s: &str) -> String {
    let joined: String = s.split_whitespace().collect();
    joined
        .replace(",}", "}")
        .replace(",)", ")")
        .replace(",]", "]")
}

#[test]
fn the_uri_is_split_by_member_index_with_its_literal_query_and_code() {
    let files = generate("/things/{Id}/{Key+}?x-id=PutThing").unwrap_or_else(|d| panic!("{d}"));
    let op = squash(file(&files, "src/operation/put_thing.rs"));
    let expected = squash(
        r#"http: ::smithy_runtime::HttpBinding::new(
            "PUT",
            &[
                ::smithy_runtime::UriPart::Literal("/things/"),
                ::smithy_runtime::UriPart::Label(1),
                ::smithy_runtime::UriPart::Literal("/"),
                ::smithy_runtime::UriPart::Label(2),
            ],
            201,
        )
        .query("x-id=PutThing"),"#,
    );
    assert!(op.contains(&expected), "{op}");
    assert!(
        op.contains(&squash(r#"expand_host_prefix("{Zone}.""#)),
        "{op}"
    );

    let input = squash(file(&files, "src/types/put_thing_input.rs"));
    for member in [
        r#"codec::Member::new("Zone").host_label()"#,
        r#"codec::Member::new("Id").at(codec::Location::Label{greedy:false,})"#,
        r#"codec::Member::new("Key").at(codec::Location::Label{greedy:true,})"#,
        r#"codec::Member::new("Doc").at(codec::Location::Header("X-Doc")).media_type("application/json")"#,
        r#"codec::Member::new("Data").at(codec::Location::Payload(codec::PayloadKind::Blob))"#,
    ] {
        assert!(input.contains(&squash(member)), "{member} in {input}");
    }
    let client = squash(file(&files, "src/client.rs"));
    assert!(client.contains("protocol::REST_JSON_1"), "{client}");
}

#[test]
fn a_streaming_blob_payload_is_a_stream_and_a_plain_one_a_blob() {
    let files = generate("/things/{Id}/{Key+}").unwrap_or_else(|d| panic!("{d}"));
    let output = squash(file(&files, "src/types/put_thing_output.rs"));
    assert!(
        output.contains(&squash(
            r#"codec::Member::new("Body").at(codec::Location::Payload(codec::PayloadKind::Stream))"#
        )),
        "{output}"
    );
    assert!(
        output.contains("::smithy_runtime::types::ByteStream"),
        "{output}"
    );
    let input = squash(file(&files, "src/types/put_thing_input.rs"));
    assert!(input.contains("PayloadKind::Blob"), "{input}");
    assert!(!input.contains("PayloadKind::Stream"), "{input}");
}

#[test]
fn a_label_that_names_no_label_member_is_a_model_error() {
    let err = generate("/things/{Nope}").expect_err("the label names no member");
    let text = err.to_string();
    assert!(text.contains("example.b#PutThing"), "{text}");
    assert!(text.contains("smithy.api#http"), "{text}");
    assert!(text.contains("`{Nope}`"), "{text}");
    // A member that exists but is not an @httpLabel does not fill a label either.
    let err = generate("/things/{Doc}").expect_err("Doc is a header");
    assert!(err.to_string().contains("`{Doc}`"), "{err}");
}
