//! Settings with the SDKs' precedence (code, then environment variable, then profile), checked on
//! the loaded `Config` and on the requests a handle sends through the mock transport. Each test
//! passes its own `Env`; nothing reads the process environment or the real home folder.
#![cfg(feature = "client")]

mod common;
mod support;

use rt::mock::{InstantSleep, MockTransport};
use rt::{
    Config, ConfigBuilder, Credentials, Handle, OperationMeta, RetryConfig, RetryMode, ServiceMeta,
};
use smithy_runtime as rt;
use support::TempHome;

static FSX: ServiceMeta = ServiceMeta {
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

static BEANSTALK: ServiceMeta = ServiceMeta {
    sdk_id: "Elastic Beanstalk",
    target_prefix: "x",
    protocol: &rt::protocol::AWS_JSON_1_1,
    signing_name: "elasticbeanstalk",
    endpoint_prefix: "elasticbeanstalk",
    api_version: "2010-12-01",
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

fn builder(home: &TempHome, vars: &[(&str, &str)], mock: &MockTransport) -> ConfigBuilder {
    Config::builder()
        .environment(home.env(vars))
        .transport(mock.clone())
        .sleep(InstantSleep::new())
        .credentials(Credentials::new("AK", "s", None))
}

fn load(home: &TempHome, vars: &[(&str, &str)]) -> Config {
    builder(home, vars, &MockTransport::new())
        .load()
        .expect("loads")
}

/// The URI and headers of one call to `svc` with this configuration.
fn sent(
    svc: &'static ServiceMeta,
    cfg: Config,
    mock: &MockTransport,
) -> Result<rt::mock::RecordedRequest, rt::CallError> {
    mock.push_json(200, "{}");
    futures_executor::block_on(common::send_json(&Handle::new(svc, cfg), &OP, b""))?;
    Ok(mock.last_request().expect("a request was sent"))
}

#[test]
fn region_precedence() {
    let home = TempHome::new();
    home.aws_file(
        "config",
        "[default]\nregion = from-profile\n[profile other]\nregion = from-other\n",
    );
    assert_eq!(load(&home, &[]).region(), Some("from-profile"));
    assert_eq!(
        load(&home, &[("AWS_PROFILE", "other")]).region(),
        Some("from-other")
    );
    assert_eq!(
        load(&home, &[("AWS_DEFAULT_REGION", "from-default-var")]).region(),
        Some("from-default-var")
    );
    assert_eq!(
        load(
            &home,
            &[
                ("AWS_DEFAULT_REGION", "from-default-var"),
                ("AWS_REGION", "from-region-var")
            ]
        )
        .region(),
        Some("from-region-var")
    );
    let cfg = builder(
        &home,
        &[("AWS_REGION", "from-region-var")],
        &MockTransport::new(),
    )
    .region("from-code")
    .load()
    .unwrap();
    assert_eq!(cfg.region(), Some("from-code"));
    assert_eq!(cfg.profile(), Some("default"));
}

#[test]
fn endpoint_url_precedence_per_service() {
    let home = TempHome::new();
    home.aws_file(
        "config",
        "[default]\nregion = us-east-1\nendpoint_url = http://profile-global\nservices = local\n\
         [services local]\nfsx =\n  endpoint_url = http://services-fsx\nelastic_beanstalk =\n  endpoint_url = http://services-eb\n\
         [profile plain]\nregion = us-east-1\nendpoint_url = http://profile-global\n\
         [profile broken]\nservices = missing\n",
    );
    let mock = MockTransport::new();
    let uri = |vars: &[(&str, &str)], svc: &'static ServiceMeta| {
        sent(svc, builder(&home, vars, &mock).load().unwrap(), &mock).map(|r| r.uri)
    };
    assert_eq!(
        uri(&[("AWS_PROFILE", "plain")], &FSX).unwrap(),
        "http://profile-global/"
    );
    assert_eq!(uri(&[], &FSX).unwrap(), "http://services-fsx/");
    assert_eq!(
        uri(&[], &BEANSTALK).unwrap(),
        "http://services-eb/",
        "sdkId `Elastic Beanstalk` is `elastic_beanstalk`"
    );
    assert_eq!(
        uri(&[("AWS_ENDPOINT_URL", "http://env-global")], &FSX).unwrap(),
        "http://env-global/"
    );
    let both = [
        ("AWS_ENDPOINT_URL", "http://env-global"),
        ("AWS_ENDPOINT_URL_FSX", "http://env-fsx"),
    ];
    assert_eq!(uri(&both, &FSX).unwrap(), "http://env-fsx/");
    assert_eq!(
        uri(&both, &BEANSTALK).unwrap(),
        "http://env-global/",
        "AWS_ENDPOINT_URL_FSX is FSx's only"
    );
    assert_eq!(
        uri(
            &[("AWS_ENDPOINT_URL_ELASTIC_BEANSTALK", "http://env-eb")],
            &BEANSTALK
        )
        .unwrap(),
        "http://env-eb/"
    );
    let code = builder(&home, &both, &mock)
        .endpoint_url("http://code")
        .load()
        .unwrap();
    assert_eq!(sent(&FSX, code, &mock).unwrap().uri, "http://code/");

    // Ignoring configured endpoints leaves only what code sets.
    let ignore = [
        ("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS", "true"),
        ("AWS_ENDPOINT_URL", "http://env-global"),
    ];
    let e = uri(&ignore, &FSX).unwrap_err().to_string();
    assert!(e.contains("FSx has no endpoint rules"), "{e}");
    let code = builder(&home, &ignore, &mock)
        .endpoint_url("http://code")
        .load()
        .unwrap();
    assert_eq!(sent(&FSX, code, &mock).unwrap().uri, "http://code/");

    let e = builder(&home, &[("AWS_PROFILE", "broken")], &mock)
        .load()
        .unwrap_err()
        .to_string();
    assert!(
        e.contains("no [services missing] section") && e.contains("services at "),
        "{e}"
    );
}

#[test]
fn fips_dual_stack_and_retries() {
    let home = TempHome::new();
    home.aws_file(
        "config",
        "[default]\nuse_fips_endpoint = true\nuse_dualstack_endpoint = TRUE\nmax_attempts = 7\nretry_mode = adaptive\n\
         [profile bad-bool]\nuse_fips_endpoint = yes\n[profile bad-attempts]\nmax_attempts = 0\n[profile bad-mode]\nretry_mode = legacy\n",
    );
    let cfg = load(&home, &[]);
    assert!(cfg.use_fips() && cfg.use_dual_stack());
    assert_eq!(cfg.retry().get_max_attempts(), 7);
    assert_eq!(cfg.retry().get_mode(), RetryMode::Adaptive);
    let cfg = load(
        &home,
        &[
            ("AWS_USE_FIPS_ENDPOINT", "false"),
            ("AWS_MAX_ATTEMPTS", "2"),
            ("AWS_RETRY_MODE", "standard"),
        ],
    );
    assert!(!cfg.use_fips() && cfg.use_dual_stack());
    assert_eq!(
        (cfg.retry().get_max_attempts(), cfg.retry().get_mode()),
        (2, RetryMode::Standard)
    );
    let cfg = builder(
        &home,
        &[("AWS_USE_DUALSTACK_ENDPOINT", "true")],
        &MockTransport::new(),
    )
    .use_dual_stack(false)
    .retry(RetryConfig::standard().max_attempts(4))
    .load()
    .unwrap();
    assert!(!cfg.use_dual_stack(), "code wins");
    assert_eq!(
        (cfg.retry().get_max_attempts(), cfg.retry().get_mode()),
        (4, RetryMode::Standard)
    );

    for (vars, want) in [
        (
            vec![("AWS_PROFILE", "bad-bool")],
            "use_fips_endpoint (use_fips_endpoint at ",
        ),
        (
            vec![("AWS_PROFILE", "bad-attempts")],
            "`0` is not a whole number of at least 1",
        ),
        (
            vec![("AWS_PROFILE", "bad-mode")],
            "`legacy` is not a retry mode this client has",
        ),
        (
            vec![("AWS_MAX_ATTEMPTS", "many")],
            "max_attempts (AWS_MAX_ATTEMPTS): `many`",
        ),
    ] {
        let e = builder(&home, &vars, &MockTransport::new())
            .load()
            .unwrap_err()
            .to_string();
        assert!(e.contains(want), "{want}: {e}");
    }
}

#[test]
fn checksum_policies_from_code_the_environment_and_the_profile() {
    use smithy_runtime::ChecksumPolicy::{WhenRequired, WhenSupported};
    let home = TempHome::new();
    home.aws_file(
        "config",
        "[default]\nresponse_checksum_validation = WHEN_REQUIRED\n\
         [profile bad]\nrequest_checksum_calculation = sometimes\n",
    );
    let policies = |c: &smithy_runtime::Config| {
        (
            c.request_checksum_calculation(),
            c.response_checksum_validation(),
        )
    };
    assert_eq!(policies(&load(&home, &[])), (WhenSupported, WhenRequired));
    let cfg = load(
        &home,
        &[
            ("AWS_REQUEST_CHECKSUM_CALCULATION", "when_required"),
            ("AWS_RESPONSE_CHECKSUM_VALIDATION", "when_supported"),
        ],
    );
    assert_eq!(
        policies(&cfg),
        (WhenRequired, WhenSupported),
        "the environment wins"
    );
    let cfg = builder(
        &home,
        &[("AWS_REQUEST_CHECKSUM_CALCULATION", "when_required")],
        &MockTransport::new(),
    )
    .request_checksum_calculation(WhenSupported)
    .load()
    .unwrap();
    assert_eq!(policies(&cfg), (WhenSupported, WhenRequired), "code wins");
    let e = builder(&home, &[("AWS_PROFILE", "bad")], &MockTransport::new())
        .load()
        .unwrap_err()
        .to_string();
    assert!(
        e.contains("request_checksum_calculation at ")
            && e.contains("`sometimes` is neither when_supported nor when_required"),
        "{e}"
    );
}

#[test]
fn user_agent_in_the_sdk_format_with_the_app_id() {
    let home = TempHome::new();
    home.aws_file("config", "[default]\nsdk_ua_app_id = from-profile\n");
    let mock = MockTransport::new();
    let ua = |b: ConfigBuilder| {
        let r = sent(
            &FSX,
            b.region("us-east-1")
                .endpoint_url("http://x")
                .load()
                .unwrap(),
            &mock,
        )
        .unwrap();
        let ua = r.header("user-agent").unwrap().to_owned();
        assert_eq!(r.header("x-amz-user-agent"), Some(ua.as_str()));
        assert!(
            r.header("authorization")
                .unwrap()
                .contains("x-amz-user-agent"),
            "signed"
        );
        ua
    };
    let got = ua(builder(&home, &[], &mock));
    let want_start = format!(
        "smithy-runtime/{} ua/2.1 api/fsx#2018-03-01 os/",
        env!("CARGO_PKG_VERSION")
    );
    assert!(got.starts_with(&want_start), "{got}");
    assert!(
        got.contains(" lang/rust#1.") && got.ends_with(" app/from-profile"),
        "{got}"
    );
    assert!(
        ua(builder(&home, &[("AWS_SDK_UA_APP_ID", "from-env")], &mock)).ends_with(" app/from-env")
    );
    assert!(
        ua(builder(&home, &[("AWS_SDK_UA_APP_ID", "from-env")], &mock).app_id("from code"))
            .ends_with(" app/from-code")
    );
}

#[test]
fn adaptive_mode_slows_down_after_throttling() {
    let run = |retry: RetryConfig| {
        let mock = MockTransport::with_handler(|_| {
            Ok(rt::mock::MockResponse::json(
                400,
                r#"{"__type":"ThrottlingException"}"#,
            ))
        });
        let sleep = InstantSleep::new();
        let cfg = Config::builder()
            .transport(mock.clone())
            .sleep(sleep.clone())
            .region("us-east-1")
            .endpoint_url("http://x")
            .credentials(Credentials::new("AK", "s", None))
            .retry(retry.max_attempts(1))
            .build();
        let h = Handle::new(&FSX, cfg);
        for _ in 0..5 {
            let e = futures_executor::block_on(common::send_json(&h, &OP, b"")).unwrap_err();
            assert_eq!(e.code(), Some("ThrottlingException"));
        }
        sleep.slept()
    };
    assert!(
        run(RetryConfig::standard()).is_empty(),
        "standard mode never waits without a retry"
    );
    let waits = run(RetryConfig::adaptive());
    assert!(!waits.is_empty(), "the rate limiter made later calls wait");
    assert!(waits.iter().all(|w| w.as_secs_f64() > 0.1), "{waits:?}");
}

/// `build()` has the same precedence as `load()` minus the profile: what code sets, then every environment
/// variable `load` reads (region, endpoint URLs, credentials, attempts, ...), and no file.
#[test]
fn build_reads_environment_variables_but_no_file() {
    let home = TempHome::new();
    home.aws_file(
        "config",
        "[default]\nregion = from-profile\nendpoint_url = http://profile-global\n",
    );
    let mock = MockTransport::new();
    let vars = [
        ("AWS_REGION", "from-env"),
        ("AWS_ENDPOINT_URL_FSX", "http://env-fsx"),
        ("AWS_ACCESS_KEY_ID", "AKENV"),
        ("AWS_SECRET_ACCESS_KEY", "env-secret"),
        ("AWS_MAX_ATTEMPTS", "5"),
    ];
    let plain = || {
        Config::builder()
            .environment(home.env(&vars))
            .transport(mock.clone())
            .sleep(InstantSleep::new())
    };
    let cfg = plain().build();
    assert_eq!(cfg.region(), Some("from-env"));
    assert_eq!(cfg.retry(), &RetryConfig::standard().max_attempts(5));
    let req = sent(&FSX, cfg, &mock).unwrap();
    assert_eq!(req.uri, "http://env-fsx/");
    let auth = req.header("authorization").unwrap();
    assert!(
        auth.contains("Credential=AKENV/") && auth.contains("/from-env/fsx/"),
        "{auth}"
    );

    // Code wins over the environment.
    let cfg = plain()
        .region("from-code")
        .endpoint_url("http://code")
        .build();
    assert_eq!(cfg.region(), Some("from-code"));
    assert_eq!(sent(&FSX, cfg, &mock).unwrap().uri, "http://code/");

    // No variables: the profile is not read by build(), only by load().
    let bare = || {
        Config::builder()
            .environment(home.env(&[]))
            .transport(mock.clone())
    };
    assert_eq!(bare().build().region(), None);
    assert_eq!(bare().load().unwrap().region(), Some("from-profile"));

    // A variable with a value its setting cannot have fails each call, naming it.
    let cfg = Config::builder()
        .environment(home.env(&[("AWS_MAX_ATTEMPTS", "many")]))
        .transport(mock.clone())
        .region("us-east-1")
        .credentials(Credentials::new("AK", "s", None))
        .build();
    let err = sent(&FSX, cfg, &mock).unwrap_err().to_string();
    assert!(err.contains("AWS_MAX_ATTEMPTS"), "{err}");
}
