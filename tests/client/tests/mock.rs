//! The generated FSx DeleteBackup client over the in-memory transport: what goes on the wire,
//! how every modeled and unmodeled error comes back, hostile bodies, retries and validation.

use fsx_delete_backup::Client;
use fsx_delete_backup::operation::DeleteBackupError;
use fsx_delete_backup::types::{BackupLifecycle, DeleteBackupRequest, DeleteBackupResponse};
use serde_json::{Value, json};
use smithy_runtime::mock::{self, InstantSleep, MockResponse, MockTransport, RecordedRequest};
use smithy_runtime::{Credentials, DispatchErrorKind, FixedToken, RetryConfig};

const BACKUP_ID: &str = "backup-0123456789abcdef0";
const TARGET: &str = "AWSSimbaAPIService_v20180301.DeleteBackup";

fn client(t: &MockTransport) -> Client {
    Client::new(mock::config(t.clone()).build())
}

/// Errors are checked one response per call, so retries are off unless a test is about them.
fn client_no_retry(t: &MockTransport) -> Client {
    Client::new(
        mock::config(t.clone())
            .retry(RetryConfig::disabled())
            .build(),
    )
}

fn request(id: &str) -> DeleteBackupRequest {
    DeleteBackupRequest::builder()
        .backup_id(id)
        .build()
        .expect("BackupId is set")
}

fn deleted_body(id: &str) -> String {
    json!({"BackupId": id, "Lifecycle": "DELETED"}).to_string()
}

fn only_request(t: &MockTransport) -> RecordedRequest {
    let reqs = t.requests();
    assert_eq!(reqs.len(), 1, "exactly one request expected: {reqs:#?}");
    reqs.into_iter().next().expect("length checked above")
}

/// Checks the awsJson 1.1 framing and the SigV4 headers of one DeleteBackup request.
fn assert_framing(req: &RecordedRequest) {
    assert_eq!(req.method, "POST");
    assert_eq!(req.path(), "/");
    assert_eq!(req.uri, "https://mock.local/");
    assert_eq!(
        req.header("content-type"),
        Some("application/x-amz-json-1.1")
    );
    assert_eq!(req.header("x-amz-target"), Some(TARGET));
    assert_eq!(req.header("host"), Some("mock.local"));
    let len: usize = req
        .header("content-length")
        .expect("Content-Length is set")
        .parse()
        .expect("Content-Length is a number");
    assert_eq!(len, req.body.len(), "Content-Length matches the body");

    let date = req.header("x-amz-date").expect("X-Amz-Date is set");
    assert_eq!(date.len(), 16, "X-Amz-Date is YYYYMMDDTHHMMSSZ: {date}");
    assert!(
        date.as_bytes()[8] == b'T'
            && date.ends_with('Z')
            && date[..8].bytes().all(|b| b.is_ascii_digit())
            && date[9..15].bytes().all(|b| b.is_ascii_digit()),
        "X-Amz-Date is YYYYMMDDTHHMMSSZ: {date}"
    );

    let auth = req.header("authorization").expect("Authorization is set");
    let scope = format!(
        "Credential=AKIDMOCK/{}/us-east-1/fsx/aws4_request",
        &date[..8]
    );
    assert!(
        auth.starts_with("AWS4-HMAC-SHA256 "),
        "SigV4 algorithm: {auth}"
    );
    assert!(auth.contains(&scope), "credential scope {scope} in {auth}");
    let signed = auth
        .split("SignedHeaders=")
        .nth(1)
        .and_then(|s| s.split(',').next())
        .expect("SignedHeaders in Authorization");
    for h in ["content-type", "host", "x-amz-date", "x-amz-target"] {
        assert!(signed.split(';').any(|s| s == h), "{h} is signed: {signed}");
    }
    let sig = auth
        .split("Signature=")
        .nth(1)
        .expect("Signature in Authorization");
    assert!(
        sig.len() == 64 && sig.bytes().all(|b| b.is_ascii_hexdigit()),
        "hex SHA-256 signature: {sig}"
    );
}

#[tokio::test]
async fn caller_token_is_sent_unchanged() {
    let t = MockTransport::new();
    t.push_json(200, deleted_body(BACKUP_ID));
    // A provider is configured too: the caller's token must win over it.
    let c = Client::new(
        mock::config(t.clone())
            .idempotency_token_provider(FixedToken::new("from-provider"))
            .build(),
    );
    let input = DeleteBackupRequest::builder()
        .backup_id(BACKUP_ID)
        .client_request_token("caller-token-1")
        .build()
        .expect("BackupId is set");
    let out = c.delete_backup(input).await.expect("200 is a success");
    assert_eq!(out.backup_id.as_deref(), Some(BACKUP_ID));
    assert_eq!(out.lifecycle, Some(BackupLifecycle::Deleted));

    let req = only_request(&t);
    assert_framing(&req);
    assert_eq!(
        req.body_json().expect("JSON body"),
        json!({"BackupId": BACKUP_ID, "ClientRequestToken": "caller-token-1"})
    );
}

#[tokio::test]
async fn missing_token_comes_from_the_configured_provider() {
    let t = MockTransport::new();
    t.push_json(200, deleted_body(BACKUP_ID));
    let c = Client::new(
        mock::config(t.clone())
            .idempotency_token_provider(FixedToken::new("fixed-token-42"))
            .build(),
    );
    c.delete_backup(request(BACKUP_ID))
        .await
        .expect("200 is a success");
    let req = only_request(&t);
    assert_framing(&req);
    assert_eq!(
        req.body_json().expect("JSON body"),
        json!({"BackupId": BACKUP_ID, "ClientRequestToken": "fixed-token-42"})
    );
}

#[tokio::test]
async fn default_token_provider_sends_a_fresh_uuid_v4() {
    let t = MockTransport::new();
    t.push_json(200, deleted_body(BACKUP_ID));
    t.push_json(200, deleted_body(BACKUP_ID));
    let c = client(&t);
    c.delete_backup(request(BACKUP_ID))
        .await
        .expect("first call");
    c.delete_backup(request(BACKUP_ID))
        .await
        .expect("second call");
    let tokens: Vec<String> = t
        .requests()
        .iter()
        .map(|r| {
            assert_framing(r);
            let body = r.body_json().expect("JSON body");
            let obj = body.as_object().expect("body is an object");
            assert_eq!(obj.len(), 2, "only BackupId and the token: {body}");
            assert_eq!(obj.get("BackupId"), Some(&json!(BACKUP_ID)));
            let tok = obj
                .get("ClientRequestToken")
                .and_then(Value::as_str)
                .expect("a token was filled in")
                .to_owned();
            let parsed = uuid::Uuid::parse_str(&tok).expect("the token is a UUID");
            assert_eq!(parsed.get_version_num(), 4, "UUID v4: {tok}");
            assert_eq!(
                parsed.get_variant(),
                uuid::Variant::RFC4122,
                "RFC 4122 variant: {tok}"
            );
            assert_eq!(
                tok,
                parsed.hyphenated().to_string(),
                "canonical lower-case form"
            );
            tok
        })
        .collect();
    assert_eq!(tokens.len(), 2);
    assert_ne!(tokens[0], tokens[1], "every call gets its own token");
}

// ---------------------------------------------------------------------------------------------
// Modeled errors

/// Where the error code travels.
#[derive(Clone, Copy, Debug)]
enum Carrier {
    TypeField,
    Header,
    CodeField,
}

/// Every spelling of an error code the awsJson 1.1 spec says a client must accept.
fn spellings(name: &str) -> Vec<String> {
    vec![
        name.to_owned(),
        format!("aws.fsx#{name}"),
        format!("{name}:http://internal.amazon.com/coral/com.amazon.fsx/"),
        format!("com.amazonaws.fsx#{name}:http://internal.amazon.com/coral/com.amazon.fsx/"),
    ]
}

/// A member beyond `Message` that a modeled error carries: (JSON name, value).
type Member = Option<(&'static str, &'static str)>;

/// (error shape, HTTP status, extra member)
const MODELED: &[(&str, u16, Member)] = &[
    ("BadRequest", 400, None),
    ("BackupInProgress", 400, None),
    ("BackupNotFound", 400, None),
    (
        "BackupRestoring",
        400,
        Some(("FileSystemId", "fs-0123456789abcdef0")),
    ),
    (
        "IncompatibleParameterError",
        400,
        Some(("Parameter", "ClientRequestToken")),
    ),
    ("InternalServerError", 500, None),
    (
        "BackupBeingCopied",
        400,
        Some(("BackupId", "backup-0aaaaaaaaaaaaaaaa")),
    ),
];

/// (variant name, message, extra member) of a modeled error; panics on any other variant.
fn typed_parts(e: &DeleteBackupError) -> (&'static str, Option<String>, Option<String>) {
    match e {
        DeleteBackupError::BadRequest(x) => ("BadRequest", x.message.clone(), None),
        DeleteBackupError::BackupInProgress(x) => ("BackupInProgress", x.message.clone(), None),
        DeleteBackupError::BackupNotFound(x) => ("BackupNotFound", x.message.clone(), None),
        DeleteBackupError::BackupRestoring(x) => (
            "BackupRestoring",
            x.message.clone(),
            x.file_system_id.clone(),
        ),
        DeleteBackupError::IncompatibleParameterError(x) => (
            "IncompatibleParameterError",
            x.message.clone(),
            x.parameter.clone(),
        ),
        DeleteBackupError::InternalServerError(x) => {
            ("InternalServerError", x.message.clone(), None)
        }
        DeleteBackupError::BackupBeingCopied(x) => {
            ("BackupBeingCopied", x.message.clone(), x.backup_id.clone())
        }
        other => panic!("expected a modeled error, got {other:?}"),
    }
}

#[tokio::test]
async fn every_modeled_error_in_every_spelling_and_carrier() {
    let mut cases = 0;
    for &(name, status, extra) in MODELED {
        for spelled in spellings(name) {
            for carrier in [Carrier::TypeField, Carrier::Header, Carrier::CodeField] {
                for msg_key in ["message", "Message", "errorMessage"] {
                    let text = format!("{name} says hi via {msg_key}");
                    let mut body = serde_json::Map::new();
                    body.insert(msg_key.to_owned(), json!(text));
                    if let Some((k, v)) = extra {
                        body.insert(k.to_owned(), json!(v));
                    }
                    let mut resp = MockResponse::new(status)
                        .header("content-type", "application/x-amz-json-1.1")
                        .header("x-amzn-requestid", "req-modeled");
                    match carrier {
                        Carrier::TypeField => {
                            body.insert("__type".into(), json!(spelled));
                        }
                        Carrier::CodeField => {
                            body.insert("code".into(), json!(spelled));
                        }
                        Carrier::Header => resp = resp.header("X-Amzn-Errortype", spelled.as_str()),
                    }
                    let resp = resp.body(Value::Object(body).to_string());
                    let t = MockTransport::new();
                    t.push(resp);
                    let err = client_no_retry(&t)
                        .delete_backup(request(BACKUP_ID))
                        .await
                        .expect_err("an error response");
                    let ctx =
                        format!("{name} as `{spelled}` via {carrier:?}, message in {msg_key}");
                    let (variant, message, member) = typed_parts(&err);
                    assert_eq!(variant, name, "{ctx}");
                    assert_eq!(err.code(), Some(name), "{ctx}");
                    assert_eq!(message.as_deref(), Some(text.as_str()), "{ctx}");
                    assert_eq!(member.as_deref(), extra.map(|(_, v)| v), "{ctx}");
                    let shown = err.to_string();
                    assert!(
                        shown.contains(name) && shown.contains(&text),
                        "{ctx}: {shown}"
                    );
                    assert_eq!(t.request_count(), 1, "{ctx}");
                    cases += 1;
                }
            }
        }
    }
    assert_eq!(cases, 7 * 4 * 3 * 3);
}

#[tokio::test]
async fn header_code_wins_over_body_code() {
    let t = MockTransport::new();
    t.push(
        MockResponse::json(
            400,
            json!({"__type": "aws.fsx#BadRequest", "Message": "which one?"}).to_string(),
        )
        .header(
            "x-amzn-errortype",
            "BackupNotFound:http://internal.amazon.com/coral/com.amazon.fsx/",
        ),
    );
    let err = client_no_retry(&t)
        .delete_backup(request(BACKUP_ID))
        .await
        .expect_err("an error response");
    assert!(
        matches!(&err, DeleteBackupError::BackupNotFound(e) if e.message.as_deref() == Some("which one?")),
        "{err:?}"
    );
}

#[tokio::test]
async fn modeled_error_with_unreadable_body_keeps_its_type() {
    // Code from the header, body garbage: the typed error, without members, never a panic.
    for body in [
        &b"<html>oops</html>"[..],
        b"",
        b"{\"Message\":",
        b"\xff\xfe\x00",
    ] {
        let t = MockTransport::new();
        t.push(
            MockResponse::new(400)
                .header("x-amzn-errortype", "BackupNotFound")
                .body(body),
        );
        let err = client_no_retry(&t)
            .delete_backup(request(BACKUP_ID))
            .await
            .expect_err("an error response");
        assert!(
            matches!(&err, DeleteBackupError::BackupNotFound(e) if e.message.is_none()),
            "{:?}: {err:?}",
            String::from_utf8_lossy(body)
        );
    }
}

#[tokio::test]
async fn unknown_error_code_is_unmodeled_with_everything_kept() {
    let t = MockTransport::new();
    t.push(
        MockResponse::json(
            403,
            json!({"__type": "com.amazonaws.fsx#AccessDeniedException", "message": "not yours"})
                .to_string(),
        )
        .header("x-amzn-requestid", "rid-1234-abcd"),
    );
    let err = client_no_retry(&t)
        .delete_backup(request(BACKUP_ID))
        .await
        .expect_err("an error response");
    let DeleteBackupError::Unmodeled(e) = &err else {
        panic!("expected Unmodeled, got {err:?}")
    };
    assert_eq!(e.code(), "AccessDeniedException");
    assert_eq!(e.message(), Some("not yours"));
    assert_eq!(e.request_id(), Some("rid-1234-abcd"));
    assert_eq!(e.status(), 403);
    assert_eq!(err.code(), Some("AccessDeniedException"));
    let shown = err.to_string();
    for part in ["AccessDeniedException", "403", "rid-1234-abcd", "not yours"] {
        assert!(shown.contains(part), "{part} in `{shown}`");
    }
}

// ---------------------------------------------------------------------------------------------
// Output bodies

#[tokio::test]
async fn unknown_lifecycle_is_preserved_and_round_trips() {
    let t = MockTransport::new();
    t.push_json(
        200,
        json!({"BackupId": BACKUP_ID, "Lifecycle": "ARCHIVED"}).to_string(),
    );
    let out = client(&t)
        .delete_backup(request(BACKUP_ID))
        .await
        .expect("an unknown enum value is not an error");
    assert_eq!(
        out.lifecycle,
        Some(BackupLifecycle::Unknown("ARCHIVED".into()))
    );
    assert_eq!(
        out.lifecycle.as_ref().map(BackupLifecycle::as_str),
        Some("ARCHIVED")
    );
    let wire = serde_json::to_value(&out).expect("serializes");
    assert_eq!(
        wire,
        json!({"BackupId": BACKUP_ID, "Lifecycle": "ARCHIVED"})
    );
    let back: DeleteBackupResponse = serde_json::from_value(wire).expect("deserializes");
    assert_eq!(back, out);
    // A known value still maps to its variant, and back to the same text.
    assert_eq!(BackupLifecycle::from("DELETED"), BackupLifecycle::Deleted);
    assert_eq!(BackupLifecycle::Deleted.to_string(), "DELETED");
}

#[tokio::test]
async fn empty_200_body_is_an_empty_output() {
    for body in ["", "  \n", "{}"] {
        let t = MockTransport::new();
        t.push_json(200, body);
        let out = client(&t)
            .delete_backup(request(BACKUP_ID))
            .await
            .expect("an empty body means no members");
        assert_eq!(out, DeleteBackupResponse::builder().build(), "{body:?}");
        assert_eq!((out.backup_id, out.lifecycle), (None, None));
    }
}

/// A 2xx body that does not fit the output is a ResponseParse dispatch error with the status.
async fn expect_parse_error(body: &[u8], content_type: &str) -> smithy_runtime::DispatchError {
    let t = MockTransport::new();
    t.push(
        MockResponse::new(200)
            .header("content-type", content_type)
            .header("x-amzn-requestid", "rid-bad-body")
            .body(body),
    );
    let err = client(&t)
        .delete_backup(request(BACKUP_ID))
        .await
        .expect_err("a body that does not parse");
    assert_eq!(t.request_count(), 1, "a bad 2xx body is not retried");
    match err {
        DeleteBackupError::Dispatch(d) => {
            assert_eq!(d.kind(), DispatchErrorKind::ResponseParse, "{d}");
            assert_eq!(d.status(), Some(200), "{d}");
            assert_eq!(d.request_id(), Some("rid-bad-body"), "{d}");
            d
        }
        other => panic!("expected Dispatch(ResponseParse), got {other:?}"),
    }
}

#[tokio::test]
async fn malformed_200_bodies_are_typed_errors() {
    let json_ct = "application/x-amz-json-1.1";
    expect_parse_error(b"{\"BackupId\": \"backup-1\",, }", json_ct).await;
    expect_parse_error(b"{\"BackupId\":\"backup-0123", json_ct).await;
    expect_parse_error(b"{\"BackupId\":\"\xff\xfe\"}", json_ct).await;
    expect_parse_error(b"\xc3\x28", json_ct).await;
    expect_parse_error(b"null", json_ct).await;
    expect_parse_error(
        b"<!DOCTYPE html><html><body>Welcome to the captive portal</body></html>",
        "text/html",
    )
    .await;
    let d = expect_parse_error(br#"{"BackupId":"b","Lifecycle":5}"#, json_ct).await;
    assert_eq!(d.path(), Some("Lifecycle"), "{d}");
}

/// KNOWN BUG (runtime `json::parse_output` / serde derive of generated structures): a JSON
/// array is read as the structure's members by position, so `["x","DELETED"]` becomes
/// BackupId = x, Lifecycle = DELETED. awsJson bodies are objects; anything else must fail.
#[tokio::test]
async fn top_level_json_array_is_not_an_output() {
    let json_ct = "application/x-amz-json-1.1";
    expect_parse_error(b"[]", json_ct).await;
    expect_parse_error(br#"["backup-0123456789abcdef0","DELETED"]"#, json_ct).await;
}

#[tokio::test]
async fn html_500_page_is_unmodeled_unknown() {
    let t = MockTransport::new();
    t.push(
        MockResponse::new(500)
            .header("content-type", "text/html")
            .body("<html><head><title>500 Internal Server Error</title></head></html>"),
    );
    let err = client_no_retry(&t)
        .delete_backup(request(BACKUP_ID))
        .await
        .expect_err("a 500");
    let DeleteBackupError::Unmodeled(e) = &err else {
        panic!("expected Unmodeled, got {err:?}")
    };
    assert_eq!(
        e.code(),
        "500",
        "the status stands in for a code the response does not name"
    );
    assert_eq!(e.status(), 500);
    assert_eq!(e.message(), None);
    assert!(
        e.body().starts_with(b"<html>"),
        "the body is kept for diagnosis"
    );
}

#[tokio::test]
async fn transport_failure_is_a_dispatch_error() {
    let t = MockTransport::new(); // nothing queued: every send fails
    let err = client_no_retry(&t)
        .delete_backup(request(BACKUP_ID))
        .await
        .expect_err("no response");
    assert!(
        matches!(&err, DeleteBackupError::Dispatch(d) if d.kind() == DispatchErrorKind::Transport),
        "{err:?}"
    );
}

// ---------------------------------------------------------------------------------------------
// Retries

#[tokio::test]
async fn retries_a_500_then_succeeds() {
    let t = MockTransport::new();
    let sleep = InstantSleep::new();
    t.push_json(500, json!({"__type": "InternalServerError"}).to_string());
    t.push_json(200, deleted_body(BACKUP_ID));
    let c = Client::new(mock::config(t.clone()).sleep(sleep.clone()).build());
    let out = c
        .delete_backup(request(BACKUP_ID))
        .await
        .expect("the retry succeeds");
    assert_eq!(out.lifecycle, Some(BackupLifecycle::Deleted));
    let reqs = t.requests();
    assert_eq!(reqs.len(), 2, "two attempts");
    assert_eq!(
        reqs[0].body, reqs[1].body,
        "a retry sends the same body (same idempotency token)"
    );
    for r in &reqs {
        assert_framing(r);
    }
    // At most one backoff, within the standard mode's first ceiling (50 ms).
    let slept = sleep.slept();
    assert!(slept.len() <= 1, "{slept:?}");
    assert!(
        slept
            .iter()
            .all(|d| *d <= std::time::Duration::from_millis(50)),
        "{slept:?}"
    );
}

#[tokio::test]
async fn throttling_gives_up_after_three_attempts() {
    let t = MockTransport::new();
    for _ in 0..3 {
        t.push_json(
            400,
            json!({"__type": "ThrottlingException", "message": "Rate exceeded"}).to_string(),
        );
    }
    // A 4th answer that would succeed: an error below proves the client stopped at 3.
    t.push_json(200, deleted_body(BACKUP_ID));
    let err = client(&t)
        .delete_backup(request(BACKUP_ID))
        .await
        .expect_err("throttled three times");
    let DeleteBackupError::Unmodeled(e) = &err else {
        panic!("expected Unmodeled, got {err:?}")
    };
    assert_eq!(e.code(), "ThrottlingException");
    assert_eq!(e.status(), 400);
    assert_eq!(e.message(), Some("Rate exceeded"));
    assert_eq!(t.request_count(), 3);
}

#[tokio::test]
async fn modeled_client_error_is_not_retried() {
    let t = MockTransport::new();
    t.push_json(
        400,
        json!({"__type": "BackupNotFound", "Message": "no such backup"}).to_string(),
    );
    t.push_json(200, deleted_body(BACKUP_ID));
    let err = client(&t)
        .delete_backup(request(BACKUP_ID))
        .await
        .expect_err("BackupNotFound");
    assert!(
        matches!(&err, DeleteBackupError::BackupNotFound(e) if e.message.as_deref() == Some("no such backup")),
        "{err:?}"
    );
    assert_eq!(t.request_count(), 1);
}

#[tokio::test]
async fn invalid_utf8_in_a_message_keeps_the_code() {
    let t = MockTransport::new();
    let mut body = br#"{"__type": "BackupNotFound", "Message": "no such "#.to_vec();
    body.extend_from_slice(b"\xff\xfe backup\"}");
    t.push(
        MockResponse::new(400)
            .header("content-type", "application/x-amz-json-1.1")
            .body(body),
    );
    let err = client_no_retry(&t)
        .delete_backup(request(BACKUP_ID))
        .await
        .expect_err("BackupNotFound");
    assert!(
        matches!(&err, DeleteBackupError::BackupNotFound(e)
            if e.message.as_deref() == Some("no such \u{fffd}\u{fffd} backup")),
        "the code survives and the bad bytes are replaced: {err:?}"
    );
}

// ---------------------------------------------------------------------------------------------
// Validation

#[tokio::test]
async fn missing_backup_id_is_rejected_before_sending() {
    let built = DeleteBackupRequest::builder().build();
    let e = built.expect_err("the builder refuses a missing BackupId");
    assert!(e.to_string().contains("BackupId"), "{e}");

    // The struct can still be made without it (serde, or a caller's Default-like path).
    let input: DeleteBackupRequest =
        serde_json::from_str("{}").expect("all members optional in serde");
    let t = MockTransport::new();
    t.push_json(200, deleted_body(BACKUP_ID));
    let err = client(&t)
        .delete_backup(input)
        .await
        .expect_err("BackupId is required");
    let DeleteBackupError::Validation(v) = &err else {
        panic!("expected Validation, got {err:?}")
    };
    assert_eq!(v.path, "BackupId");
    assert!(err.to_string().contains("BackupId"), "{err}");
    assert_eq!(t.request_count(), 0, "nothing is sent");
}

#[tokio::test]
async fn constraints_are_off_by_default() {
    let t = MockTransport::new();
    t.push_json(200, deleted_body("not-a-backup"));
    client(&t)
        .delete_backup(
            DeleteBackupRequest::builder()
                .backup_id("not-a-backup")
                .client_request_token("has spaces!")
                .build()
                .expect("BackupId is set"),
        )
        .await
        .expect("the service, not the client, judges the pattern");
    let req = only_request(&t);
    assert_eq!(
        req.body_json().expect("JSON body"),
        json!({"BackupId": "not-a-backup", "ClientRequestToken": "has spaces!"})
    );
}

#[tokio::test]
async fn constraints_on_reject_before_sending() {
    let t = MockTransport::new();
    let c = Client::new(mock::config(t.clone()).validate_constraints(true).build());
    for (id, token, path) in [
        ("not-a-backup", None, "BackupId"),
        ("backup-1", None, "BackupId"),
        ("backup-XYZXYZXYZXYZ", None, "BackupId"),
        (BACKUP_ID, Some("has spaces!"), "ClientRequestToken"),
        (BACKUP_ID, Some(""), "ClientRequestToken"),
    ] {
        let mut builder = DeleteBackupRequest::builder().backup_id(id);
        builder.client_request_token = token.map(str::to_owned);
        let input = builder.build().expect("BackupId is set");
        let err = c.delete_backup(input).await.expect_err("constraint broken");
        let DeleteBackupError::Validation(v) = &err else {
            panic!("{id:?}/{token:?}: expected Validation, got {err:?}")
        };
        assert_eq!(v.path, path, "{id:?}/{token:?}: {v}");
    }
    assert_eq!(t.request_count(), 0, "nothing is sent");

    // A valid input still goes through with the checks on.
    t.push_json(200, deleted_body(BACKUP_ID));
    c.delete_backup(request(BACKUP_ID))
        .await
        .expect("a valid BackupId and a UUID token pass");
    assert_eq!(t.request_count(), 1);
}

// ---------------------------------------------------------------------------------------------
// Secrets

#[test]
fn debug_never_shows_secrets() {
    let secret = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYzz9Secret";
    let session = "FwoGZXIvYXdzEXAMPLEsessionTOKEN";
    let creds = Credentials::new("AKIDSHOWN", secret, Some(session.to_owned()));
    let config = mock::config(MockTransport::new())
        .credentials(creds.clone())
        .build();
    let client = Client::new(config.clone());
    for shown in [
        format!("{creds:?}"),
        format!("{creds:#?}"),
        format!("{config:?}"),
        format!("{config:#?}"),
        format!("{client:?}"),
    ] {
        assert!(!shown.contains(secret), "secret leaked: {shown}");
        assert!(!shown.contains(session), "session token leaked: {shown}");
    }
    assert!(
        format!("{creds:?}").contains("AKIDSHOWN"),
        "the key id is fine to show"
    );
}

#[tokio::test]
async fn a_modeled_error_keeps_what_the_response_said() {
    let t = MockTransport::new();
    t.push(
        MockResponse::json(
            404,
            json!({"__type": "BackupNotFound", "message": "no such backup"}).to_string(),
        )
        .header("x-amzn-requestid", "req-404"),
    );
    let err = client_no_retry(&t)
        .delete_backup(request(BACKUP_ID))
        .await
        .expect_err("a 404");
    assert_eq!(err.code(), Some("BackupNotFound"));
    assert_eq!(err.request_id(), Some("req-404"));
    let DeleteBackupError::BackupNotFound(e) = &err else {
        panic!("expected BackupNotFound, got {err:?}")
    };
    assert_eq!(e.meta.code(), "BackupNotFound");
    assert_eq!(e.meta.message(), Some("no such backup"));
    assert_eq!(e.meta.request_id(), Some("req-404"));
    assert_eq!(e.meta.status(), 404);
    // Metadata describes the response, not the error: a hand-built error with the same members is equal.
    let built = fsx_delete_backup::types::BackupNotFound::builder()
        .message("no such backup")
        .build();
    assert_eq!(*e, built);
    assert_eq!(built.meta.status(), 0);
}
