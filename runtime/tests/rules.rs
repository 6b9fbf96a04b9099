//! Endpoint rules drive the URL, extra headers and the SigV4 scope of real calls.
#![cfg(feature = "client")]

mod common;

use rt::endpoint::LazyRuleSet;
use rt::mock::MockTransport;
use rt::{CallError, Credentials, DispatchErrorKind, Handle, OperationMeta, ServiceMeta};
use smithy_runtime as rt;

static RULES: LazyRuleSet = LazyRuleSet::new(
    r#"{
  "version": "1.0",
  "parameters": {
    "Region": {"builtIn": "AWS::Region", "required": false, "type": "String"},
    "UseFIPS": {"builtIn": "AWS::UseFIPS", "required": true, "default": false, "type": "Boolean"},
    "Endpoint": {"builtIn": "SDK::Endpoint", "required": false, "type": "String"}
  },
  "rules": [
    {"conditions": [{"fn": "isSet", "argv": [{"ref": "Endpoint"}]}],
     "endpoint": {"url": {"ref": "Endpoint"}, "properties": {}, "headers": {}}, "type": "endpoint"},
    {"conditions": [{"fn": "isSet", "argv": [{"ref": "Region"}]}, {"fn": "booleanEquals", "argv": [{"ref": "UseFIPS"}, true]}],
     "endpoint": {"url": "https://fsx-fips.{Region}.amazonaws.com", "properties": {}, "headers": {}}, "type": "endpoint"},
    {"conditions": [{"fn": "isSet", "argv": [{"ref": "Region"}]}],
     "endpoint": {"url": "https://fsx.{Region}.amazonaws.com",
                  "properties": {"authSchemes": [{"name": "sigv4", "signingName": "fsx-signer", "signingRegion": "eu-central-1"}]},
                  "headers": {"x-extra": ["a", "b"]}},
     "type": "endpoint"},
    {"conditions": [], "error": "Invalid Configuration: Missing Region", "type": "error"}
  ]
}"#,
);

static BROKEN: LazyRuleSet = LazyRuleSet::new("{ not json");

static FSX: ServiceMeta = ServiceMeta {
    sdk_id: "FSx",
    target_prefix: "AWSSimbaAPIService_v20180301",
    protocol: &rt::protocol::AWS_JSON_1_1,
    signing_name: "fsx",
    endpoint_prefix: "fsx",
    api_version: "2018-03-01",
    aws_query_compatible: false,
    customizations: &[],
    endpoint_rules: Some(&RULES),
};

static FSX_BROKEN: ServiceMeta = ServiceMeta {
    endpoint_rules: Some(&BROKEN),
    ..FSX_COPY
};
const FSX_COPY: ServiceMeta = ServiceMeta {
    sdk_id: "FSx",
    target_prefix: "AWSSimbaAPIService_v20180301",
    protocol: &rt::protocol::AWS_JSON_1_1,
    signing_name: "fsx",
    endpoint_prefix: "fsx",
    api_version: "2018-03-01",
    aws_query_compatible: false,
    customizations: &[],
    endpoint_rules: None,
};

static OP: OperationMeta = OperationMeta {
    name: "DeleteBackup",
    retryable_errors: &[],
    http: rt::HttpBinding::RPC,
    request_compression: &[],
    endpoint_params: &[],
    auth: smithy_runtime::Auth::SigV4,
};

fn builder(mock: &MockTransport) -> rt::ConfigBuilder {
    rt::Config::builder()
        .transport(mock.clone())
        .sleep(rt::mock::InstantSleep::new())
        .credentials(Credentials::new("AK", "secret", None))
}

fn call(service: &'static ServiceMeta, cfg: rt::ConfigBuilder) -> Result<rt::Response, CallError> {
    futures_executor::block_on(common::send_json(
        &Handle::new(service, cfg.build()),
        &OP,
        b"{}",
    ))
}

#[test]
fn rules_pick_url_headers_and_signing_scope() {
    let mock = MockTransport::new();
    mock.push_json(200, "{}");
    call(&FSX, builder(&mock).region("us-west-2")).unwrap();
    let req = mock.last_request().unwrap();
    assert_eq!(req.uri, "https://fsx.us-west-2.amazonaws.com/");
    assert_eq!(req.header("host"), Some("fsx.us-west-2.amazonaws.com"));
    let extra: Vec<_> = req
        .headers
        .get_all("x-extra")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .collect();
    assert_eq!(extra, ["a", "b"]);
    let auth = req.header("authorization").unwrap();
    assert!(
        auth.contains("Credential=AK/") && auth.contains("/eu-central-1/fsx-signer/aws4_request"),
        "{auth}"
    );
}

#[test]
fn fips_and_endpoint_override_go_through_the_rules() {
    let mock = MockTransport::new();
    mock.push_json(200, "{}").push_json(200, "{}");
    call(&FSX, builder(&mock).region("us-east-1").use_fips(true)).unwrap();
    assert_eq!(
        mock.last_request().unwrap().uri,
        "https://fsx-fips.us-east-1.amazonaws.com/"
    );
    call(
        &FSX,
        builder(&mock)
            .region("us-east-1")
            .endpoint_url("http://localhost:5000"),
    )
    .unwrap();
    let req = mock.last_request().unwrap();
    assert_eq!(req.uri, "http://localhost:5000/");
    assert!(
        req.header("authorization")
            .unwrap()
            .contains("/us-east-1/fsx/aws4_request")
    );
}

#[test]
fn rule_errors_are_endpoint_dispatch_errors() {
    let mock = MockTransport::new();
    let e = call(&FSX, builder(&mock)).unwrap_err();
    let d = e.as_dispatch().unwrap();
    assert_eq!(d.kind(), DispatchErrorKind::Endpoint);
    assert!(d.to_string().contains("Missing Region"), "{d}");

    let e = call(&FSX_BROKEN, builder(&mock).region("us-east-1")).unwrap_err();
    assert_eq!(e.as_dispatch().unwrap().kind(), DispatchErrorKind::Endpoint);
    assert_eq!(mock.request_count(), 0);
}

/// A request as a comparable value, minus what changes per call (the signature covers the time).
fn shape(req: &rt::mock::RecordedRequest) -> (String, String, Vec<(String, String)>, String) {
    let mut headers: Vec<(String, String)> = req
        .headers
        .iter()
        .filter(|(k, _)| k.as_str() != "x-amz-date")
        .map(|(k, v)| {
            (
                k.to_string(),
                String::from_utf8_lossy(v.as_bytes()).into_owned(),
            )
        })
        .collect();
    headers.sort();
    (
        req.method.clone(),
        req.uri.clone(),
        headers,
        req.body_str().to_owned(),
    )
}

/// A handle resolves its endpoint once; every later call must go exactly where a fresh handle
/// (a fresh resolution) sends it, signed the same way, for each kind of configuration.
#[test]
fn cached_endpoint_matches_fresh_resolution() {
    let fixed = || std::time::UNIX_EPOCH + std::time::Duration::from_secs(1_700_000_000);
    type Configure = fn(rt::ConfigBuilder) -> rt::ConfigBuilder;
    let configs: Vec<(&str, Configure)> = vec![
        ("region", |b| b.region("us-west-2")),
        ("fips", |b| b.region("us-east-1").use_fips(true)),
        ("override", |b| {
            b.region("us-east-1")
                .endpoint_url("http://localhost:5000/base")
        }),
    ];
    let mut seen_uris = Vec::new();
    for (what, cfg) in configs {
        let mock = MockTransport::new();
        for _ in 0..4 {
            mock.push_json(200, "{}");
        }
        let handle = Handle::new(&FSX, cfg(builder(&mock)).clock(fixed).build());
        let clone = handle.clone();
        for h in [&handle, &handle, &clone] {
            futures_executor::block_on(common::send_json(h, &OP, br#"{"a":1}"#)).unwrap();
        }
        let fresh_handle = Handle::new(&FSX, cfg(builder(&mock)).clock(fixed).build());
        futures_executor::block_on(common::send_json(&fresh_handle, &OP, br#"{"a":1}"#)).unwrap();
        let reqs = mock.requests();
        assert_eq!(reqs.len(), 4, "{what}");
        let fresh = shape(&reqs[3]);
        for r in &reqs[..3] {
            assert_eq!(shape(r), fresh, "{what}");
        }
        seen_uris.push(fresh.1);
    }
    // Each handle has its own cache: different configurations, different endpoints.
    assert_eq!(
        seen_uris,
        [
            "https://fsx.us-west-2.amazonaws.com/",
            "https://fsx-fips.us-east-1.amazonaws.com/",
            "http://localhost:5000/base/"
        ]
    );
}

/// Failures are not cached as successes, and each call reports them the same way, in the same
/// order as before the cache (credentials before region and URL problems).
#[test]
fn endpoint_failures_repeat_per_call() {
    let mock = MockTransport::new();
    let no_region = Handle::new(&FSX, builder(&mock).build());
    for _ in 0..2 {
        let e = futures_executor::block_on(common::send_json(&no_region, &OP, b"")).unwrap_err();
        let d = e.as_dispatch().unwrap();
        assert_eq!(d.kind(), DispatchErrorKind::Endpoint);
        assert!(d.to_string().contains("Missing Region"), "{d}");
    }
    let bad_url = Handle::new(
        &FSX,
        builder(&mock)
            .region("us-east-1")
            .endpoint_url("ftp://h/")
            .build(),
    );
    let first = futures_executor::block_on(common::send_json(&bad_url, &OP, b"")).unwrap_err();
    let second = futures_executor::block_on(common::send_json(&bad_url, &OP, b"")).unwrap_err();
    assert_eq!(first.to_string(), second.to_string());
    assert_eq!(
        first.as_dispatch().unwrap().kind(),
        DispatchErrorKind::Endpoint
    );
    assert!(first.to_string().contains("ftp://h/"), "{first}");

    // The URL is bad and the credentials are missing: the credentials error comes first.
    let no_creds = Handle::new(
        &FSX,
        rt::Config::builder()
            .transport(mock.clone())
            .credentials_provider(common::NoCredentials)
            .region("us-east-1")
            .endpoint_url("ftp://h/")
            .build(),
    );
    for _ in 0..2 {
        let e = futures_executor::block_on(common::send_json(&no_creds, &OP, b"")).unwrap_err();
        assert_eq!(
            e.as_dispatch().unwrap().kind(),
            DispatchErrorKind::Credentials
        );
    }
    assert_eq!(mock.request_count(), 0);
}
