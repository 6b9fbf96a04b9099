//! `@streaming` payloads through the whole client: bodies sent from files and readers and received as
//! they arrive, over the built-in transport against a server on 127.0.0.1 (back-pressure, the read
//! timeout mid-body, dropping a body early, retries) and through the mock transport.
#![cfg(feature = "default-https")]

mod stream_support;

use rt::mock::{MockResponse, MockTransport};
use rt::types::{ByteStream, CHUNK_SIZE};
use rt::{CallError, Credentials, DispatchErrorKind, Handle, RetryConfig, TimeoutConfig};
use smithy_runtime as rt;
use std::io::{Read, Write};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc;
use std::time::{Duration, Instant};
use stream_support::*;

const MIB: u64 = 1024 * 1024;

fn quick() -> TimeoutConfig {
    TimeoutConfig::new().read(Duration::from_secs(10))
}

#[tokio::test(flavor = "current_thread")]
async fn a_download_arrives_in_chunks_and_the_server_waits_for_the_reader() {
    let written = Arc::new(AtomicU64::new(0));
    let w = written.clone();
    let endpoint = serve(move |_, s| {
        w.store(0, Ordering::SeqCst);
        let _ = write_pattern(s, 64 * MIB, |n| w.store(n, Ordering::SeqCst));
    });
    let h = handle(&endpoint, quick(), RetryConfig::disabled());
    let out: GetObjectOutput = h.invoke(&GET, &get("big")).await.unwrap();
    assert_eq!(
        out.content_type.as_deref(),
        Some("application/octet-stream")
    );
    let mut body = out.body.expect("a streamed body");
    let first = body.next().await.unwrap().unwrap();
    assert_eq!(first, pattern(0, first.len()));

    // The reader pauses: the server gets only as far as the socket buffers and a few queued chunks.
    tokio::time::sleep(Duration::from_millis(500)).await;
    let ahead = written.load(Ordering::SeqCst);
    assert!(
        ahead < 32 * MIB,
        "the server wrote {ahead} bytes while the reader held one chunk: the body is being buffered"
    );

    let mut at = first.len() as u64;
    let mut chunks = 1;
    while let Some(chunk) = body.next().await {
        let chunk = chunk.unwrap();
        assert!(chunk.len() <= CHUNK_SIZE);
        assert!(chunk == pattern(at, chunk.len()), "bytes {at}.. differ");
        at += chunk.len() as u64;
        chunks += 1;
    }
    assert_eq!(at, 64 * MIB);
    assert!(
        chunks >= (64 * MIB) as usize / CHUNK_SIZE,
        "{chunks} chunks"
    );
}

#[tokio::test(flavor = "current_thread")]
async fn a_body_that_stalls_hits_the_read_timeout_between_chunks() {
    let endpoint = serve(|_, s| {
        let _ = write!(s, "HTTP/1.1 200 OK\r\nContent-Length: {}\r\n\r\n", MIB);
        let _ = s.write_all(&pattern(0, 100_000));
        let _ = s.flush();
        std::thread::sleep(Duration::from_secs(4));
    });
    let h = handle(
        &endpoint,
        TimeoutConfig::new().read(Duration::from_millis(300)),
        RetryConfig::disabled(),
    );
    let out: GetObjectOutput = h.invoke(&GET, &get("slow")).await.unwrap();
    let mut body = out.body.unwrap();
    let started = Instant::now();
    let mut got = 0;
    let err = loop {
        match body.next().await {
            Some(Ok(c)) => got += c.len(),
            Some(Err(e)) => break e,
            None => panic!(
                "the body ended without its last {} bytes",
                MIB as usize - got
            ),
        }
    };
    let took = started.elapsed();
    assert_eq!(got, 100_000, "what came before the stall is delivered");
    assert_eq!(err.kind(), std::io::ErrorKind::TimedOut, "{err}");
    assert!(err.to_string().contains("read timeout"), "{err}");
    assert!(took < Duration::from_secs(3), "the timeout took {took:?}");
}

#[tokio::test(flavor = "current_thread")]
async fn dropping_a_body_early_closes_the_connection() {
    let (tx, rx) = mpsc::channel();
    let endpoint = serve(move |_, s| {
        // A body far bigger than anyone reads: the write fails once the client is gone.
        let r = write_pattern(s, 1 << 40, |_| {});
        let _ = tx.send(r.is_err());
    });
    let h = handle(&endpoint, quick(), RetryConfig::disabled());
    let out: GetObjectOutput = h.invoke(&GET, &get("endless")).await.unwrap();
    let mut body = out.body.unwrap();
    assert!(body.next().await.unwrap().is_ok());
    drop(body);
    let failed = rx
        .recv_timeout(Duration::from_secs(10))
        .expect("the server's writes end once the body is dropped");
    assert!(failed, "the server saw its writes fail");
}

#[tokio::test(flavor = "current_thread")]
async fn a_file_upload_goes_out_with_its_length_and_the_signature_of_its_hash() {
    let file = TempFile::new("upload", 8 * MIB + 123);
    let (tx, rx) = mpsc::channel();
    let endpoint = serve(move |r, s| {
        let _ = s.write_all(b"HTTP/1.1 200 OK\r\nETag: \"e1\"\r\nContent-Length: 0\r\n\r\n");
        let _ = tx.send(r);
    });
    let h = handle(&endpoint, quick(), RetryConfig::disabled());
    let body = ByteStream::from_path(&file.0).unwrap();
    let out: PutObjectOutput = h.invoke(&PUT, &put("f", body)).await.unwrap();
    assert_eq!(out.etag.as_deref(), Some("\"e1\""));
    let from_file = rx.recv().unwrap();
    assert_eq!(from_file.body_len, 8 * MIB + 123);
    assert!(from_file.body_is_pattern);
    assert_eq!(
        from_file.header("content-length"),
        Some((8 * MIB + 123).to_string())
    );
    assert_eq!(
        from_file.header("content-type").as_deref(),
        Some("application/octet-stream")
    );

    // The same bytes from memory: the same signature (same clock), so the file's hash was signed.
    let bytes = std::fs::read(&file.0).unwrap();
    let _: PutObjectOutput = h
        .invoke(&PUT, &put("f", ByteStream::new(bytes)))
        .await
        .unwrap();
    let from_memory = rx.recv().unwrap();
    assert!(from_file.header("authorization").is_some());
    assert_eq!(
        from_file.header("authorization"),
        from_memory.header("authorization")
    );
}

#[tokio::test(flavor = "current_thread")]
async fn a_reader_of_unknown_length_is_sent_chunked_and_unsigned_where_the_service_allows() {
    let (tx, rx) = mpsc::channel();
    let endpoint = serve(move |r, s| {
        let _ = s.write_all(b"HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n");
        let _ = tx.send(r);
    });
    let h = handle_of(&S3_LIKE, &endpoint, quick(), RetryConfig::disabled());
    let reader = std::io::Cursor::new(pattern(0, 300_000));
    let _: PutObjectOutput = h
        .invoke(&PUT, &put("r", ByteStream::from_reader(reader, None)))
        .await
        .unwrap();
    let r = rx.recv().unwrap();
    assert_eq!(r.body_len, 300_000);
    assert!(r.body_is_pattern);
    assert_eq!(r.header("content-length"), None);
    assert_eq!(r.header("transfer-encoding").as_deref(), Some("chunked"));
    assert_eq!(
        r.header("x-amz-content-sha256").as_deref(),
        Some("UNSIGNED-PAYLOAD")
    );

    // A file to the same service: its length, still unsigned (it is not read twice).
    let file = TempFile::new("s3-upload", 70_000);
    let body = ByteStream::from_path(&file.0).unwrap();
    let _: PutObjectOutput = h.invoke(&PUT, &put("f", body)).await.unwrap();
    let r = rx.recv().unwrap();
    assert_eq!(r.header("content-length").as_deref(), Some("70000"));
    assert_eq!(
        r.header("x-amz-content-sha256").as_deref(),
        Some("UNSIGNED-PAYLOAD")
    );

    // A service that signs payloads gets a reader's bytes read first, and so their length and hash.
    let h = handle(&endpoint, quick(), RetryConfig::disabled());
    let reader = std::io::Cursor::new(pattern(0, 5000));
    let _: PutObjectOutput = h
        .invoke(&PUT, &put("r", ByteStream::from_reader(reader, None)))
        .await
        .unwrap();
    let r = rx.recv().unwrap();
    assert_eq!(r.header("content-length").as_deref(), Some("5000"));
    assert!(r.body_is_pattern);
}

#[tokio::test(flavor = "current_thread")]
async fn a_download_can_be_read_through_a_blocking_reader() {
    let endpoint = serve(|_, s| {
        let _ = write_pattern(s, 3 * MIB + 7, |_| {});
    });
    let h = handle(&endpoint, quick(), RetryConfig::disabled());
    let out: GetObjectOutput = h.invoke(&GET, &get("k")).await.unwrap();
    let body = out.body.unwrap();
    // A blocking read must not run on the executor's thread; a blocking client would do this.
    let read = std::thread::spawn(move || {
        let mut all = Vec::new();
        body.into_reader().read_to_end(&mut all).map(|_| all)
    })
    .join()
    .unwrap()
    .unwrap();
    assert_eq!(read.len() as u64, 3 * MIB + 7);
    assert!(read == pattern(0, read.len()));
}

fn mock_handle(mock: &MockTransport, retry: RetryConfig) -> Handle {
    mock_handle_of(&SERVICE, mock, retry)
}

fn mock_handle_of(
    service: &'static rt::ServiceMeta,
    mock: &MockTransport,
    retry: RetryConfig,
) -> Handle {
    Handle::new(
        service,
        rt::mock::config(mock.clone())
            .credentials(Credentials::new("AK", "SK", None))
            .retry(retry)
            .build(),
    )
}

#[test]
fn a_retry_opens_the_file_again_and_a_reader_is_not_retried() {
    let file = TempFile::new("retry", 200_000);
    let mock = MockTransport::new();
    mock.push(MockResponse::new(500))
        .push(MockResponse::new(200));
    let h = mock_handle(&mock, RetryConfig::standard());
    let body = ByteStream::from_path(&file.0).unwrap();
    let _: PutObjectOutput = futures_executor::block_on(h.invoke(&PUT, &put("f", body))).unwrap();
    let sent = mock.requests();
    assert_eq!(sent.len(), 2);
    for r in &sent {
        assert_eq!(r.body, pattern(0, 200_000));
        assert_eq!(r.header("content-length"), Some("200000"));
    }

    // Sent unsigned (S3's rules), a reader goes out as it is read, so it cannot be sent again.
    let mock = MockTransport::new();
    mock.push(MockResponse::new(500))
        .push(MockResponse::new(200));
    let h = mock_handle_of(&S3_LIKE, &mock, RetryConfig::standard());
    let body = ByteStream::from_reader(std::io::Cursor::new(pattern(0, 1000)), Some(1000));
    let err =
        futures_executor::block_on(h.invoke::<PutObjectOutput>(&PUT, &put("r", body))).unwrap_err();
    assert!(
        matches!(err, CallError::Service(ref e) if e.status() == 500),
        "{err:?}"
    );
    assert_eq!(mock.request_count(), 1, "a one-shot reader is sent once");
}

#[test]
fn the_mock_streams_a_body_the_test_feeds() {
    let (tx, stream) = ByteStream::channel();
    let mock = MockTransport::new();
    mock.push(
        MockResponse::new(200)
            .header("content-type", "text/plain")
            .body_stream(stream),
    );
    let h = mock_handle(&mock, RetryConfig::disabled());
    let out: GetObjectOutput = futures_executor::block_on(h.invoke(&GET, &get("k"))).unwrap();
    assert_eq!(out.content_type.as_deref(), Some("text/plain"));
    let mut body = out.body.unwrap();
    let feeder = std::thread::spawn(move || {
        for word in ["one ", "two ", "three"] {
            assert!(tx.send(word.as_bytes().to_vec()));
        }
        tx.fail(std::io::Error::new(
            std::io::ErrorKind::ConnectionReset,
            "cut",
        ));
    });
    let mut chunks = Vec::new();
    let err = loop {
        match futures_executor::block_on(body.next()) {
            Some(Ok(c)) => chunks.push(String::from_utf8(c).unwrap()),
            Some(Err(e)) => break e,
            None => panic!("the body ended without its error"),
        }
    };
    feeder.join().unwrap();
    assert_eq!(chunks, ["one ", "two ", "three"]);
    assert_eq!(err.kind(), std::io::ErrorKind::ConnectionReset);
}

#[test]
fn an_error_answer_to_a_streaming_call_is_read_whole() {
    let mock = MockTransport::new();
    mock.push(
        MockResponse::new(404)
            .header("x-amzn-errortype", "NoSuchKey")
            .body(r#"{"message":"gone"}"#),
    );
    let h = mock_handle(&mock, RetryConfig::disabled());
    match futures_executor::block_on(h.invoke::<GetObjectOutput>(&GET, &get("k"))) {
        Err(CallError::Service(e)) => {
            assert_eq!(e.code(), "NoSuchKey");
            assert_eq!(e.message(), Some("gone"));
        }
        other => panic!("expected the service error, got {other:?}"),
    }
}

#[test]
fn a_file_that_vanished_is_an_error_not_a_hang() {
    let file = TempFile::new("vanish", 10);
    let body = ByteStream::from_path(&file.0).unwrap();
    drop(file);
    let mock = MockTransport::new();
    mock.push(MockResponse::new(200));
    let h = mock_handle(&mock, RetryConfig::disabled());
    let err =
        futures_executor::block_on(h.invoke::<PutObjectOutput>(&PUT, &put("f", body))).unwrap_err();
    match err {
        CallError::Dispatch(e) => {
            assert_eq!(e.kind(), DispatchErrorKind::Serialization, "{e}");
            assert!(e.to_string().contains("cannot open"), "{e}");
        }
        other => panic!("expected a dispatch error, got {other:?}"),
    }
}

#[test]
fn a_mock_answer_framed_from_an_output_streams_its_file() {
    // What a generated crate's mock helpers do: the protocol frames an output value as the server would.
    let file = TempFile::new("mock-answer", 3 * CHUNK_SIZE as u64 + 5);
    let output = GetObjectOutput {
        content_type: Some("application/x-tar".into()),
        body: Some(ByteStream::from_path(&file.0).unwrap()),
    };
    let answer = SERVICE.protocol.mock_response(200, &output).unwrap();
    let mock = MockTransport::new();
    mock.push(answer);
    let h = mock_handle(&mock, RetryConfig::disabled());
    let out: GetObjectOutput = futures_executor::block_on(h.invoke(&GET, &get("k"))).unwrap();
    assert_eq!(out.content_type.as_deref(), Some("application/x-tar"));
    let mut body = out.body.unwrap();
    let mut chunks = 0;
    let mut all = Vec::new();
    while let Some(c) = futures_executor::block_on(body.next()) {
        all.extend(c.unwrap());
        chunks += 1;
    }
    assert_eq!(chunks, 4, "the file is read a chunk at a time");
    assert!(all == pattern(0, 3 * CHUNK_SIZE + 5));
}
