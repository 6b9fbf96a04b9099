//! The built-in HTTPS transport against a real socket: a tiny HTTP/1.1 server on 127.0.0.1.
#![cfg(feature = "default-https")]

mod common;

use rt::{
    Config, Credentials, DispatchErrorKind, Handle, OperationMeta, RetryConfig, ServiceMeta,
    TimeoutConfig,
};
use smithy_runtime as rt;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpListener;
use std::sync::mpsc;
use std::time::Duration;

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

/// Answers one connection with `response` and hands back the request it read.
fn serve_once(response: &'static str) -> (String, mpsc::Receiver<(String, Vec<u8>)>) {
    let listener =
        TcpListener::bind("127.0.0.1:0").expect("bind a loopback port for the test server");
    let addr = listener
        .local_addr()
        .expect("local address of the test server");
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let Ok((stream, _)) = listener.accept() else {
            return;
        };
        let _ = stream.set_read_timeout(Some(Duration::from_secs(10)));
        let mut reader = BufReader::new(stream);
        let Some((head, body)) = read_request(&mut reader) else {
            return;
        };
        let mut stream = reader.into_inner();
        let _ = stream.write_all(response.as_bytes());
        let _ = stream.flush();
        let _ = tx.send((head, body));
    });
    (format!("http://{addr}"), rx)
}

fn handle(endpoint: &str, timeouts: TimeoutConfig) -> Handle {
    let cfg = Config::builder()
        .endpoint_url(endpoint)
        .region("us-east-1")
        .credentials(Credentials::new("AK", "secret", None))
        .retry(RetryConfig::disabled())
        .timeouts(timeouts)
        .build();
    Handle::new(&SVC, cfg)
}

#[tokio::test(flavor = "current_thread")]
async fn a_real_request_over_tcp() {
    let (url, rx) = serve_once(
        "HTTP/1.1 200 OK\r\nContent-Type: application/x-amz-json-1.1\r\nx-amzn-RequestId: rid-7\r\nContent-Length: 42\r\nConnection: close\r\n\r\n{\"BackupId\":\"backup-1\",\"Lifecycle\":\"DELE\"}",
    );
    let h = handle(&url, TimeoutConfig::new());
    let mut resp = common::send_json(&h, &OP, br#"{"BackupId":"backup-1"}"#)
        .await
        .unwrap();
    assert_eq!(resp.status, 200);
    assert_eq!(resp.request_id.as_deref(), Some("rid-7"));
    let mut out: Option<rt::types::Document> = None;
    rt::protocol::Protocol::read_output(&rt::protocol::AWS_JSON_1_1, &mut resp, &mut out).unwrap();
    let out = out.unwrap();
    assert_eq!(
        out.get("BackupId").and_then(|v| v.as_str()),
        Some("backup-1")
    );

    let (head, body) = rx
        .recv_timeout(Duration::from_secs(10))
        .expect("the server saw a request");
    let lower = head.to_ascii_lowercase();
    assert!(head.starts_with("POST / HTTP/1.1\r\n"), "{head}");
    assert!(
        lower.contains("x-amz-target: awssimbaapiservice_v20180301.deletebackup\r\n"),
        "{head}"
    );
    assert!(
        lower.contains("content-type: application/x-amz-json-1.1\r\n"),
        "{head}"
    );
    assert!(
        lower.contains("authorization: aws4-hmac-sha256 credential=ak/"),
        "{head}"
    );
    assert!(
        lower.contains(&format!("host: {}\r\n", url.trim_start_matches("http://"))),
        "{head}"
    );
    assert_eq!(body, br#"{"BackupId":"backup-1"}"#);
}

#[tokio::test(flavor = "current_thread")]
async fn an_error_page_over_tcp() {
    let (url, _rx) = serve_once(
        "HTTP/1.1 400 Bad Request\r\nContent-Type: text/html\r\nX-Amzn-ErrorType: BackupNotFound:http://internal.amazon.com/\r\nContent-Length: 13\r\nConnection: close\r\n\r\n<html></html>",
    );
    let h = handle(&url, TimeoutConfig::new());
    let e = common::send_json(&h, &OP, b"").await.unwrap_err();
    let e = e.as_service().expect("a service error");
    assert_eq!(
        (e.code(), e.status(), e.body()),
        ("BackupNotFound", 400, &b"<html></html>"[..])
    );
}

#[tokio::test(flavor = "current_thread")]
async fn connection_refused_is_a_transport_error() {
    let port = {
        let l = TcpListener::bind("127.0.0.1:0").expect("bind a loopback port");
        l.local_addr().expect("local address").port()
    };
    let h = handle(&format!("http://127.0.0.1:{port}"), TimeoutConfig::new());
    let e = common::send_json(&h, &OP, b"").await.unwrap_err();
    assert_eq!(
        e.as_dispatch().map(|d| d.kind()),
        Some(DispatchErrorKind::Transport),
        "{e}"
    ); // The one-line message names the root cause, not only "client error (Connect)".
    assert!(e.to_string().to_lowercase().contains("refused"), "{e}");
}

#[tokio::test(flavor = "current_thread")]
async fn a_silent_server_times_out() {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind a loopback port");
    let url = format!("http://{}", listener.local_addr().expect("local address"));
    // Accepts (through the OS backlog) but never answers.
    let h = handle(
        &url,
        TimeoutConfig::new().attempt(Duration::from_millis(200)),
    );
    let e = common::send_json(&h, &OP, b"").await.unwrap_err();
    assert_eq!(
        e.as_dispatch().map(|d| d.kind()),
        Some(DispatchErrorKind::Timeout),
        "{e}"
    );
    drop(listener);
}

/// Issue 16: a server that accepts and never answers must not hang the call. The read timeout (60 s
/// by default, shortened here) ends each attempt, the attempt is retried as a timeout, and the call
/// fails with a timeout error after the configured attempts.
#[tokio::test(flavor = "current_thread")]
async fn a_server_that_never_sends_a_byte_hits_the_read_timeout_and_is_retried() {
    assert_eq!(
        TimeoutConfig::default().get_read(),
        Some(Duration::from_secs(60))
    );
    assert_eq!(
        TimeoutConfig::default().get_connect(),
        Some(Duration::from_millis(3100))
    );
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind a loopback port");
    let url = format!("http://{}", listener.local_addr().expect("local address"));
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let mut open = Vec::new();
        for stream in listener.incoming().flatten() {
            // Read the request, answer nothing, keep the connection open.
            let _ = tx.send(());
            open.push(stream);
        }
    });
    let cfg = Config::builder()
        .endpoint_url(&url)
        .region("us-east-1")
        .credentials(Credentials::new("AK", "secret", None))
        .retry(
            RetryConfig::standard()
                .max_attempts(2)
                .base_delay(Duration::ZERO),
        )
        .timeouts(TimeoutConfig::new().read(Duration::from_millis(300)))
        .build();
    let started = std::time::Instant::now();
    let h = Handle::new(&SVC, cfg);
    // Without a read timeout the call would wait forever: bound the test itself.
    let e = tokio::time::timeout(Duration::from_secs(10), common::send_json(&h, &OP, b""))
        .await
        .expect("the call ended on its own")
        .unwrap_err();
    let took = started.elapsed();
    let d = e.as_dispatch().expect("a dispatch error");
    assert_eq!(d.kind(), DispatchErrorKind::Timeout, "{e}");
    assert!(d.is_timeout());
    assert!(e.to_string().contains("timed out"), "{e}");
    assert!(
        took >= Duration::from_millis(600) && took < Duration::from_secs(5),
        "{took:?}"
    );
    let attempts = std::iter::from_fn(|| rx.recv_timeout(Duration::from_millis(100)).ok()).count();
    assert_eq!(attempts, 2, "the timed-out attempt was retried");
}

/// Reads one request (head and body) from `reader`; `None` when the peer closed the connection.
fn read_request(reader: &mut BufReader<std::net::TcpStream>) -> Option<(String, Vec<u8>)> {
    let mut head = String::new();
    let mut content_length = 0usize;
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line).ok()? == 0 {
            return None;
        }
        if let Some(v) = line.to_ascii_lowercase().strip_prefix("content-length:") {
            content_length = v.trim().parse().unwrap_or(0);
        }
        let end = line == "\r\n";
        head.push_str(&line);
        if end {
            break;
        }
    }
    let mut body = vec![0; content_length];
    reader.read_exact(&mut body).ok()?;
    Some((head, body))
}

#[tokio::test(flavor = "current_thread")]
async fn calls_reuse_a_kept_alive_connection() {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind a loopback port");
    let url = format!("http://{}", listener.local_addr().expect("local address"));
    // One connection is accepted, then the listener is gone: a second connection would be refused.
    let server = std::thread::spawn(move || {
        let (stream, _) = listener.accept().expect("the first connection");
        drop(listener);
        let _ = stream.set_read_timeout(Some(Duration::from_secs(10)));
        let mut reader = BufReader::new(stream);
        let mut served = 0;
        while served < 3 && read_request(&mut reader).is_some() {
            let body = format!("{{\"BackupId\":\"backup-{served}\"}}");
            let answer = format!(
                "HTTP/1.1 200 OK\r\ncontent-type: application/x-amz-json-1.1\r\ncontent-length: {}\r\n\r\n{body}",
                body.len()
            );
            let stream = reader.get_mut();
            stream.write_all(answer.as_bytes()).expect("answer");
            stream.flush().expect("flush");
            served += 1;
        }
        served
    });
    let h = handle(&url, TimeoutConfig::new().attempt(Duration::from_secs(10)));
    for i in 0..3 {
        let resp = common::send_json(&h, &OP, b"{}")
            .await
            .expect("a call on the kept-alive connection");
        assert_eq!(
            resp.body,
            format!("{{\"BackupId\":\"backup-{i}\"}}").into_bytes()
        );
    }
    drop(h);
    assert_eq!(server.join().expect("the server thread"), 3);
}
