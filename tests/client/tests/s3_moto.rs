//! The restXml client of `models/s3-objects.json` against a live moto S3 over real HTTP, both ways S3
//! is addressed:
//!
//! - path-style: moto's URL as the endpoint with `force_path_style(true)`, so the rule set gives
//!   `http://127.0.0.1:PORT/bucket/key`;
//! - virtual-hosted: no endpoint at all, so the rule set gives the real AWS address
//!   `https://bucket.s3.us-east-1.amazonaws.com/key`; the test transport ([`client_tests::ConnectTo`])
//!   opens its connections to moto instead (plain HTTP), keeping the request's `Host` header, which is
//!   what moto routes S3 requests by (the bucket from the host's first label).
//!
//! The same lifecycle runs for each: bucket created, an object put from a streamed body and got back as a
//! stream, objects put with a SHA-256 and the default CRC32 checksum and got back with them, 7 objects listed through the paginator 3 a page, a 12 MiB multipart upload (3 parts) read back
//! whole, a copy, a delete; HeadObject of a missing key is the typed `NotFound`, GetObject of one the
//! typed `NoSuchKey`.
//!
//! Needs MOTO_URL (`eval "$(bash ci/moto-server.sh start)"`).

use client_tests::{ConnectTo, MOTO_REGION, moto_url};
use s3_objects::operation::{GetObjectError, HeadObjectError};
use s3_objects::types as s3;
use smithy_runtime::types::ByteStream;
use std::io::Read;

/// A client that addresses moto path-style.
fn path_style() -> s3_objects::Client {
    let url = moto_url();
    s3_objects::Client::new(
        smithy_runtime::Config::builder()
            .region(MOTO_REGION)
            .endpoint_url(url.as_str())
            .force_path_style(true)
            .credentials(smithy_runtime::Credentials::new(
                "AKIDEXAMPLE",
                "secret",
                None,
            ))
            .build(),
    )
}

/// A client with no endpoint (the rules give the AWS virtual host) whose connections go to moto.
fn virtual_hosted() -> (s3_objects::Client, ConnectTo) {
    let url = moto_url();
    let transport = ConnectTo::moto(&url);
    let config = smithy_runtime::Config::builder()
        .region(MOTO_REGION)
        .credentials(smithy_runtime::Credentials::new(
            "AKIDEXAMPLE",
            "secret",
            None,
        ))
        .transport(transport.clone())
        .build();
    (s3_objects::Client::new(config), transport)
}

fn bucket_name(style: &str) -> String {
    format!("s3live-{style}-{}", std::process::id())
}

/// A body that is not in memory: a reader of known length, so the client streams it.
fn streamed(bytes: Vec<u8>) -> ByteStream {
    let len = bytes.len() as u64;
    ByteStream::from_reader(std::io::Cursor::new(bytes), Some(len))
}

/// `n` bytes that differ from part to part and from position to position.
fn pattern(n: usize, seed: u8) -> Vec<u8> {
    (0..n)
        .map(|i| (i as u32).wrapping_mul(31).wrapping_add(seed as u32) as u8)
        .collect()
}

async fn lifecycle(c: &s3_objects::Client, bucket: &str) {
    c.create_bucket(
        s3::CreateBucketRequest::builder()
            .bucket(bucket)
            .build()
            .expect("bucket is set"),
    )
    .await
    .unwrap_or_else(|e| panic!("CreateBucket {bucket}: {e} ({e:?})"));

    // Put from a streamed body, get back as a stream read chunk by chunk.
    let body = pattern(300_000, 1);
    let put = c
        .put_object(
            s3::PutObjectRequest::builder()
                .bucket(bucket)
                .key("dir/hello world.bin")
                .content_type("application/x-test")
                .body(streamed(body.clone()))
                .build()
                .expect("bucket and key are set"),
        )
        .await
        .unwrap_or_else(|e| panic!("PutObject: {e} ({e:?})"));
    assert!(put.e_tag.is_some(), "{put:?}");

    let got = c
        .get_object(
            s3::GetObjectRequest::builder()
                .bucket(bucket)
                .key("dir/hello world.bin")
                .build()
                .expect("bucket and key are set"),
        )
        .await
        .unwrap_or_else(|e| panic!("GetObject: {e} ({e:?})"));
    assert_eq!(got.content_length, Some(body.len() as i64), "{got:?}");
    assert_eq!(got.content_type.as_deref(), Some("application/x-test"));
    assert_eq!(got.e_tag, put.e_tag);
    let mut stream = got.body;
    let mut read = Vec::new();
    let mut chunks = 0;
    while let Some(chunk) = stream.next().await {
        read.extend(chunk.expect("the body reads"));
        chunks += 1;
    }
    assert!(chunks >= 1);
    assert!(read == body, "the object came back changed");

    // An in-memory body gets the checksum the caller picks (`x-amz-checksum-sha256`), or CRC32 by
    // default; S3 stores it and hands it back when GetObject asks (`x-amz-checksum-mode: ENABLED`).
    // The expected values are Python's hashlib/zlib of the same bytes.
    let small = &b"checksummed by the client, stored by S3"[..];
    for (key, algorithm, sha256, crc32) in [
        (
            "sum/sha256",
            Some(s3::ChecksumAlgorithm::Sha256),
            Some("I89V8lvRg9+Qez5dd9YO+jhHI5f8aLk4n3xa+4U597Q="),
            None,
        ),
        ("sum/default", None, None, Some("BdfiPA==")),
    ] {
        let mut put = s3::PutObjectRequest::builder()
            .bucket(bucket)
            .key(key)
            .body(ByteStream::from(small));
        put.checksum_algorithm = algorithm;
        let out = c
            .put_object(put.build().expect("bucket and key are set"))
            .await
            .unwrap_or_else(|e| panic!("PutObject {key}: {e} ({e:?})"));
        assert_eq!(out.checksum_sha256.as_deref(), sha256, "{out:?}");
        assert_eq!(out.checksum_crc32.as_deref(), crc32, "{out:?}");
        let got = c
            .get_object(
                s3::GetObjectRequest::builder()
                    .bucket(bucket)
                    .key(key)
                    .checksum_mode(s3::ChecksumMode::Enabled)
                    .build()
                    .expect("bucket and key are set"),
            )
            .await
            .unwrap_or_else(|e| panic!("GetObject {key}: {e} ({e:?})"));
        assert_eq!(got.checksum_sha256.as_deref(), sha256, "{got:?}");
        assert_eq!(got.checksum_crc32.as_deref(), crc32, "{got:?}");
        assert_eq!(got.body.collect().await.expect("reads"), small);
        c.delete_object(
            s3::DeleteObjectRequest::builder()
                .bucket(bucket)
                .key(key)
                .build()
                .expect("bucket and key are set"),
        )
        .await
        .unwrap_or_else(|e| panic!("DeleteObject {key}: {e}"));
    }

    // Seven more keys, listed three a page: 8 keys in 3 pages.
    for n in 0..7 {
        c.put_object(
            s3::PutObjectRequest::builder()
                .bucket(bucket)
                .key(format!("list/{n}"))
                .body(ByteStream::from(format!("object {n}")))
                .build()
                .expect("bucket and key are set"),
        )
        .await
        .unwrap_or_else(|e| panic!("PutObject list/{n}: {e}"));
    }
    let mut pages = c
        .list_objects_v2_pages(
            s3::ListObjectsV2Request::builder()
                .bucket(bucket)
                .build()
                .expect("bucket is set"),
        )
        .page_size(3);
    let mut keys = Vec::new();
    let mut sizes = Vec::new();
    while let Some(page) = pages.next().await {
        let page = page.unwrap_or_else(|e| panic!("ListObjectsV2: {e} ({e:?})"));
        let contents = page.contents.unwrap_or_default();
        sizes.push(contents.len());
        keys.extend(contents.into_iter().filter_map(|o| o.key));
    }
    assert_eq!(sizes, [3, 3, 2], "{keys:?}");
    let mut expected: Vec<String> = (0..7).map(|n| format!("list/{n}")).collect();
    expected.insert(0, "dir/hello world.bin".into());
    assert_eq!(keys, expected);

    // 12 MiB in three parts (S3's minimum part size is 5 MiB but for the last).
    let big = "multi/part.bin";
    let created = c
        .create_multipart_upload(
            s3::CreateMultipartUploadRequest::builder()
                .bucket(bucket)
                .key(big)
                .build()
                .expect("bucket and key are set"),
        )
        .await
        .unwrap_or_else(|e| panic!("CreateMultipartUpload: {e} ({e:?})"));
    let upload_id = created.upload_id.expect("an upload id");
    let sizes = [5 << 20, 5 << 20, 2 << 20];
    let mut whole = Vec::with_capacity(12 << 20);
    let mut parts = Vec::new();
    for (i, size) in sizes.into_iter().enumerate() {
        let number = i as i32 + 1;
        let bytes = pattern(size, number as u8);
        whole.extend_from_slice(&bytes);
        let part = c
            .upload_part(
                s3::UploadPartRequest::builder()
                    .bucket(bucket)
                    .key(big)
                    .upload_id(upload_id.as_str())
                    .part_number(number)
                    .body(streamed(bytes))
                    .build()
                    .expect("bucket, key, part number and upload id are set"),
            )
            .await
            .unwrap_or_else(|e| panic!("UploadPart {number}: {e} ({e:?})"));
        parts.push(
            s3::CompletedPart::builder()
                .part_number(number)
                .e_tag(part.e_tag.expect("a part's ETag"))
                .build(),
        );
    }
    assert_eq!(whole.len(), 12 << 20);
    let done = c
        .complete_multipart_upload(
            s3::CompleteMultipartUploadRequest::builder()
                .bucket(bucket)
                .key(big)
                .upload_id(upload_id.as_str())
                .multipart_upload(s3::CompletedMultipartUpload::builder().parts(parts).build())
                .build()
                .expect("bucket, key and upload id are set"),
        )
        .await
        .unwrap_or_else(|e| panic!("CompleteMultipartUpload: {e} ({e:?})"));
    // A multipart ETag is the parts' MD5s hashed, with the number of parts after a dash.
    assert!(
        done.e_tag.as_deref().is_some_and(|t| t.ends_with("-3\"")),
        "{done:?}"
    );
    let got = c
        .get_object(
            s3::GetObjectRequest::builder()
                .bucket(bucket)
                .key(big)
                .build()
                .expect("bucket and key are set"),
        )
        .await
        .unwrap_or_else(|e| panic!("GetObject {big}: {e} ({e:?})"));
    let mut read = Vec::new();
    got.body
        .into_reader()
        .read_to_end(&mut read)
        .expect("the body reads");
    assert!(read == whole, "the 12 MiB object came back changed");

    // Copy (a 200 response whose body is the result, or an error), then read the copy.
    let copied = c
        .copy_object(
            s3::CopyObjectRequest::builder()
                .bucket(bucket)
                .key("copy/of hello.bin")
                .copy_source(format!("{bucket}/dir/hello%20world.bin"))
                .build()
                .expect("bucket, key and source are set"),
        )
        .await
        .unwrap_or_else(|e| panic!("CopyObject: {e} ({e:?})"));
    let result = copied.copy_object_result.expect("the copy's result");
    assert_eq!(result.e_tag, put.e_tag, "same bytes, same ETag");
    let head = c
        .head_object(
            s3::HeadObjectRequest::builder()
                .bucket(bucket)
                .key("copy/of hello.bin")
                .build()
                .expect("bucket and key are set"),
        )
        .await
        .unwrap_or_else(|e| panic!("HeadObject of the copy: {e} ({e:?})"));
    assert_eq!(head.content_length, Some(body.len() as i64));

    // Delete it; then it is missing both ways.
    c.delete_object(
        s3::DeleteObjectRequest::builder()
            .bucket(bucket)
            .key("copy/of hello.bin")
            .build()
            .expect("bucket and key are set"),
    )
    .await
    .unwrap_or_else(|e| panic!("DeleteObject: {e} ({e:?})"));

    let err = c
        .head_object(
            s3::HeadObjectRequest::builder()
                .bucket(bucket)
                .key("copy/of hello.bin")
                .build()
                .expect("bucket and key are set"),
        )
        .await
        .expect_err("deleted");
    match &err {
        HeadObjectError::NotFound(e) => {
            assert_eq!(e.meta.status(), 404, "{e:?}");
            assert_eq!(err.code(), Some("NotFound"));
        }
        other => panic!("HeadObject of a missing key: expected NotFound, got {other:?}"),
    }
    let err = c
        .get_object(
            s3::GetObjectRequest::builder()
                .bucket(bucket)
                .key("copy/of hello.bin")
                .build()
                .expect("bucket and key are set"),
        )
        .await
        .expect_err("deleted");
    match &err {
        GetObjectError::NoSuchKey(e) => {
            assert_eq!(e.meta.status(), 404, "{e:?}");
            assert!(e.meta.request_id().is_some(), "{e:?}");
        }
        other => panic!("GetObject of a missing key: expected NoSuchKey, got {other:?}"),
    }
}

#[tokio::test]
#[ignore = "live: needs moto and the Python venv (ci/setup-python.sh, ci/moto-server.sh); run with --include-ignored"]
async fn s3_path_style_lifecycle() {
    let c = path_style();
    lifecycle(&c, &bucket_name("path")).await;
}

#[tokio::test]
#[ignore = "live: needs moto and the Python venv (ci/setup-python.sh, ci/moto-server.sh); run with --include-ignored"]
async fn s3_virtual_hosted_lifecycle() {
    let (c, transport) = virtual_hosted();
    let bucket = bucket_name("vhost");
    lifecycle(&c, &bucket).await;
    // Every request went to the bucket's own host, as it would on AWS.
    let hosts = transport.hosts();
    assert!(!hosts.is_empty());
    let expected = format!("{bucket}.s3.us-east-1.amazonaws.com");
    assert!(
        hosts.iter().all(|h| *h == expected),
        "hosts sent: {hosts:?}"
    );
}
