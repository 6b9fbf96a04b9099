//! The lowering of `smithy.test` protocol tests and `@examples` into the IR: which cases become client
//! tests, where error cases run, how vendor params are read, and what a value that does not fit its shape
//! gives.

use codegen::ir::{self, ExampleExpect, Expected, Literal, Vendor};
use codegen::{Settings, resolve};
use serde_json::{Value, json};

const P: &str = "aws.protocols#awsJson1_1";

fn model(shapes: Value) -> resolve::Model {
    let mut all = json!({
        "example.pt#Svc": {
            "type": "service",
            "version": "1",
            "operations": [{"target": "example.pt#Put"}, {"target": "example.pt#Get"}],
            "traits": {P: {}, "aws.auth#sigv4": {"name": "pt"}}
        },
        "example.pt#Put": {"type": "operation", "input": {"target": "example.pt#PutInput"},
            "errors": [{"target": "example.pt#Oops"}]},
        "example.pt#Get": {"type": "operation", "output": {"target": "example.pt#GetOutput"},
            "errors": [{"target": "example.pt#Oops"}]},
        "example.pt#PutInput": {"type": "structure", "members": {
            "Name": {"target": "smithy.api#String", "traits": {"smithy.api#required": {}}},
            "When": {"target": "smithy.api#Timestamp"},
            "Data": {"target": "smithy.api#Blob"}
        }, "traits": {"smithy.api#input": {}}},
        "example.pt#GetOutput": {"type": "structure", "members": {
            "Count": {"target": "smithy.api#Integer", "traits": {"smithy.api#required": {}}},
            "Ratio": {"target": "smithy.api#Float"}
        }},
        "example.pt#Oops": {"type": "structure", "members": {
            "Message": {"target": "smithy.api#String"}
        }, "traits": {"smithy.api#error": "client"}}
    });
    if let (Some(all), Some(extra)) = (all.as_object_mut(), shapes.as_object()) {
        for (k, v) in extra {
            // A shape (it has a `type`) is added or replaces one; traits for an existing shape are added
            // to it.
            match all.get_mut(k).and_then(|s| s.as_object_mut()) {
                Some(shape) if v.get("type").is_none() => {
                    let traits = shape.entry("traits").or_insert_with(|| json!({}));
                    if let (Some(t), Some(new)) = (traits.as_object_mut(), v.as_object()) {
                        t.extend(new.clone());
                    }
                }
                _ => {
                    all.insert(k.clone(), v.clone());
                }
            }
        }
    }
    let doc = json!({"smithy": "2.0", "shapes": all});
    codegen::load(doc.to_string().as_bytes(), "pt.json").unwrap_or_else(|d| panic!("{d}"))
}

fn settings() -> Settings {
    Settings {
        package: "pt".into(),
        source: "pt.json".into(),
        operations: None,
        service: None,
        runtime_dependency: "path = \"../runtime\"".into(),
        standalone: false,
    }
}

fn request(id: &str, params: Value) -> Value {
    json!({"id": id, "protocol": P, "method": "POST", "uri": "/", "params": params})
}

#[test]
fn only_client_cases_of_the_service_protocol_become_tests() {
    let m = model(json!({
        "example.pt#Put": {"smithy.test#httpRequestTests": [
            request("Client", json!({"Name": "a", "When": 1.5, "Data": "hi"})),
            {"id": "Server", "protocol": P, "method": "POST", "uri": "/", "appliesTo": "server"},
            {"id": "Explicit", "protocol": P, "method": "POST", "uri": "/", "appliesTo": "client",
             "params": {"Name": "b"}},
            {"id": "Other", "protocol": "aws.protocols#awsJson1_0", "method": "POST", "uri": "/"}
        ]},
    }));
    let krate = ir::lower(&m, &settings()).unwrap_or_else(|d| panic!("{d}"));
    let ids: Vec<&str> = krate
        .protocol_tests
        .requests
        .iter()
        .map(|r| r.case.id.as_str())
        .collect();
    assert_eq!(ids, ["Client", "Explicit"]);
    let input = krate.protocol_tests.requests[0]
        .case
        .input
        .as_ref()
        .unwrap();
    assert_eq!(input.type_name, "PutInput");
    assert_eq!(
        input.fields,
        [
            ("name".to_string(), Literal::String("a".into())),
            (
                "when".to_string(),
                Literal::Timestamp {
                    secs: 1,
                    nanos: 500_000_000
                }
            ),
            ("data".to_string(), Literal::Blob(b"hi".to_vec())),
        ]
    );
}

#[test]
fn error_cases_run_through_the_first_operation_returning_the_error() {
    let m = model(json!({
        "example.pt#Oops": {"smithy.test#httpResponseTests": [
            {"id": "Oops", "protocol": P, "code": 400, "params": {"Message": "m"},
             "vendorParamsShape": "aws.protocoltests.config#ErrorCodeParams",
             "vendorParams": {"code": "Oops", "type": "Sender"}},
            {"id": "OopsElse", "protocol": P, "code": 400,
             "vendorParamsShape": "aws.protocoltests.config#AwsConfig",
             "vendorParams": {"scopedConfig": {"environment": {"AWS_PROFILE": "p"}}}}
        ]},
    }));
    let krate = ir::lower(&m, &settings()).unwrap_or_else(|d| panic!("{d}"));
    let r = &krate.protocol_tests.responses;
    assert_eq!(r.len(), 2, "each error case once, not once per operation");
    // Operations are in method order: `get` before `put`.
    assert_eq!(r[0].case.method, "get");
    assert!(r[0].case.input.is_none());
    match &r[0].expect {
        Expected::Error {
            error_enum,
            variant,
            value,
        } => {
            assert_eq!(
                (error_enum.as_str(), variant.as_str()),
                ("GetError", "Oops")
            );
            assert_eq!(
                value.fields,
                [("message".into(), Literal::String("m".into()))]
            );
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(
        r[0].case.vendor,
        Vendor::ErrorCode {
            code: "Oops".into(),
            query_type: Some("Sender".into())
        }
    );
    // A setting the client config cannot express yet: the case fails, naming it.
    assert!(
        matches!(&r[1].case.vendor, Vendor::Unsupported(why) if why.contains("AwsConfig") && why.contains("scopedConfig.environment"))
    );
}

#[test]
fn response_cases_call_with_the_smallest_valid_input() {
    let m = model(json!({
        "example.pt#Put": {"smithy.test#httpResponseTests": [
            {"id": "Empty", "protocol": P, "code": 200}
        ]},
        "example.pt#Get": {"smithy.test#httpResponseTests": [
            {"id": "Nan", "protocol": P, "code": 200, "params": {"Count": 1, "Ratio": "NaN"}}
        ]},
    }));
    let krate = ir::lower(&m, &settings()).unwrap_or_else(|d| panic!("{d}"));
    let r = &krate.protocol_tests.responses;
    let put = r.iter().find(|t| t.case.id == "Empty").unwrap();
    let input = put.case.input.as_ref().unwrap();
    assert_eq!(
        input.fields,
        [("name".into(), Literal::String(String::new()))]
    );
    assert!(matches!(put.expect, Expected::Output(None)));
    let get = r.iter().find(|t| t.case.id == "Nan").unwrap();
    match &get.expect {
        Expected::Output(Some(o)) => assert!(matches!(
            o.fields[1].1,
            Literal::Float {
                value: ir::FloatLiteral::NaN,
                ..
            }
        )),
        other => panic!("{other:?}"),
    }
}

#[test]
fn params_that_do_not_fit_are_model_errors_with_their_path() {
    let m = model(json!({
        "example.pt#Put": {"smithy.test#httpRequestTests": [
            request("Bad", json!({"Name": 5})),
            request("Unknown", json!({"Name": "a", "Nope": 1}))
        ]},
    }));
    let err = ir::lower(&m, &settings()).unwrap_err().to_string();
    assert!(
        err.contains("params.Name: expected a string, found 5"),
        "{err}"
    );
    assert!(err.contains("`PutInput` has no member `Nope`"), "{err}");
    assert!(err.contains("smithy.test#httpRequestTests\"][1]"), "{err}");
}

#[test]
fn examples_are_typed_as_the_json_protocols_write_values() {
    let m = model(json!({
        "example.pt#Put": {"smithy.api#examples": [
            {"title": "wire", "input": {"Name": "a", "When": "2020-01-01T00:00:00Z", "Data": "aGk=", "Extra": 1}},
            {"title": "bad", "input": {"Name": ["not", "a", "string"]}}
        ]},
        "example.pt#Get": {"smithy.api#examples": [
            {"title": "corrected", "output": {"Ratio": 2}}
        ]},
    }));
    let krate = ir::lower(&m, &settings()).unwrap_or_else(|d| panic!("{d}"));
    let put = krate.operations.iter().find(|o| o.method == "put").unwrap();
    let typed = put.examples[0].typed.as_ref().unwrap();
    let fields = &typed.input.as_ref().unwrap().fields;
    assert_eq!(
        fields[1].1,
        Literal::TimestampText("2020-01-01T00:00:00Z".into())
    );
    assert_eq!(fields[2].1, Literal::BlobBase64("aGk=".into()));
    assert_eq!(
        fields.len(),
        3,
        "a member the shape lacks is left out, as the codec does"
    );
    let bad = put.examples[1].typed.as_ref().unwrap_err();
    assert!(bad.starts_with("input.Name: expected a string"), "{bad}");
    // What the client reads: the required Count the example leaves out is its zero value.
    let get = krate.operations.iter().find(|o| o.method == "get").unwrap();
    match &get.examples[0].typed.as_ref().unwrap().expect {
        ExampleExpect::Output(Some(o)) => assert_eq!(
            o.fields,
            [
                (
                    "count".into(),
                    Literal::Int {
                        ty: ir::RustType::I32,
                        value: 0
                    }
                ),
                (
                    "ratio".into(),
                    Literal::Float {
                        ty: ir::RustType::F32,
                        value: ir::FloatLiteral::Finite(2.0)
                    }
                ),
            ]
        ),
        other => panic!("{other:?}"),
    }
}

#[test]
fn cases_of_operations_without_a_client_method_are_kept_as_failing_tests() {
    let m = model(json!({
        "example.pt#Svc": {"type": "service", "version": "1",
            "operations": [{"target": "example.pt#Upload"}],
            "traits": {P: {}, "aws.auth#sigv4": {"name": "pt"}}},
        "example.pt#Upload": {"type": "operation", "input": {"target": "example.pt#UploadInput"},
            "traits": {"smithy.test#httpRequestTests": [request("Streams", json!({}))]}},
        "example.pt#UploadInput": {"type": "structure", "members": {
            "Body": {"target": "example.pt#Stream"}}},
        "example.pt#Stream": {"type": "blob", "traits": {"smithy.api#streaming": {}}},
    }));
    let krate = ir::lower(&m, &settings()).unwrap_or_else(|d| panic!("{d}"));
    let case = &krate.protocol_tests.requests[0].case;
    assert_eq!(case.id, "Streams");
    let why = case.unsupported.as_deref().unwrap_or_default();
    assert!(
        why.starts_with("`Upload` has no client method: member `Body` is a stream"),
        "{why}"
    );
}
