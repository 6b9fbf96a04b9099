//! The S3 client of `models/s3-objects.json` over the in-memory transport: where requests go (the
//! bucket in the host or the path, as the endpoint rules say, never twice), a streamed GetObject body,
//! a body-less 404 as the typed `NotFound`.

use s3_objects::operation::HeadObjectError;
use s3_objects::types as s3;
use smithy_runtime::RetryConfig;
use smithy_runtime::mock::{self, MockResponse, MockTransport};

/// The rules' own endpoint (no `endpoint_url`) for `us-west-2`, an empty environment.
fn client(t: &MockTransport, path_style: bool) -> s3_objects::Client {
    s3_objects::Client::new(config(t, path_style).build())
}

fn config(t: &MockTransport, path_style: bool) -> smithy_runtime::ConfigBuilder {
    smithy_runtime::Config::builder()
        .environment(smithy_runtime::Env::from_vars(
            Vec::<(String, String)>::new(),
        ))
        .transport(t.clone())
        .sleep(mock::InstantSleep::new())
        .credentials(smithy_runtime::Credentials::new("AKID", "secret", None))
        .region("us-west-2")
        .retry(RetryConfig::disabled())
        .force_path_style(path_style)
}

fn get(key: &str) -> s3::GetObjectRequest {
    s3::GetObjectRequest::builder()
        .bucket("mybucket")
        .key(key)
        .build()
        .expect("bucket and key are set")
}

fn head(key: &str) -> s3::HeadObjectRequest {
    s3::HeadObjectRequest::builder()
        .bucket("mybucket")
        .key(key)
        .build()
        .expect("bucket and key are set")
}

#[tokio::test]
async fn the_bucket_is_in_the_host_or_the_path_once() {
    for (path_style, uri) in [
        (
            false,
            "https://mybucket.s3.us-west-2.amazonaws.com/dir/my%20key.txt?x-id=GetObject",
        ),
        (
            true,
            "https://s3.us-west-2.amazonaws.com/mybucket/dir/my%20key.txt?x-id=GetObject",
        ),
    ] {
        let t = MockTransport::new();
        t.push(MockResponse::new(200).body("hello"));
        client(&t, path_style)
            .get_object(get("dir/my key.txt"))
            .await
            .unwrap_or_else(|e| panic!("{e:?}"));
        let r = t.last_request().expect("one request");
        assert_eq!(r.method, "GET");
        assert_eq!(r.uri, uri, "path style: {path_style}");
    }
    // An operation on the bucket itself: `/{Bucket}` is `/` on the bucket's host and `/mybucket`, with
    // no slash after it, path-style (S3's compliance case S3PathAddressing, and botocore).
    for (path_style, uri) in [
        (false, "https://mybucket.s3.us-west-2.amazonaws.com/"),
        (true, "https://s3.us-west-2.amazonaws.com/mybucket"),
    ] {
        let t = MockTransport::new();
        t.push(MockResponse::new(200));
        client(&t, path_style)
            .create_bucket(
                s3::CreateBucketRequest::builder()
                    .bucket("mybucket")
                    .build()
                    .expect("bucket is set"),
            )
            .await
            .unwrap_or_else(|e| panic!("{e:?}"));
        let r = t.last_request().expect("one request");
        assert_eq!(r.uri, uri, "path style: {path_style}");
    }
}

#[tokio::test]
async fn get_object_body_is_the_stream() {
    let t = MockTransport::new();
    t.push(
        MockResponse::new(200)
            .header("content-length", "8")
            .body_stream(smithy_runtime::types::ByteStream::from_reader(
                std::io::Cursor::new(b"streamed".to_vec()),
                Some(8),
            )),
    );
    let out = client(&t, false)
        .get_object(get("k"))
        .await
        .unwrap_or_else(|e| panic!("{e:?}"));
    assert_eq!(out.content_length, Some(8));
    assert_eq!(out.body.collect().await.expect("reads"), b"streamed");
}

#[tokio::test]
async fn head_of_a_missing_key_is_not_found() {
    let t = MockTransport::new();
    t.push(MockResponse::new(404).header("x-amz-request-id", "R404"));
    let err = client(&t, false)
        .head_object(head("gone"))
        .await
        .expect_err("404");
    match &err {
        HeadObjectError::NotFound(e) => assert_eq!(e.meta.request_id(), Some("R404")),
        other => panic!("expected NotFound, got {other:?}"),
    }
}

/// An `Expires` that is not a date (S3 returns what the uploader set) leaves the timestamp unset and
/// keeps the text in `expires_string`; a date fills both. The response never fails over it.
#[tokio::test]
async fn an_expires_that_is_not_a_date_is_kept_as_text() {
    let head_with = |expires: &'static str| async move {
        let t = MockTransport::new();
        t.push(MockResponse::new(200).header("expires", expires));
        client(&t, false)
            .head_object(head("k"))
            .await
            .unwrap_or_else(|e| panic!("Expires {expires:?}: {e:?}"))
    };
    for junk in ["0", "-1", "next tuesday"] {
        let out = head_with(junk).await;
        assert_eq!(out.expires, None, "{junk}");
        assert_eq!(out.expires_string.as_deref(), Some(junk));
    }
    let date = "Wed, 21 Oct 2015 07:28:00 GMT";
    let out = head_with(date).await;
    assert_eq!(
        out.expires.map(|t| t.to_string()),
        Some("2015-10-21T07:28:00Z".to_string())
    );
    assert_eq!(out.expires_string.as_deref(), Some(date));

    // The same for GetObject, whose body is streamed.
    let t = MockTransport::new();
    t.push(MockResponse::new(200).header("expires", "0").body("x"));
    let out = client(&t, false)
        .get_object(get("k"))
        .await
        .unwrap_or_else(|e| panic!("{e:?}"));
    assert_eq!(
        (out.expires, out.expires_string.as_deref()),
        (None, Some("0"))
    );
}

/// The spec's default: a GetObject whose caller left `checksum_mode` unset asks for the checksum
/// (`x-amz-checksum-mode: ENABLED`) and the body is checked against it; `WhenRequired` asks only when
/// the caller does. A PutObject without a chosen algorithm sends a CRC32, unless `WhenRequired`.
#[tokio::test]
async fn checksums_are_worked_out_when_supported_unless_configured_otherwise() {
    use smithy_runtime::ChecksumPolicy::WhenRequired;
    // The CRC32 of "Hello world" (S3's user guide); the body sent is "Hello World".
    let corrupted = || {
        MockResponse::new(200)
            .header("x-amz-checksum-crc32", "i9aeUg==")
            .body("Hello World")
    };
    let t = MockTransport::new();
    t.push(corrupted());
    let out = client(&t, false)
        .get_object(get("k"))
        .await
        .unwrap_or_else(|e| panic!("{e:?}"));
    let r = t.last_request().expect("one request");
    assert_eq!(r.header("x-amz-checksum-mode"), Some("ENABLED"));
    let e = out
        .body
        .collect()
        .await
        .expect_err("the body does not match");
    assert!(e.to_string().contains("CRC32"), "{e}");

    let t = MockTransport::new();
    t.push(corrupted());
    let quiet = s3_objects::Client::new(
        config(&t, false)
            .response_checksum_validation(WhenRequired)
            .build(),
    );
    let out = quiet
        .get_object(get("k"))
        .await
        .unwrap_or_else(|e| panic!("{e:?}"));
    assert_eq!(
        t.last_request()
            .expect("sent")
            .header("x-amz-checksum-mode"),
        None
    );
    assert_eq!(
        out.body.collect().await.expect("not checked"),
        b"Hello World"
    );

    let put = || {
        s3::PutObjectRequest::builder()
            .bucket("mybucket")
            .key("k")
            .body(smithy_runtime::types::ByteStream::new(
                b"Hello world".to_vec(),
            ))
            .build()
            .expect("bucket and key are set")
    };
    let t = MockTransport::new();
    t.push(MockResponse::new(200));
    client(&t, false)
        .put_object(put())
        .await
        .unwrap_or_else(|e| panic!("{e:?}"));
    let r = t.last_request().expect("sent");
    assert_eq!(r.header("x-amz-checksum-crc32"), Some("i9aeUg=="));
    assert_eq!(r.header("x-amz-sdk-checksum-algorithm"), Some("CRC32"));

    let t = MockTransport::new();
    t.push(MockResponse::new(200));
    s3_objects::Client::new(
        config(&t, false)
            .request_checksum_calculation(WhenRequired)
            .build(),
    )
    .put_object(put())
    .await
    .unwrap_or_else(|e| panic!("{e:?}"));
    let r = t.last_request().expect("sent");
    assert_eq!(r.header("x-amz-checksum-crc32"), None);
    assert_eq!(r.header("x-amz-sdk-checksum-algorithm"), None);
}
