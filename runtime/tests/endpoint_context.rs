//! Rule set parameters that an operation binds from its input (`@contextParam` and friends) and that
//! the configuration sets (`@clientContextParams`, S3's built-ins) decide where each call goes, with
//! the spec's precedence; endpoints that need a signer this client lacks fail clearly.
#![cfg(feature = "client")]

use rt::codec::{Error, Serializer, WriteValue};
use rt::endpoint::{ContextParam, LazyRuleSet, Source, StaticValue};
use rt::mock::MockTransport;
use rt::{
    Credentials, DispatchErrorKind, Handle, HttpBinding, Member, OperationMeta, Schema, ServiceMeta,
};
use smithy_runtime as rt;

static RULES: LazyRuleSet = LazyRuleSet::new(
    r#"{
  "version": "1.0",
  "parameters": {
    "Region": {"builtIn": "AWS::Region", "required": true, "type": "String"},
    "ForcePathStyle": {"builtIn": "AWS::S3::ForcePathStyle", "required": true, "default": false, "type": "Boolean"},
    "Bucket": {"required": false, "type": "String"},
    "Mode": {"required": false, "type": "String"},
    "Listing": {"required": false, "type": "Boolean"}
  },
  "rules": [
    {"conditions": [{"fn": "isSet", "argv": [{"ref": "Mode"}]}],
     "endpoint": {"url": "https://{Mode}.svc.{Region}.example.com",
                  "properties": {"authSchemes": [{"name": "sigv4a", "signingName": "svc", "signingRegionSet": ["*"]}]},
                  "headers": {}}, "type": "endpoint"},
    {"conditions": [{"fn": "isSet", "argv": [{"ref": "Bucket"}]}, {"fn": "booleanEquals", "argv": [{"ref": "ForcePathStyle"}, true]}],
     "endpoint": {"url": "https://svc.{Region}.example.com/{Bucket}", "properties": {}, "headers": {}}, "type": "endpoint"},
    {"conditions": [{"fn": "isSet", "argv": [{"ref": "Bucket"}]}, {"fn": "isSet", "argv": [{"ref": "Listing"}]}],
     "endpoint": {"url": "https://{Bucket}.list.{Region}.example.com", "properties": {}, "headers": {}}, "type": "endpoint"},
    {"conditions": [{"fn": "isSet", "argv": [{"ref": "Bucket"}]}],
     "endpoint": {"url": "https://{Bucket}.svc.{Region}.example.com", "properties": {}, "headers": {}}, "type": "endpoint"},
    {"conditions": [], "endpoint": {"url": "https://svc.{Region}.example.com", "properties": {}, "headers": {}}, "type": "endpoint"}
  ]
}"#,
);

static SVC: ServiceMeta = ServiceMeta {
    sdk_id: "Svc",
    target_prefix: "Svc",
    protocol: &rt::protocol::AWS_JSON_1_1,
    signing_name: "svc",
    endpoint_prefix: "svc",
    api_version: "2024-01-01",
    aws_query_compatible: false,
    customizations: &[],
    endpoint_rules: Some(&RULES),
};

static GET: OperationMeta = OperationMeta {
    name: "Get",
    retryable_errors: &[],
    http: HttpBinding::RPC,
    request_compression: &[],
    endpoint_params: &[ContextParam {
        name: "Bucket",
        source: Source::Member {
            name: "Bucket",
            required: true,
        },
    }],
    auth: smithy_runtime::Auth::SigV4,
};

static LIST: OperationMeta = OperationMeta {
    name: "List",
    endpoint_params: &[
        ContextParam {
            name: "Listing",
            source: Source::Static(StaticValue::Bool(true)),
        },
        ContextParam {
            name: "Bucket",
            source: Source::Member {
                name: "Bucket",
                required: true,
            },
        },
    ],
    ..GET_COPY
};
const GET_COPY: OperationMeta = OperationMeta {
    name: "Get",
    retryable_errors: &[],
    http: HttpBinding::RPC,
    request_compression: &[],
    endpoint_params: &[],
    auth: smithy_runtime::Auth::SigV4,
};

static INPUT: Schema = Schema::new("Input", &[Member::new("Bucket")]);

struct Input(Option<String>);

impl WriteValue for Input {
    fn write(&self, s: &mut dyn Serializer) -> Result<(), Error> {
        s.write_struct(&INPUT, &[&self.0])
    }
}

fn handle(mock: &MockTransport, f: impl FnOnce(rt::ConfigBuilder) -> rt::ConfigBuilder) -> Handle {
    let builder = rt::Config::builder()
        .transport(mock.clone())
        .sleep(rt::mock::InstantSleep::new())
        .credentials(Credentials::new("AK", "secret", None))
        .region("us-west-2");
    Handle::new(&SVC, f(builder).build())
}

fn call(h: &Handle, op: &'static OperationMeta, bucket: Option<&str>) -> Result<(), rt::CallError> {
    futures_executor::block_on(h.invoke::<()>(op, &Input(bucket.map(str::to_owned))))
}

fn sent(mock: &MockTransport) -> String {
    mock.last_request().map(|r| r.uri).unwrap_or_default()
}

#[test]
fn the_input_picks_the_host_per_call() {
    let mock = MockTransport::new();
    let h = handle(&mock, |b| b);
    for bucket in ["one", "two", "one"] {
        mock.push_json(200, "{}");
        call(&h, &GET, Some(bucket)).unwrap();
        assert_eq!(
            sent(&mock),
            format!("https://{bucket}.svc.us-west-2.example.com/")
        );
    }
    mock.push_json(200, "{}");
    call(&h, &LIST, Some("one")).unwrap();
    assert_eq!(sent(&mock), "https://one.list.us-west-2.example.com/");
}

#[test]
fn force_path_style_is_the_built_in_and_a_client_context_param_wins_over_it() {
    let mock = MockTransport::new();
    mock.push_json(200, "{}");
    let h = handle(&mock, |b| b.force_path_style(true));
    call(&h, &GET, Some("b1")).unwrap();
    assert_eq!(sent(&mock), "https://svc.us-west-2.example.com/b1/");

    mock.push_json(200, "{}");
    let h = handle(&mock, |b| {
        b.force_path_style(true)
            .client_context_param("ForcePathStyle", false)
    });
    call(&h, &GET, Some("b1")).unwrap();
    assert_eq!(sent(&mock), "https://b1.svc.us-west-2.example.com/");
}

#[test]
fn a_blank_required_context_member_fails_before_sending() {
    let mock = MockTransport::new();
    let h = handle(&mock, |b| b);
    for bucket in [None, Some(""), Some("   ")] {
        let e = call(&h, &GET, bucket).unwrap_err();
        let d = e.as_dispatch().expect("a dispatch error");
        assert_eq!(d.kind(), DispatchErrorKind::Validation, "{d}");
        assert!(d.to_string().contains("Bucket"), "{d}");
    }
    assert_eq!(mock.request_count(), 0);
}

#[test]
fn an_endpoint_that_needs_sigv4a_is_a_clear_error() {
    let mock = MockTransport::new();
    let h = handle(&mock, |b| b.client_context_param("Mode", "mrap"));
    let e = call(&h, &GET, Some("b")).unwrap_err();
    let d = e.as_dispatch().expect("a dispatch error");
    assert_eq!(d.kind(), DispatchErrorKind::Endpoint);
    let text = d.to_string();
    assert!(
        text.contains("sigv4a") && text.contains("does not support"),
        "{text}"
    );
    assert_eq!(mock.request_count(), 0);
}
