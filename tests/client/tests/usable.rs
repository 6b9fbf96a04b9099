//! Using a generated client the ways issue 16 asks for: the `blocking` client from plain functions (no
//! async runtime anywhere in this file), the request hook, and errors that read well in a chain.

use std::io::{Read, Write};
use std::net::TcpListener;
use std::sync::{Arc, Mutex};

use fsx_delete_backup::blocking::Client as BlockingClient;
use fsx_delete_backup::operation::DeleteBackupError;
use fsx_delete_backup::types::{BackupLifecycle, DeleteBackupRequest};
use smithy_runtime::mock::{self, MockResponse, MockTransport};
use smithy_runtime::{Config, Credentials, RequestReport, RetryConfig};

fn request(id: &str) -> DeleteBackupRequest {
    DeleteBackupRequest::builder()
        .backup_id(id)
        .build()
        .expect("BackupId is set")
}

#[test]
fn the_blocking_client_calls_without_an_async_runtime() {
    let transport = MockTransport::new();
    transport.push_json(
        500,
        r#"{"__type":"InternalServerError","message":"try again"}"#,
    );
    transport.push_json(200, r#"{"BackupId":"backup-1","Lifecycle":"DELETED"}"#);
    let client = BlockingClient::new(mock::config(transport.clone()).build());
    let out = client
        .delete_backup(request("backup-1"))
        .expect("deleted after one retry");
    assert_eq!(out.lifecycle, Some(BackupLifecycle::Deleted));
    assert_eq!(transport.request_count(), 2);

    transport.push_json(
        400,
        r#"{"__type":"BackupNotFound","Message":"gone for good"}"#,
    );
    match client.delete_backup(request("backup-2")) {
        Err(DeleteBackupError::BackupNotFound(e)) => {
            assert_eq!(e.to_string(), "BackupNotFound: gone for good")
        }
        other => panic!("expected BackupNotFound, got {other:?}"),
    }
}

/// An HTTP server on 127.0.0.1 answering each connection with `response` once.
fn serve(responses: Vec<&'static str>) -> (String, std::thread::JoinHandle<Vec<String>>) {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
    let url = format!("http://{}", listener.local_addr().unwrap());
    let handle = std::thread::spawn(move || {
        let mut seen = Vec::new();
        for response in responses {
            let (mut s, _) = listener.accept().expect("accept");
            let mut buf = vec![0u8; 64 * 1024];
            let mut got = Vec::new();
            // Headers, then the Content-Length bytes of body.
            loop {
                let n = s.read(&mut buf).expect("read");
                got.extend_from_slice(&buf[..n]);
                let text = String::from_utf8_lossy(&got).to_string();
                if let Some(end) = text.find("\r\n\r\n") {
                    let len = text[..end]
                        .lines()
                        .find_map(|l| {
                            l.to_ascii_lowercase()
                                .strip_prefix("content-length:")
                                .map(|v| v.trim().parse::<usize>().unwrap())
                        })
                        .unwrap_or(0);
                    if got.len() >= end + 4 + len || n == 0 {
                        seen.push(text);
                        break;
                    }
                }
                if n == 0 {
                    break;
                }
            }
            s.write_all(response.as_bytes()).expect("write");
        }
        seen
    });
    (url, handle)
}

#[test]
fn the_blocking_client_over_real_http_with_the_request_hook() {
    let body = r#"{"BackupId":"backup-9","Lifecycle":"DELETED"}"#;
    let ok: &'static str = Box::leak(
        format!(
            "HTTP/1.1 200 OK\r\nContent-Type: application/x-amz-json-1.1\r\nx-amzn-RequestId: req-2\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
            body.len()
        )
        .into_boxed_str(),
    );
    let busy = "HTTP/1.1 503 Service Unavailable\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";
    let (url, server) = serve(vec![busy, ok]);
    let reports: Arc<Mutex<Vec<RequestReport>>> = Arc::default();
    let sink = reports.clone();
    let config = Config::builder()
        .region("us-east-1")
        .credentials(Credentials::new(
            "AKIDEXAMPLE",
            "wJalrXUtnFEMI/K7MDENG",
            Some("SESSION-TOKEN".into()),
        ))
        .endpoint_url(url.clone())
        .retry(
            RetryConfig::standard()
                .max_attempts(2)
                .base_delay(std::time::Duration::from_millis(1)),
        )
        .on_request(move |r| sink.lock().unwrap().push(r.clone()))
        .build();
    let client = BlockingClient::new(config);
    let out = client
        .delete_backup(request("backup-9"))
        .expect("the second attempt succeeds");
    assert_eq!(out.backup_id.as_deref(), Some("backup-9"));
    let sent = server.join().expect("server");
    assert_eq!(sent.len(), 2);

    let reports = reports.lock().unwrap().clone();
    assert_eq!(reports.len(), 2, "{reports:#?}");
    for (i, (r, status)) in reports.iter().zip([503, 200]).enumerate() {
        assert_eq!(r.attempt, i as u32 + 1);
        assert_eq!(r.status, Some(status));
        assert_eq!(r.method, "POST");
        assert_eq!((r.service, r.operation), ("FSx", "DeleteBackup"));
        assert!(r.url.starts_with(&url), "{}", r.url);
        let shown = format!("{r} {r:?}");
        assert!(
            !shown.contains("wJalrXUtnFEMI") && !shown.contains("SESSION-TOKEN"),
            "{shown}"
        );
    }
    assert_eq!(reports[1].request_id.as_deref(), Some("req-2"));
    assert!(
        reports[1]
            .to_string()
            .contains("FSx.DeleteBackup POST http://127.0.0.1:"),
        "{}",
        reports[1]
    );
}

#[test]
fn the_hook_reports_transport_failures_too() {
    let transport = MockTransport::never_responds();
    let reports: Arc<Mutex<Vec<RequestReport>>> = Arc::default();
    let sink = reports.clone();
    let config = mock::config(transport)
        .retry(RetryConfig::disabled())
        .timeouts(
            smithy_runtime::TimeoutConfig::new().attempt(std::time::Duration::from_millis(50)),
        )
        .on_request(move |r| sink.lock().unwrap().push(r.clone()))
        .build();
    let err = BlockingClient::new(config)
        .delete_backup(request("backup-3"))
        .expect_err("the attempt times out");
    assert!(matches!(err, DeleteBackupError::Dispatch(_)), "{err:?}");
    let reports = reports.lock().unwrap();
    assert_eq!(reports.len(), 1, "{reports:#?}");
    assert_eq!(reports[0].status, None);
    let why = reports[0].error.as_deref().unwrap_or_default();
    assert!(why.contains("timed out"), "{why}");
    assert!(
        reports[0]
            .to_string()
            .contains("attempt 1 -> failed (attempt timed out"),
        "{}",
        reports[0]
    );
}

#[test]
fn an_error_chain_names_each_message_once() {
    let transport = MockTransport::new();
    transport.push(
        MockResponse::json(
            400,
            r#"{"__type":"SomethingNew","message":"not in the model"}"#,
        )
        .header("x-amzn-requestid", "r-1"),
    );
    let client = BlockingClient::new(
        mock::config(transport)
            .retry(RetryConfig::disabled())
            .build(),
    );
    let err = client
        .delete_backup(request("backup-4"))
        .expect_err("an unmodeled error");
    let mut chain = Vec::new();
    let mut cur: Option<&(dyn std::error::Error + 'static)> = Some(&err);
    while let Some(e) = cur {
        chain.push(e.to_string());
        cur = e.source();
    }
    assert_eq!(
        chain,
        ["SomethingNew: not in the model (FSx, HTTP 400, request id r-1)"]
    );
}
