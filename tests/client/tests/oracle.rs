//! The generated client against botocore as an oracle: for the same DeleteBackup inputs,
//! botocore's awsJson serializer (ci/botocore-serialize.py) and our client (through the
//! in-memory transport) must put the same method, path, target, content type and JSON body on
//! the wire; and botocore's SigV4 signer (ci/sigv4-sign.py) must compute the same Authorization
//! header for the request we sent.
//!
//! Needs the venv of ci/setup-python.sh: `#[ignore]`d, run with `--include-ignored` (`.ci/run` does), and
//! then a failure when the venv is missing.

use client_tests::{missing, repo_root, venv_python};
use fsx_delete_backup::Client;
use fsx_delete_backup::types::DeleteBackupRequest;
use serde_json::{Value, json};
use smithy_runtime::mock::{self, MockTransport, RecordedRequest};
use smithy_runtime::{Credentials, FixedToken};
use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::time::{Duration, SystemTime};

const FIXED_TOKEN: &str = "oracle-fixed-token-0001";

fn python() -> PathBuf {
    venv_python().unwrap_or_else(|| {
        missing(
            &format!("{}/.venv/bin/python not found", repo_root().display()),
            "bash ci/setup-python.sh",
        )
    })
}

/// Runs `ci/<script>` with the venv's python, `input` on stdin; returns its JSON stdout.
fn run_script(python: &PathBuf, script: &str, input: &Value) -> Vec<Value> {
    let path = repo_root().join("ci").join(script);
    let mut child = Command::new(python)
        .arg(&path)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("cannot run {} {}: {e}", python.display(), path.display()));
    child
        .stdin
        .take()
        .expect("stdin was piped above")
        .write_all(input.to_string().as_bytes())
        .unwrap_or_else(|e| panic!("cannot write to {script}: {e}"));
    let out = child
        .wait_with_output()
        .unwrap_or_else(|e| panic!("{script} did not finish: {e}"));
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{script} failed ({}): {}",
        out.status,
        String::from_utf8_lossy(&out.stderr)
    );
    let v: Value = serde_json::from_str(&stdout)
        .unwrap_or_else(|e| panic!("{script} printed no JSON ({e}): {stdout}"));
    let Value::Array(items) = v else {
        panic!("{script} printed no JSON list: {stdout}")
    };
    for (i, item) in items.iter().enumerate() {
        assert!(
            item.get("error").is_none(),
            "{script} refused case {i}: {item}"
        );
    }
    items
}

/// (backup id, caller token). A `None` token is filled by the fixed provider on our side and
/// given explicitly to botocore, whose serializer leaves idempotency tokens to client handlers.
fn cases() -> Vec<(String, Option<String>)> {
    vec![
        ("backup-0123456789abcdef0".into(), None),
        (
            "backup-0123456789abcdef0".into(),
            Some("caller-token".into()),
        ),
        ("backup-ünïcødé-日本語-✓".into(), None),
        (
            "backup-🦀-astral-plane-𝄞".into(),
            Some("tøken-ünicode".into()),
        ),
        (
            "backup-\"quoted\"\\back\\slash\n\ttab\u{1}".into(),
            Some("ctl-\u{7f}-\u{2028}".into()),
        ),
        ("backup-0123456789abcdef0".into(), Some("t".repeat(63))),
        ("backup-0123456789abcdef0".into(), Some("x".repeat(4096))),
        (format!("backup-{}", "f".repeat(121)), None),
    ]
}

fn client(t: &MockTransport, creds: Credentials) -> Client {
    Client::new(
        mock::config(t.clone())
            .credentials(creds)
            .idempotency_token_provider(FixedToken::new(FIXED_TOKEN))
            .clock(pinned_clock)
            .build(),
    )
}

/// 2023-11-14T22:13:20Z: stable X-Amz-Date so both signers sign the same instant.
fn pinned_clock() -> SystemTime {
    SystemTime::UNIX_EPOCH + Duration::from_secs(1_700_000_000)
}

/// Sends every case through our client and returns what the mock recorded, in order.
async fn send_all(creds: Credentials) -> Vec<RecordedRequest> {
    let t = MockTransport::new();
    let c = client(&t, creds);
    for (id, token) in cases() {
        t.push_json(200, "{}");
        let mut builder = DeleteBackupRequest::builder().backup_id(id);
        builder.client_request_token = token;
        let input = builder.build().expect("BackupId is set");
        c.delete_backup(input).await.expect("the mock answers 200");
    }
    let reqs = t.requests();
    assert_eq!(reqs.len(), cases().len());
    reqs
}

#[tokio::test]
#[ignore = "oracle: needs the Python venv with botocore (bash ci/setup-python.sh); run with --include-ignored"]
async fn same_wire_request_as_botocore() {
    let python = python();
    let input: Vec<Value> = cases()
        .into_iter()
        .map(|(id, token)| {
            json!({
                "service": "fsx",
                "operation": "DeleteBackup",
                "params": {
                    "BackupId": id,
                    "ClientRequestToken": token.unwrap_or_else(|| FIXED_TOKEN.to_owned()),
                },
            })
        })
        .collect();
    let expected = run_script(&python, "botocore-serialize.py", &Value::Array(input));
    let ours = send_all(Credentials::new("AKIDMOCK", "mock-secret", None)).await;
    assert_eq!(expected.len(), ours.len());
    for (i, (want, got)) in expected.iter().zip(&ours).enumerate() {
        let ctx = format!("case {i} {:?}", cases()[i]);
        assert_eq!(Some(got.method.as_str()), want["method"].as_str(), "{ctx}");
        assert_eq!(Some(got.path()), want["url_path"].as_str(), "{ctx}");
        assert_eq!(want["query"].as_str(), Some(""), "{ctx}");
        assert!(
            !got.uri.contains('?'),
            "no query string: {} ({ctx})",
            got.uri
        );
        for h in ["X-Amz-Target", "Content-Type"] {
            assert_eq!(got.header(h), want["headers"][h].as_str(), "{h} ({ctx})");
        }
        let body = got
            .body_json()
            .unwrap_or_else(|e| panic!("our body is not JSON ({e}): {} ({ctx})", got.body_str()));
        assert_eq!(body, want["body"], "{ctx}");
    }
}

#[tokio::test]
#[ignore = "oracle: needs the Python venv with botocore (bash ci/setup-python.sh); run with --include-ignored"]
async fn same_signature_as_botocore() {
    let python = python();
    for creds in [
        Credentials::new(
            "AKIDEXAMPLE",
            "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY",
            None,
        ),
        Credentials::new(
            "ASIAEXAMPLE",
            "another/secret+key",
            Some("FwoGZXIvYXdzEXAMPLE//session+token=".to_owned()),
        ),
    ] {
        let ours = send_all(creds.clone()).await;
        let input: Vec<Value> = ours
            .iter()
            .map(|r| {
                let auth = r.header("authorization").expect("signed");
                let signed = auth
                    .split("SignedHeaders=")
                    .nth(1)
                    .and_then(|s| s.split(',').next())
                    .expect("SignedHeaders in Authorization");
                // Give botocore exactly the headers our signer covered.
                let headers: serde_json::Map<String, Value> = signed
                    .split(';')
                    .map(|h| {
                        let v = r
                            .header(h)
                            .unwrap_or_else(|| panic!("signed header {h} was not sent"));
                        (h.to_owned(), json!(v))
                    })
                    .collect();
                json!({
                    "method": r.method,
                    "url": r.uri,
                    "headers": headers,
                    "body": r.body_str(),
                    "service": "fsx",
                    "region": "us-east-1",
                    "access_key": creds.access_key_id(),
                    "secret_key": creds.secret_access_key(),
                    "session_token": creds.session_token(),
                    "timestamp": r.header("x-amz-date").expect("X-Amz-Date is sent"),
                })
            })
            .collect();
        let expected = run_script(&python, "sigv4-sign.py", &Value::Array(input));
        for (i, (want, got)) in expected.iter().zip(&ours).enumerate() {
            assert_eq!(got.header("x-amz-date"), Some("20231114T221320Z"));
            assert_eq!(
                got.header("x-amz-security-token"),
                creds.session_token(),
                "case {i}"
            );
            assert_eq!(
                got.header("authorization"),
                want["authorization"].as_str(),
                "case {i} {:?}; botocore's canonical request:\n{}",
                cases()[i],
                want["canonical_request"].as_str().unwrap_or("?")
            );
        }
    }
}
