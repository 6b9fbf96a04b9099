//! `@httpChecksum` on a streamed upload through the whole client: S3 takes streamed bodies unsigned, so
//! a file goes out aws-chunked with its checksum in the trailer (computed while it is sent); a body in
//! memory keeps the checksum header; a service that signs the payload gets no aws-chunked body. A
//! streamed download whose call asked for validation is checked as it is read. Live: moto's S3 takes
//! the aws-chunked upload, and gives the trailer's checksum back on a validated download.
#![cfg(feature = "default-https")]

mod stream_support;

use rt::mock::{MockResponse, MockTransport, RecordedRequest};
use rt::types::ByteStream;
use rt::{Credentials, Handle, HttpBinding, HttpChecksum, OperationMeta, RetryConfig, UriPart};
use smithy_runtime as rt;
use stream_support::*;

static PUT_CHECKED: OperationMeta = OperationMeta {
    http: HttpBinding::new(
        "PUT",
        &[UriPart::Literal("/objects/"), UriPart::Label(0)],
        200,
    )
    .http_checksum(HttpChecksum {
        algorithm_header: Some("x-amz-sdk-checksum-algorithm"),
        required: false,
        validation_header: None,
        response_algorithms: &[],
    }),
    ..PUT
};

static GET_CHECKED: OperationMeta = OperationMeta {
    http: HttpBinding::new(
        "GET",
        &[UriPart::Literal("/objects/"), UriPart::Label(0)],
        200,
    )
    .http_checksum(HttpChecksum {
        algorithm_header: None,
        required: false,
        validation_header: Some("x-amz-checksum-mode"),
        response_algorithms: &["CRC64NVME", "CRC32", "CRC32C", "SHA256", "SHA1"],
    }),
    ..GET
};

fn mock_handle(service: &'static rt::ServiceMeta, mock: &MockTransport) -> Handle {
    Handle::new(
        service,
        rt::mock::config(mock.clone())
            .credentials(Credentials::new("AK", "SK", None))
            .retry(RetryConfig::standard())
            .build(),
    )
}

/// CRC-32 (ISO-HDLC) bit by bit, as an oracle independent of the runtime's table-driven one.
fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = !0u32;
    for &b in bytes {
        crc ^= u32::from(b);
        for _ in 0..8 {
            crc = if crc & 1 == 1 {
                (crc >> 1) ^ 0xEDB8_8320
            } else {
                crc >> 1
            };
        }
    }
    !crc
}

fn base64(bytes: &[u8]) -> String {
    rt::types::Blob::from(bytes).to_base64()
}

/// Decodes an aws-chunked body: its data, the sizes of its chunks, and its trailer lines.
fn decode(mut body: &[u8]) -> (Vec<u8>, Vec<usize>, Vec<String>) {
    let mut data = Vec::new();
    let mut sizes = Vec::new();
    loop {
        let eol = body
            .windows(2)
            .position(|w| w == b"\r\n")
            .expect("a chunk size line");
        let size = usize::from_str_radix(std::str::from_utf8(&body[..eol]).unwrap(), 16).unwrap();
        body = &body[eol + 2..];
        if size == 0 {
            break;
        }
        sizes.push(size);
        data.extend_from_slice(&body[..size]);
        assert_eq!(&body[size..size + 2], b"\r\n", "a chunk ends with CRLF");
        body = &body[size + 2..];
    }
    let rest = std::str::from_utf8(body).unwrap();
    assert!(
        rest.ends_with("\r\n\r\n"),
        "the trailer ends with an empty line: {rest:?}"
    );
    let trailers = rest[..rest.len() - 4]
        .split("\r\n")
        .map(str::to_owned)
        .collect();
    (data, sizes, trailers)
}

fn assert_aws_chunked(r: &RecordedRequest, expected: &[u8]) {
    assert_eq!(r.header("content-encoding"), Some("aws-chunked"));
    assert_eq!(
        r.header("x-amz-decoded-content-length"),
        Some(expected.len().to_string().as_str())
    );
    assert_eq!(r.header("x-amz-trailer"), Some("x-amz-checksum-crc32"));
    assert_eq!(
        r.header("x-amz-content-sha256"),
        Some("STREAMING-UNSIGNED-PAYLOAD-TRAILER")
    );
    assert_eq!(r.header("x-amz-sdk-checksum-algorithm"), Some("CRC32"));
    assert_eq!(
        r.header("x-amz-checksum-crc32"),
        None,
        "the checksum is in the trailer"
    );
    assert_eq!(
        r.header("content-length"),
        Some(r.body.len().to_string().as_str()),
        "the encoded length was announced"
    );
    let auth = r.header("authorization").unwrap();
    assert!(auth.contains("x-amz-decoded-content-length"), "{auth}");
    assert!(auth.contains("x-amz-trailer"), "{auth}");
    let (data, sizes, trailers) = decode(&r.body);
    assert!(data == expected, "the decoded body is the file");
    let (last, full) = sizes.split_last().unwrap();
    assert!(
        full.iter().all(|&n| n == rt::types::CHUNK_SIZE),
        "{sizes:?}"
    );
    assert!(*last <= rt::types::CHUNK_SIZE);
    assert_eq!(
        trailers,
        [format!(
            "x-amz-checksum-crc32:{}",
            base64(&crc32(expected).to_be_bytes())
        )]
    );
}

#[test]
fn a_streamed_file_goes_aws_chunked_with_its_crc32_in_the_trailer_on_every_attempt() {
    let file = TempFile::new("aws-chunked", 200_000);
    let mock = MockTransport::new();
    mock.push(MockResponse::new(500))
        .push(MockResponse::new(200));
    let h = mock_handle(&S3_LIKE, &mock);
    let body = ByteStream::from_path(&file.0).unwrap();
    let _: PutObjectOutput =
        futures_executor::block_on(h.invoke(&PUT_CHECKED, &put("f", body))).unwrap();
    let sent = mock.requests();
    assert_eq!(sent.len(), 2, "the 500 is retried");
    let expected = pattern(0, 200_000);
    for r in &sent {
        assert_aws_chunked(r, &expected);
    }
    assert_eq!(
        sent[0].body, sent[1].body,
        "the retry sends the same encoding"
    );
}

#[test]
fn a_reader_of_known_length_goes_aws_chunked_and_one_that_ends_early_fails_the_call() {
    let mock = MockTransport::new();
    mock.push(MockResponse::new(200));
    let h = mock_handle(&S3_LIKE, &mock);
    let body = ByteStream::from_reader(std::io::Cursor::new(pattern(0, 70_000)), Some(70_000));
    let _: PutObjectOutput =
        futures_executor::block_on(h.invoke(&PUT_CHECKED, &put("r", body))).unwrap();
    assert_aws_chunked(&mock.last_request().unwrap(), &pattern(0, 70_000));

    let mock = MockTransport::new();
    mock.push(MockResponse::new(200));
    let h = mock_handle(&S3_LIKE, &mock);
    let body = ByteStream::from_reader(std::io::Cursor::new(pattern(0, 1_000)), Some(5_000));
    let err =
        futures_executor::block_on(h.invoke::<PutObjectOutput>(&PUT_CHECKED, &put("r", body)))
            .unwrap_err();
    assert!(
        err.to_string()
            .contains("ended after 1000 of the 5000 bytes"),
        "{err}"
    );
}

#[test]
fn a_body_in_memory_keeps_the_checksum_header_and_a_signed_service_gets_no_trailer() {
    let mock = MockTransport::new();
    mock.push(MockResponse::new(200));
    let h = mock_handle(&S3_LIKE, &mock);
    let body = ByteStream::new(b"Hello world".to_vec());
    let _: PutObjectOutput =
        futures_executor::block_on(h.invoke(&PUT_CHECKED, &put("m", body))).unwrap();
    let r = mock.last_request().unwrap();
    assert_eq!(r.header("x-amz-checksum-crc32"), Some("i9aeUg=="));
    assert_eq!(r.header("content-encoding"), None);
    assert_eq!(r.header("x-amz-trailer"), None);
    assert_eq!(r.body, b"Hello world");

    // A service that signs the payload hash reads a file for it; the trailer is S3's unsigned form.
    let file = TempFile::new("signed", 1_000);
    let mock = MockTransport::new();
    mock.push(MockResponse::new(200));
    let h = mock_handle(&SERVICE, &mock);
    let body = ByteStream::from_path(&file.0).unwrap();
    let _: PutObjectOutput =
        futures_executor::block_on(h.invoke(&PUT_CHECKED, &put("s", body))).unwrap();
    let r = mock.last_request().unwrap();
    assert_eq!(r.header("content-encoding"), None);
    assert_eq!(r.header("x-amz-trailer"), None);
    assert_eq!(r.body, pattern(0, 1_000));
}

fn download(
    mock: &MockTransport,
    mode: Option<&str>,
    policy: rt::ChecksumPolicy,
) -> (Vec<u8>, Option<std::io::Error>) {
    let h = Handle::new(
        &S3_LIKE,
        rt::mock::config(mock.clone())
            .credentials(Credentials::new("AK", "SK", None))
            .response_checksum_validation(policy)
            .build(),
    );
    let input = CheckedGetInput {
        key: Some("k".into()),
        checksum_mode: mode.map(str::to_owned),
    };
    let out: GetObjectOutput = futures_executor::block_on(h.invoke(&GET_CHECKED, &input)).unwrap();
    let mut body = out.body.expect("a streamed body");
    let mut got = Vec::new();
    loop {
        match futures_executor::block_on(body.next()) {
            Some(Ok(c)) => got.extend_from_slice(&c),
            Some(Err(e)) => return (got, Some(e)),
            None => return (got, None),
        }
    }
}

fn streamed_answer(mock: &MockTransport, body: &[u8], crc32: u32) {
    let (tx, stream) = ByteStream::channel();
    let chunks: Vec<Vec<u8>> = body.chunks(1000).map(<[u8]>::to_vec).collect();
    std::thread::spawn(move || {
        for c in chunks {
            if !tx.send(c) {
                return;
            }
        }
    });
    mock.push(
        MockResponse::new(200)
            .header("x-amz-checksum-crc32", base64(&crc32.to_be_bytes()))
            .body_stream(stream),
    );
}

#[test]
fn a_streamed_download_is_checked_as_it_is_read_when_asked_or_by_default() {
    let body = pattern(0, 10_000);
    let mock = MockTransport::new();
    streamed_answer(&mock, &body, crc32(&body));
    let (got, err) = download(&mock, Some("ENABLED"), rt::ChecksumPolicy::WhenRequired);
    assert!(got == body);
    assert!(err.is_none(), "{err:?}");
    assert_eq!(
        mock.last_request().unwrap().header("x-amz-checksum-mode"),
        Some("ENABLED")
    );

    // A body that does not match its header: every byte arrives, then the error.
    let mock = MockTransport::new();
    streamed_answer(&mock, &body, crc32(&body) ^ 1);
    let (got, err) = download(&mock, Some("ENABLED"), rt::ChecksumPolicy::WhenRequired);
    assert!(got == body);
    let err = err.expect("the mismatch ends the body with an error");
    assert_eq!(err.kind(), std::io::ErrorKind::InvalidData);
    assert!(
        err.to_string()
            .contains("GetObject: the response body's CRC32 checksum"),
        "{err}"
    );

    // Not asked for: checked by default (and the request asks for the checksum), not when only required.
    let mock = MockTransport::new();
    streamed_answer(&mock, &body, crc32(&body) ^ 1);
    let (got, err) = download(&mock, None, rt::ChecksumPolicy::WhenSupported);
    assert!(got == body);
    assert_eq!(err.map(|e| e.kind()), Some(std::io::ErrorKind::InvalidData));
    assert_eq!(
        mock.last_request().unwrap().header("x-amz-checksum-mode"),
        Some("ENABLED")
    );
    let mock = MockTransport::new();
    streamed_answer(&mock, &body, crc32(&body) ^ 1);
    let (got, err) = download(&mock, None, rt::ChecksumPolicy::WhenRequired);
    assert!(got == body);
    assert!(err.is_none(), "{err:?}");
    assert_eq!(
        mock.last_request().unwrap().header("x-amz-checksum-mode"),
        None
    );
}

/// moto's S3, path-style: `/{bucket}` and `/{bucket}/{key}` with a bucket fixed per test run.
const LIVE_BUCKET: &str = "s3a-aws-chunked";

static CREATE_BUCKET: OperationMeta = OperationMeta {
    name: "CreateBucket",
    http: HttpBinding::new("PUT", &[UriPart::Literal("/"), UriPart::Label(0)], 200),
    ..PUT
};

static LIVE_PUT: OperationMeta = OperationMeta {
    http: HttpBinding::new(
        "PUT",
        &[UriPart::Literal("/s3a-aws-chunked/"), UriPart::Label(0)],
        200,
    )
    .http_checksum(HttpChecksum {
        algorithm_header: Some("x-amz-sdk-checksum-algorithm"),
        required: false,
        validation_header: None,
        response_algorithms: &[],
    }),
    ..PUT
};

static LIVE_GET: OperationMeta = OperationMeta {
    http: HttpBinding::new(
        "GET",
        &[UriPart::Literal("/s3a-aws-chunked/"), UriPart::Label(0)],
        200,
    )
    .http_checksum(HttpChecksum {
        algorithm_header: None,
        required: false,
        validation_header: Some("x-amz-checksum-mode"),
        response_algorithms: &["CRC64NVME", "CRC32", "CRC32C", "SHA256", "SHA1"],
    }),
    ..GET
};

#[test]
#[ignore = "live: needs MOTO_URL (eval \"$(bash ci/moto-server.sh start)\")"]
fn live_moto_takes_an_aws_chunked_upload_and_gives_its_trailer_checksum_back() {
    let url = std::env::var("MOTO_URL")
        .expect("MOTO_URL is not set: start moto with eval \"$(bash ci/moto-server.sh start)\"");
    let h = handle_of(
        &S3_LIKE,
        &url,
        rt::TimeoutConfig::new().read(std::time::Duration::from_secs(30)),
        RetryConfig::disabled(),
    );
    let created = futures_executor::block_on(h.invoke::<PutObjectOutput>(
        &CREATE_BUCKET,
        &PutObjectInput {
            key: Some(LIVE_BUCKET.into()),
            body: None,
        },
    ));
    if let Err(e) = &created {
        // Run twice against one moto: the bucket is there already.
        assert!(e.to_string().contains("BucketAlreadyOwnedByYou"), "{e}");
    }

    // Three chunks and a bit, from a file: aws-chunked, the CRC32 in the trailer.
    let len = 3 * rt::types::CHUNK_SIZE as u64 + 1_234;
    let file = TempFile::new("live-aws-chunked", len);
    let body = ByteStream::from_path(&file.0).unwrap();
    let _: PutObjectOutput =
        futures_executor::block_on(h.invoke(&LIVE_PUT, &put("chunked.bin", body))).unwrap();

    let input = CheckedGetInput {
        key: Some("chunked.bin".into()),
        checksum_mode: Some("ENABLED".into()),
    };
    let out: CheckedGetOutput = futures_executor::block_on(h.invoke(&LIVE_GET, &input)).unwrap();
    let expected = pattern(0, len as usize);
    assert_eq!(
        out.checksum_crc32.as_deref(),
        Some(base64(&crc32(&expected).to_be_bytes()).as_str()),
        "moto keeps the trailer's checksum and returns it"
    );
    let got = futures_executor::block_on(out.body.expect("a body").collect())
        .expect("the download matches its checksum");
    assert_eq!(got.len(), expected.len());
    assert!(got == expected, "moto decoded the chunks back to the file");
}
