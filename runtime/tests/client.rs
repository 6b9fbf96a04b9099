//! The client pipeline through the mock transport: framing, signing, errors, retries, timeouts.
#![cfg(feature = "client")]

mod common;

use rt::mock::{InstantSleep, MockResponse, MockTransport};
use rt::{
    CallError, Config, Credentials, DispatchErrorKind, Handle, OperationMeta, RetryConfig,
    ServiceMeta, TimeoutConfig,
};
use smithy_runtime as rt;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

static FSX: ServiceMeta = FSX_FIELDS;

static JSON10: ServiceMeta = ServiceMeta {
    protocol: &rt::protocol::AWS_JSON_1_0,
    target_prefix: "DynamoDB_20120810",
    sdk_id: "DynamoDB",
    ..FSX_FIELDS
};

const FSX_FIELDS: ServiceMeta = ServiceMeta {
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

static DELETE_BACKUP: OperationMeta = OperationMeta {
    name: "DeleteBackup",
    retryable_errors: &["BackupInProgress"],
    http: rt::HttpBinding::RPC,
    request_compression: &[],
    endpoint_params: &[],
    auth: smithy_runtime::Auth::SigV4,
};

const SECRET: &str = "wJalrXUtnFEMI-very-secret";
const TOKEN: &str = "session-token-also-secret";

fn fixed_clock() -> SystemTime {
    // 2023-11-14T22:13:20Z
    UNIX_EPOCH + Duration::from_secs(1_700_000_000)
}

fn config(mock: &MockTransport) -> rt::ConfigBuilder {
    rt::mock::config(mock.clone())
        .credentials(Credentials::new("AK", SECRET, None))
        .region("us-east-1")
        .clock(fixed_clock)
}

fn call(handle: &Handle, body: &str) -> Result<rt::Response, CallError> {
    futures_executor::block_on(common::send_json(handle, &DELETE_BACKUP, body.as_bytes()))
}

fn service_err(r: Result<rt::Response, CallError>) -> rt::ServiceError {
    match r {
        Err(CallError::Service(e)) => e,
        other => panic!("expected a service error, got {other:?}"),
    }
}

fn dispatch_err(r: Result<rt::Response, CallError>) -> rt::DispatchError {
    match r {
        Err(CallError::Dispatch(e)) => e,
        other => panic!("expected a dispatch error, got {other:?}"),
    }
}

#[test]
fn request_framing_and_signature() {
    let mock = MockTransport::new();
    mock.push_json(200, r#"{"BackupId":"backup-1","Lifecycle":"DELETED"}"#);
    let handle = Handle::new(&FSX, config(&mock).build());
    let body = r#"{"BackupId":"backup-1","ClientRequestToken":"t"}"#;
    let resp = call(&handle, body).unwrap();
    assert_eq!(resp.status, 200);

    let req = mock.last_request().unwrap();
    assert_eq!(req.method, "POST");
    assert_eq!(req.uri, "https://mock.local/");
    assert_eq!(req.path(), "/");
    assert_eq!(
        req.header("content-type"),
        Some("application/x-amz-json-1.1")
    );
    assert_eq!(
        req.header("x-amz-target"),
        Some("AWSSimbaAPIService_v20180301.DeleteBackup")
    );
    assert_eq!(
        req.header("content-length"),
        Some(body.len().to_string().as_str())
    );
    assert_eq!(req.header("host"), Some("mock.local"));
    assert_eq!(req.body_str(), body);
    assert_eq!(req.header("x-amz-date"), Some("20231114T221320Z"));
    let auth = req.header("authorization").unwrap();
    assert!(
        auth.starts_with("AWS4-HMAC-SHA256 Credential=AK/20231114/us-east-1/fsx/aws4_request"),
        "{auth}"
    );
    assert!(
        auth.contains("SignedHeaders=")
            && auth.contains("x-amz-target")
            && auth.contains("Signature="),
        "{auth}"
    );
    assert!(req.header("x-amz-security-token").is_none());
    assert!(!auth.contains(SECRET));
}

#[test]
fn signature_is_deterministic_and_covers_the_body() {
    let sig = |body: &str| {
        let mock = MockTransport::new();
        mock.push_json(200, "{}");
        call(&Handle::new(&FSX, config(&mock).build()), body).unwrap();
        mock.last_request()
            .unwrap()
            .header("authorization")
            .unwrap()
            .to_owned()
    };
    assert_eq!(sig(r#"{"a":1}"#), sig(r#"{"a":1}"#));
    assert_ne!(sig(r#"{"a":1}"#), sig(r#"{"a":2}"#));
}

#[test]
fn empty_input_session_token_and_json10() {
    let mock = MockTransport::new();
    mock.push_json(200, "");
    let cfg = config(&mock)
        .credentials(Credentials::new("AK", SECRET, Some(TOKEN.into())))
        .region("eu-west-1");
    let handle = Handle::new(&JSON10, cfg.build());
    let resp = call(&handle, "").unwrap();
    assert!(resp.body.is_empty());
    let req = mock.last_request().unwrap();
    assert_eq!(req.body_str(), "{}");
    assert_eq!(req.header("content-length"), Some("2"));
    assert_eq!(
        req.header("content-type"),
        Some("application/x-amz-json-1.0")
    );
    assert_eq!(
        req.header("x-amz-target"),
        Some("DynamoDB_20120810.DeleteBackup")
    );
    assert_eq!(req.header("x-amz-security-token"), Some(TOKEN));
    let auth = req.header("authorization").unwrap();
    assert!(
        auth.starts_with("AWS4-HMAC-SHA256 Credential=AK/20231114/eu-west-1/fsx/aws4_request"),
        "{auth}"
    );
    assert!(
        auth.contains("x-amz-security-token"),
        "the token is signed: {auth}"
    );
}

#[test]
fn endpoint_url_with_port_and_path() {
    let mock = MockTransport::new();
    mock.push_json(200, "{}");
    let handle = Handle::new(
        &FSX,
        config(&mock)
            .endpoint_url("http://127.0.0.1:5000/base")
            .build(),
    );
    call(&handle, "{}").unwrap();
    let req = mock.last_request().unwrap();
    // The operation's path `/` goes after the endpoint's path, as the awsJson HostWithPath compliance
    // tests require.
    assert_eq!(req.uri, "http://127.0.0.1:5000/base/");
    assert_eq!(req.header("host"), Some("127.0.0.1:5000"));
}

#[test]
fn output_parsing_is_lenient_about_content_type_and_unknown_keys() {
    let mock = MockTransport::new();
    mock.push(
        MockResponse::new(200)
            .header("content-type", "text/html; charset=utf-8")
            .header("x-amzn-requestid", "req-42")
            .body(r#"{"BackupId":"b-9","NewField":{"deep":[1,2]}}"#),
    );
    let mut resp = call(&Handle::new(&FSX, config(&mock).build()), "{}").unwrap();
    assert_eq!(resp.request_id.as_deref(), Some("req-42"));
    let mut out: Option<rt::types::Document> = None;
    rt::protocol::Protocol::read_output(&rt::protocol::AWS_JSON_1_1, &mut resp, &mut out).unwrap();
    let out = out.unwrap();
    assert_eq!(out.get("BackupId").and_then(|v| v.as_str()), Some("b-9"));
}

fn error_from(resp: MockResponse) -> rt::ServiceError {
    let mock = MockTransport::new();
    mock.push(resp);
    let handle = Handle::new(&FSX, config(&mock).retry(RetryConfig::disabled()).build());
    service_err(call(&handle, "{}"))
}

#[test]
fn error_code_sources_and_sanitising() {
    for raw in [
        "BackupNotFound",
        "aws.fsx#BackupNotFound",
        "BackupNotFound:http://internal.amazon.com/coral/com.amazon.coral.validate/",
        "com.amazonaws.fsx#BackupNotFound:http://internal.amazon.com/coral/com.amazon.coral.validate/",
    ] {
        let body = serde_json::json!({"__type": raw, "message": "no such backup"}).to_string();
        let e = error_from(MockResponse::json(400, body));
        assert_eq!(e.code(), "BackupNotFound", "__type {raw}");
        assert_eq!(e.message(), Some("no such backup"));

        let e = error_from(
            MockResponse::json(400, r#"{"__type":"Other"}"#).header("X-Amzn-Errortype", raw),
        );
        assert_eq!(
            e.code(),
            "BackupNotFound",
            "header {raw} wins over the body"
        );

        let body = serde_json::json!({"code": raw, "__type": "Other"}).to_string();
        assert_eq!(
            error_from(MockResponse::json(400, body)).code(),
            "BackupNotFound",
            "code {raw} wins over __type"
        );
    }
}

#[test]
fn error_message_request_id_and_display() {
    for key in ["message", "Message", "errorMessage"] {
        let body = serde_json::json!({"__type": "BackupNotFound", key: "gone"}).to_string();
        let e = error_from(MockResponse::json(400, body).header("x-amzn-requestid", "abc-123"));
        assert_eq!(e.message(), Some("gone"), "{key}");
        assert_eq!(e.request_id(), Some("abc-123"));
        assert_eq!(e.status(), 400);
        assert_eq!(
            e.to_string(),
            "BackupNotFound: gone (FSx, HTTP 400, request id abc-123)"
        );
    }
}

#[test]
fn unreadable_error_bodies_are_unknown_service_errors() {
    let html = "<html><body><h1>502 Bad Gateway</h1></body></html>";
    let cases: Vec<(u16, Vec<u8>)> = vec![
        (400, html.as_bytes().to_vec()),
        (403, Vec::new()),
        (400, b"{\"__type\": \"Backup".to_vec()),
        (400, b"\xff\xfe\x00{]".to_vec()),
        (400, b"{\"__type\":\"\xff\xff\"}".to_vec()),
        (400, b"[1,2,3]".to_vec()),
        (400, b"{\"__type\":42,\"message\":{\"a\":1}}".to_vec()),
        (404, vec![b'x'; 5 * 1024 * 1024]),
        (
            400,
            format!("{}1{}", "[".repeat(100_000), "]".repeat(100_000)).into_bytes(),
        ),
    ];
    for (status, body) in cases {
        let len = body.len();
        let e = error_from(
            MockResponse::new(status)
                .header("content-type", "text/html")
                .body(body),
        );
        assert_eq!(
            e.code(),
            status.to_string(),
            "body of {len} bytes: the status stands in for the code"
        );
        assert_eq!(e.status(), status);
        assert_eq!(e.message(), None);
        assert_eq!(e.body().len(), len);
    }
    // The typed-error parser reads a non-JSON body as `{}`.
    let e = error_from(
        MockResponse::new(400)
            .header("x-amzn-errortype", "BackupNotFound")
            .body(html),
    );
    assert_eq!(e.code(), "BackupNotFound");
    let mut v: Option<rt::types::Document> = None;
    e.protocol().read_error(&e, &mut v).unwrap();
    assert_eq!(v, Some(rt::types::Document::Object(Default::default())));
}

static SQS_LIKE: ServiceMeta = ServiceMeta {
    protocol: &rt::protocol::AWS_JSON_1_0,
    target_prefix: "AmazonSQS",
    sdk_id: "SQS",
    aws_query_compatible: true,
    customizations: &[],
    ..FSX_FIELDS
};

#[test]
fn query_compatible_services_say_so_and_use_the_query_error_code() {
    let mock = MockTransport::new();
    mock.push(
        MockResponse::json(
            400,
            r#"{"__type":"com.amazonaws.sqs#QueueDoesNotExist","message":"gone"}"#,
        )
        .header(
            "x-amzn-query-error",
            "AWS.SimpleQueueService.NonExistentQueue;Sender",
        ),
    );
    let handle = Handle::new(
        &SQS_LIKE,
        config(&mock).retry(RetryConfig::disabled()).build(),
    );
    let e = service_err(call(&handle, "{}"));
    assert_eq!(e.code(), "AWS.SimpleQueueService.NonExistentQueue");
    assert_eq!(e.message(), Some("gone"));
    let req = mock.last_request().unwrap();
    assert_eq!(req.header("x-amzn-query-mode"), Some("true"));
    // The header is part of the signature like any other.
    assert!(
        req.header("authorization")
            .unwrap()
            .contains("x-amzn-query-mode")
    );

    // Without the trait: no query mode, and `__type` names the error as usual.
    let e = error_from(
        MockResponse::json(400, r#"{"__type":"BackupNotFound"}"#)
            .header("x-amzn-query-error", "Other;Sender"),
    );
    assert_eq!(
        e.code(),
        "BackupNotFound",
        "only a query-compatible service's query error code counts"
    );
    let mock = MockTransport::new();
    mock.push(MockResponse::json(200, "{}"));
    call(&Handle::new(&FSX, config(&mock).build()), "{}").unwrap();
    assert_eq!(
        mock.last_request().unwrap().header("x-amzn-query-mode"),
        None
    );
}

fn retry_handle(mock: &MockTransport, sleep: &InstantSleep, retry: RetryConfig) -> Handle {
    Handle::new(&FSX, config(mock).sleep(sleep.clone()).retry(retry).build())
}

#[test]
fn retries_server_errors_with_backoff() {
    let mock = MockTransport::new();
    mock.push_json(500, r#"{"__type":"InternalServerError"}"#)
        .push_json(503, "")
        .push_json(200, "{}");
    let sleep = InstantSleep::new();
    let resp = call(&retry_handle(&mock, &sleep, RetryConfig::standard()), "{}").unwrap();
    assert_eq!(resp.status, 200);
    assert_eq!(mock.request_count(), 3);
    let slept = sleep.slept();
    assert_eq!(slept.len(), 2);
    assert!(
        slept[0] <= Duration::from_millis(50) && slept[1] <= Duration::from_millis(100),
        "{slept:?}"
    );
    // Each attempt is signed anew.
    assert!(
        mock.requests()
            .iter()
            .all(|r| r.header("authorization").is_some())
    );
}

#[test]
fn gives_up_after_max_attempts() {
    let mock = MockTransport::with_handler(|_| {
        Ok(MockResponse::json(500, r#"{"__type":"InternalFailure"}"#))
    });
    let sleep = InstantSleep::new();
    let e = service_err(call(
        &retry_handle(&mock, &sleep, RetryConfig::standard()),
        "{}",
    ));
    assert_eq!((e.code(), e.status()), ("InternalFailure", 500));
    assert_eq!(mock.request_count(), 3);

    let mock = MockTransport::with_handler(|_| Ok(MockResponse::json(500, "{}")));
    let sleep = InstantSleep::new();
    let retry = RetryConfig::standard()
        .max_attempts(5)
        .base_delay(Duration::from_millis(10))
        .max_backoff(Duration::from_millis(15));
    service_err(call(
        &retry_handle(&mock, &sleep, retry),
        r#"{"BackupId":"b-1"}"#,
    ));
    assert_eq!(mock.request_count(), 5);
    // Every attempt, the last included, sends the whole body with a matching length.
    for r in mock.requests() {
        assert_eq!(r.body_str(), r#"{"BackupId":"b-1"}"#);
        assert_eq!(r.header("content-length"), Some("18"));
    }
    assert!(
        sleep
            .slept()
            .iter()
            .all(|d| *d <= Duration::from_millis(15))
    );
}

/// Answers 500 twice, then 200, and remembers where each attempt's body lives.
#[derive(Debug, Default)]
struct BodyAddresses(std::sync::Mutex<Vec<(usize, usize)>>);

impl rt::HttpTransport for BodyAddresses {
    fn send(
        &self,
        request: http::Request<rt::Bytes>,
    ) -> rt::BoxFuture<'_, Result<http::Response<Vec<u8>>, rt::TransportError>> {
        let body = request.body();
        let mut seen = self.0.lock().expect("not poisoned");
        seen.push((body.as_ptr() as usize, body.len()));
        let status = if seen.len() < 3 { 500 } else { 200 };
        let response = http::Response::builder()
            .status(status)
            .body(b"{}".to_vec())
            .expect("a response");
        Box::pin(std::future::ready(Ok(response)))
    }
}

#[test]
fn retries_resend_the_one_body_without_copying_it() {
    let transport = std::sync::Arc::new(BodyAddresses::default());
    let config = rt::mock::config(MockTransport::new())
        .transport(transport.clone())
        .sleep(InstantSleep::new())
        .retry(RetryConfig::standard())
        .build();
    let body = format!(r#"{{"BackupId":"{}"}}"#, "b".repeat(1 << 20));
    let resp = call(&Handle::new(&FSX, config), &body).expect("the third attempt succeeds");
    assert_eq!(resp.status, 200);
    let seen = transport.0.lock().expect("not poisoned").clone();
    assert_eq!(seen.len(), 3, "{seen:?}");
    // A 1 MiB upload retried twice is one buffer, not three.
    assert!(seen.iter().all(|s| *s == seen[0]), "{seen:?}");
    assert_eq!(seen[0].1, body.len());
}

#[test]
fn retries_throttling_with_the_longer_base() {
    let mock = MockTransport::new();
    mock.push_json(
        400,
        r#"{"__type":"ThrottlingException","message":"slow down"}"#,
    )
    .push(MockResponse::json(400, "{}").header("x-amzn-errortype", "TooManyRequestsException"))
    .push_json(200, "{}");
    let sleep = InstantSleep::new();
    call(&retry_handle(&mock, &sleep, RetryConfig::standard()), "{}").unwrap();
    assert_eq!(mock.request_count(), 3);
    assert!(sleep.slept()[1] <= Duration::from_secs(2));
}

#[test]
fn no_retry_on_client_errors_or_when_disabled() {
    let mock = MockTransport::with_handler(|_| {
        Ok(MockResponse::json(400, r#"{"__type":"BackupNotFound"}"#))
    });
    let sleep = InstantSleep::new();
    assert_eq!(
        service_err(call(
            &retry_handle(&mock, &sleep, RetryConfig::standard()),
            "{}"
        ))
        .code(),
        "BackupNotFound"
    );
    assert_eq!(mock.request_count(), 1);
    assert!(sleep.slept().is_empty());

    let mock = MockTransport::with_handler(|_| Ok(MockResponse::json(500, "{}")));
    service_err(call(
        &retry_handle(&mock, &sleep, RetryConfig::disabled()),
        "{}",
    ));
    assert_eq!(mock.request_count(), 1);
}

#[test]
fn modeled_retryable_errors_and_transport_errors_are_retried() {
    let mock = MockTransport::new();
    mock.push_json(400, r#"{"__type":"BackupInProgress"}"#)
        .push_error(rt::TransportError::connect("connection refused"))
        .push_json(200, "{}");
    call(
        &retry_handle(&mock, &InstantSleep::new(), RetryConfig::standard()),
        "{}",
    )
    .unwrap();
    assert_eq!(mock.request_count(), 3);

    let mock = MockTransport::new();
    mock.push_error(rt::TransportError::other("request too large"));
    let e = dispatch_err(call(
        &retry_handle(&mock, &InstantSleep::new(), RetryConfig::standard()),
        "{}",
    ));
    assert_eq!(e.kind(), DispatchErrorKind::Transport);
    assert!(e.to_string().contains("request too large"), "{e}");
    assert_eq!(mock.request_count(), 1);
}

#[test]
fn attempt_timeout_with_a_silent_server() {
    let mock = MockTransport::never_responds();
    let sleep = InstantSleep::new();
    let handle = Handle::new(
        &FSX,
        config(&mock)
            .sleep(sleep.clone())
            .timeouts(TimeoutConfig::new().attempt(Duration::from_secs(5)))
            .build(),
    );
    let e = dispatch_err(call(&handle, "{}"));
    assert_eq!(e.kind(), DispatchErrorKind::Timeout);
    assert!(e.is_timeout());
    assert_eq!(mock.request_count(), 3, "timed-out attempts are retried");
    assert_eq!(
        sleep
            .slept()
            .iter()
            .filter(|d| **d == Duration::from_secs(5))
            .count(),
        3
    );
}

#[test]
fn operation_timeout_is_not_retried() {
    let mock = MockTransport::never_responds();
    let handle = Handle::new(
        &FSX,
        config(&mock)
            .timeouts(TimeoutConfig::new().operation(Duration::from_secs(30)))
            .build(),
    );
    let e = dispatch_err(call(&handle, "{}"));
    assert_eq!(e.kind(), DispatchErrorKind::Timeout);
    assert!(e.to_string().contains("FSx.DeleteBackup timed out"), "{e}");
    assert_eq!(mock.request_count(), 1);
}

#[test]
fn real_timer_timeout_under_any_executor() {
    let mock = MockTransport::never_responds();
    let handle = Handle::new(
        &FSX,
        config(&mock)
            .sleep(rt::ThreadTimerSleep)
            .retry(RetryConfig::disabled())
            .timeouts(TimeoutConfig::new().attempt(Duration::from_millis(50)))
            .build(),
    );
    let started = std::time::Instant::now();
    let e = dispatch_err(call(&handle, "{}"));
    assert!(e.is_timeout());
    assert!(started.elapsed() >= Duration::from_millis(50));
}

#[test]
fn no_endpoint_no_transport_no_region() {
    let mock = MockTransport::new();
    let cfg = Config::builder()
        .transport(mock.clone())
        .region("us-east-1")
        .credentials(Credentials::new("AK", SECRET, None));
    let e = dispatch_err(call(&Handle::new(&FSX, cfg.clone().build()), "{}"));
    assert_eq!(e.kind(), DispatchErrorKind::Endpoint);
    assert!(e.to_string().contains("endpoint_url"), "{e}");

    let e = dispatch_err(call(
        &Handle::new(&FSX, cfg.clone().endpoint_url("localhost:5000").build()),
        "{}",
    ));
    assert_eq!(e.kind(), DispatchErrorKind::Endpoint);

    let no_region = Config::builder()
        .transport(mock.clone())
        .endpoint_url("http://x")
        .credentials(Credentials::new("AK", SECRET, None));
    let e = dispatch_err(call(&Handle::new(&FSX, no_region.build()), "{}"));
    assert_eq!(e.kind(), DispatchErrorKind::Config);
    assert!(e.to_string().contains("region"), "{e}");
    assert_eq!(mock.request_count(), 0);
}

#[test]
fn debug_and_errors_never_show_secrets() {
    let mock = MockTransport::new();
    mock.push_error(rt::TransportError::other("boom"));
    let cfg = config(&mock)
        .credentials(Credentials::new("AK", SECRET, Some(TOKEN.into())))
        .build();
    let handle = Handle::new(&FSX, cfg.clone());
    let err = call(&handle, "{}").unwrap_err();
    let creds = Credentials::new("AK", SECRET, Some(TOKEN.into()));
    for shown in [
        format!("{cfg:?}"),
        format!("{handle:?}"),
        format!("{creds:?}"),
        format!("{err:?}"),
        err.to_string(),
        format!("{:?}", cfg.to_builder()),
    ] {
        assert!(!shown.contains(SECRET) && !shown.contains(TOKEN), "{shown}");
    }
    assert!(format!("{creds:?}").contains("AK"));
}

#[test]
fn idempotency_tokens() {
    let handle = Handle::new(&FSX, config(&MockTransport::new()).build());
    let (a, b) = (handle.idempotency_token(), handle.idempotency_token());
    assert_ne!(a, b);
    assert!(uuid_like(&a), "{a}");
    let handle = Handle::new(
        &FSX,
        config(&MockTransport::new())
            .idempotency_token_provider(rt::FixedToken::new("fixed"))
            .build(),
    );
    assert_eq!(handle.idempotency_token(), "fixed");
}

fn uuid_like(s: &str) -> bool {
    let parts: Vec<_> = s.split('-').map(str::len).collect();
    parts == [8, 4, 4, 4, 12] && s.as_bytes()[14] == b'4'
}

#[test]
fn mock_reports_unexpected_requests_clearly() {
    let mock = MockTransport::new();
    let e = dispatch_err(call(
        &Handle::new(&FSX, config(&mock).retry(RetryConfig::disabled()).build()),
        "{}",
    ));
    assert!(
        e.to_string().contains("no response left for request #1"),
        "{e}"
    );
    assert!(
        e.to_string()
            .contains("AWSSimbaAPIService_v20180301.DeleteBackup"),
        "{e}"
    );
}

#[test]
fn validation_errors_become_dispatch_errors() {
    let e: CallError = rt::validate::required::<String>(&None, "DeleteBackupInput.BackupId")
        .unwrap_err()
        .into();
    let d = e.as_dispatch().unwrap();
    assert_eq!(d.kind(), DispatchErrorKind::Validation);
    assert_eq!(d.path(), Some("DeleteBackupInput.BackupId"));
    assert!(!Config::builder().build().validate_constraints());
}

#[test]
fn errors_stay_small() {
    // Generated code returns `Result<_, CallError>` everywhere; clippy flags large Err types.
    assert!(
        std::mem::size_of::<CallError>() <= 16,
        "{}",
        std::mem::size_of::<CallError>()
    );
}

#[test]
fn call_futures_are_send() {
    fn assert_send<T: Send>(_: &T) {}
    let handle = Handle::new(&FSX, config(&MockTransport::new()).build());
    let fut = common::send_json(&handle, &DELETE_BACKUP, b"");
    assert_send(&fut);
}

fn op_with(auth: rt::Auth) -> &'static OperationMeta {
    Box::leak(Box::new(OperationMeta {
        name: "AssumeRoleWithWebIdentity",
        retryable_errors: &[],
        http: rt::HttpBinding::RPC,
        request_compression: &[],
        endpoint_params: &[],
        auth,
    }))
}

#[test]
fn unsigned_operations_ask_for_no_credentials_and_send_no_signature() {
    for auth in [rt::Auth::None, rt::Auth::Optional] {
        let mock = MockTransport::new();
        mock.push_json(200, "{}");
        let cfg = rt::mock::config(mock.clone())
            .credentials_provider(common::NoCredentials)
            .region("us-east-1")
            .clock(fixed_clock)
            .build();
        let handle = Handle::new(&FSX, cfg);
        futures_executor::block_on(common::send_json(&handle, op_with(auth), b"{}"))
            .unwrap_or_else(|e| panic!("{auth:?}: {e}"));
        let req = mock.last_request().unwrap();
        for h in ["authorization", "x-amz-date", "x-amz-security-token"] {
            assert_eq!(req.header(h), None, "{auth:?} sent {h}");
        }
    }
    // A signed operation with the same provider fails with the provider's error, and sends nothing.
    let mock = MockTransport::new();
    let cfg = rt::mock::config(mock.clone())
        .credentials_provider(common::NoCredentials)
        .region("us-east-1")
        .build();
    let handle = Handle::new(&FSX, cfg);
    let err = dispatch_err(futures_executor::block_on(common::send_json(
        &handle,
        op_with(rt::Auth::SigV4),
        b"{}",
    )));
    assert_eq!(err.kind(), DispatchErrorKind::Credentials);
    assert!(mock.last_request().is_none());
}

#[test]
fn optional_auth_signs_when_credentials_are_there() {
    let mock = MockTransport::new();
    mock.push_json(200, "{}");
    let handle = Handle::new(&FSX, config(&mock).build());
    futures_executor::block_on(common::send_json(
        &handle,
        op_with(rt::Auth::Optional),
        b"{}",
    ))
    .unwrap();
    let req = mock.last_request().unwrap();
    assert!(
        req.header("authorization")
            .unwrap()
            .starts_with("AWS4-HMAC-SHA256 Credential=AK/")
    );
}
