//! Configuration from the process environment (`Config::from_env`). One test function: the
//! environment is process-wide and tests in a file run in parallel. HOME points at a temporary
//! folder, so the real `~/.aws` is never read.
#![cfg(feature = "client")]

mod common;

use rt::mock::MockTransport;
use rt::{Config, DispatchErrorKind, Handle, OperationMeta, ServiceMeta};
use smithy_runtime as rt;

static SVC: ServiceMeta = ServiceMeta {
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

/// Clears every AWS variable, points HOME at `home` and keeps IMDS off.
fn reset(home: &std::path::Path) {
    for (k, _) in std::env::vars_os() {
        if let Some(k) = k.to_str()
            && k.starts_with("AWS_")
        {
            set(k, None);
        }
    }
    set("HOME", home.to_str());
    set("AWS_EC2_METADATA_DISABLED", Some("true"));
}

fn set(k: &str, v: Option<&str>) {
    // SAFETY: this test binary has a single test, so no other thread reads the environment.
    unsafe {
        match v {
            Some(v) => std::env::set_var(k, v),
            None => std::env::remove_var(k),
        }
    }
}

fn call(cfg: rt::ConfigBuilder) -> Result<rt::Response, rt::CallError> {
    futures_executor::block_on(common::send_json(&Handle::new(&SVC, cfg.build()), &OP, b""))
}

#[test]
fn config_and_credentials_from_env() {
    let home = std::env::temp_dir().join(format!("smithy-env-test-{}", std::process::id()));
    std::fs::create_dir_all(home.join(".aws")).unwrap();
    reset(&home);
    let mock = MockTransport::new();
    let base = || {
        Config::builder()
            .transport(mock.clone())
            .sleep(rt::mock::InstantSleep::new())
    };

    // No credentials anywhere: a clear error at call time, nothing sent.
    let e = call(base().region("us-east-1").endpoint_url("http://x")).unwrap_err();
    let d = e.as_dispatch().unwrap();
    assert_eq!(d.kind(), DispatchErrorKind::Credentials);
    assert!(d.to_string().contains("AWS_ACCESS_KEY_ID"), "{d}");
    assert_eq!(mock.request_count(), 0);

    set("AWS_DEFAULT_REGION", Some("ap-south-1"));
    set("AWS_ACCESS_KEY_ID", Some("AKENV"));
    set("AWS_SECRET_ACCESS_KEY", Some("env-secret"));
    set("AWS_SESSION_TOKEN", Some("env-token"));
    set("AWS_ENDPOINT_URL", Some("http://127.0.0.1:5000"));
    let cfg = Config::from_env();
    assert_eq!(cfg.region(), Some("ap-south-1"));
    assert_eq!(cfg.endpoint_url(), Some("http://127.0.0.1:5000"));
    assert!(
        !format!("{cfg:?}").contains("env-secret") && !format!("{cfg:?}").contains("env-token")
    );
    set("AWS_REGION", Some("eu-north-1"));
    assert_eq!(
        Config::from_env().region(),
        Some("eu-north-1"),
        "AWS_REGION wins"
    );

    // Builder without credentials reads the environment at call time.
    mock.push_json(200, "{}");
    call(base().with_env()).unwrap();
    let req = mock.last_request().unwrap();
    assert_eq!(req.uri, "http://127.0.0.1:5000/");
    assert!(
        req.header("authorization")
            .unwrap()
            .contains("Credential=AKENV/")
    );
    assert!(
        req.header("authorization")
            .unwrap()
            .contains("/eu-north-1/fsx/")
    );
    assert_eq!(req.header("x-amz-security-token"), Some("env-token"));

    // Explicit settings win over the environment.
    mock.push_json(200, "{}");
    let explicit = base()
        .region("us-east-2")
        .credentials(rt::Credentials::new("AKEXPLICIT", "s", None))
        .endpoint_url("http://127.0.0.1:6000")
        .with_env();
    call(explicit).unwrap();
    let req = mock.last_request().unwrap();
    assert_eq!(req.uri, "http://127.0.0.1:6000/");
    assert!(
        req.header("authorization")
            .unwrap()
            .contains("Credential=AKEXPLICIT/")
    );
    assert!(req.header("x-amz-security-token").is_none());

    // `aws configure` files and nothing in the environment: from_env finds them.
    reset(&home);
    std::fs::write(
        home.join(".aws/config"),
        "[default]\nregion = eu-central-1\n",
    )
    .unwrap();
    std::fs::write(
        home.join(".aws/credentials"),
        "[default]\naws_access_key_id = AKFILE\naws_secret_access_key = file-secret\n",
    )
    .unwrap();
    let cfg = Config::from_env()
        .to_builder()
        .transport(mock.clone())
        .build();
    assert_eq!(cfg.region(), Some("eu-central-1"));
    mock.push_json(200, "{}");
    call(cfg.to_builder().endpoint_url("http://127.0.0.1:7000")).unwrap();
    let req = mock.last_request().unwrap();
    assert!(
        req.header("authorization")
            .unwrap()
            .contains("Credential=AKFILE/")
    );

    // A malformed file does not fail from_env: every call reports it, naming the file and line.
    std::fs::write(home.join(".aws/config"), "[default]\nregion\n").unwrap();
    let before = mock.request_count();
    let cfg = Config::from_env()
        .to_builder()
        .transport(mock.clone())
        .endpoint_url("http://x");
    let e = call(cfg).unwrap_err();
    let d = e.as_dispatch().unwrap();
    assert_eq!(d.kind(), DispatchErrorKind::Config);
    assert!(d.to_string().contains(".aws/config:2:"), "{d}");
    assert_eq!(mock.request_count(), before);
    assert!(Config::load().is_err());

    reset(&home);
    let _ = std::fs::remove_dir_all(&home);
}
