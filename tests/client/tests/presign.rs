//! Presigned S3 URLs from the generated client (`presign_get_object`, `presign_put_object`, ...):
//!
//! - against botocore's `generate_presigned_url` for the same inputs, time and credentials
//!   (`ci/presign-oracle.py`): the same method, scheme, host and path, the same query parameters and
//!   so the same signature, path-style and virtual-hosted, with and without a session token, a key
//!   that needs escaping, a header-bound member (`Content-Type`, then signed);
//! - against moto: a plain HTTP GET of a presigned GET URL returns the object, a plain PUT to a
//!   presigned PUT URL stores one (no SDK, no signing on the sending side).
//!
//! Both need the Python venv (and moto): `#[ignore]`d, run with `--include-ignored`.

use client_tests::{MOTO_REGION, SETUP_HINT, missing, moto_url, venv_python};
use s3_objects::types as s3;
use smithy_runtime::types::ByteStream;
use smithy_runtime::{HttpTransport, PresignedRequest, PresigningConfig};
use std::collections::BTreeSet;
use std::time::{Duration, UNIX_EPOCH};

const T: u64 = 1_700_000_000;

fn client(region: &str, path_style: bool, token: Option<&str>) -> s3_objects::Client {
    s3_objects::Client::new(
        smithy_runtime::Config::builder()
            .environment(smithy_runtime::Env::from_vars(
                Vec::<(String, String)>::new(),
            ))
            .region(region)
            .force_path_style(path_style)
            .credentials(smithy_runtime::Credentials::new(
                "AKIDEXAMPLE",
                "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY",
                token.map(str::to_owned),
            ))
            .build(),
    )
}

fn at(expires: u64) -> PresigningConfig {
    PresigningConfig::expires_in(Duration::from_secs(expires))
        .start_time(UNIX_EPOCH + Duration::from_secs(T))
}

/// `(scheme://host/path, the query's pairs as a set)`: the parameters' order means nothing to SigV4.
fn split(url: &str) -> (String, BTreeSet<String>) {
    let (base, query) = url.split_once('?').unwrap_or((url, ""));
    (
        base.to_owned(),
        query.split('&').map(str::to_owned).collect(),
    )
}

#[tokio::test]
#[ignore = "live: needs the Python venv with botocore (ci/setup-python.sh); run with --include-ignored"]
async fn presigned_urls_match_botocore() {
    let Some(python) = venv_python() else {
        missing("the Python venv", SETUP_HINT)
    };
    struct Case {
        ours: PresignedRequest,
        oracle: serde_json::Value,
    }
    let mut cases = Vec::new();
    for (region, path_style, token) in [
        ("us-west-2", false, None),
        ("eu-central-1", true, Some("tok/en+=session")),
    ] {
        let style = if path_style { "path" } else { "virtual" };
        let c = client(region, path_style, token);
        let base = serde_json::json!({
            "region": region, "addressing_style": style, "access_key": "AKIDEXAMPLE",
            "secret_key": "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", "session_token": token,
            "timestamp": T,
        });
        let with = |extra: serde_json::Value| {
            let mut v = base.clone();
            v.as_object_mut()
                .expect("an object")
                .extend(extra.as_object().expect("an object").clone());
            v
        };
        let key = "dir/my key+é~(1).txt";
        cases.push(Case {
            ours: c
                .presign_get_object(
                    s3::GetObjectRequest::builder()
                        .bucket("examplebucket")
                        .key(key)
                        .build()
                        .expect("set"),
                    at(900),
                )
                .await
                .expect("presigns"),
            oracle: with(serde_json::json!({"operation": "get_object",
                "params": {"Bucket": "examplebucket", "Key": key}, "expires": 900,
                "extra_query": "x-id=GetObject"})),
        });
        cases.push(Case {
            ours: c
                .presign_put_object(
                    s3::PutObjectRequest::builder()
                        .bucket("examplebucket")
                        .key("upload.txt")
                        .content_type("text/plain")
                        .build()
                        .expect("set"),
                    at(3600),
                )
                .await
                .expect("presigns"),
            oracle: with(serde_json::json!({"operation": "put_object",
                "params": {"Bucket": "examplebucket", "Key": "upload.txt", "ContentType": "text/plain"},
                "expires": 3600, "extra_query": "x-id=PutObject"})),
        });
        cases.push(Case {
            ours: c
                .presign_head_object(
                    s3::HeadObjectRequest::builder()
                        .bucket("examplebucket")
                        .key("k")
                        .build()
                        .expect("set"),
                    at(604_800),
                )
                .await
                .expect("presigns"),
            oracle: with(serde_json::json!({"operation": "head_object",
                "params": {"Bucket": "examplebucket", "Key": "k"}, "expires": 604800})),
        });
        cases.push(Case {
            ours: c
                .presign_upload_part(
                    s3::UploadPartRequest::builder()
                        .bucket("examplebucket")
                        .key("big")
                        .upload_id("upload/id=1")
                        .part_number(7)
                        .build()
                        .expect("set"),
                    at(60),
                )
                .await
                .expect("presigns"),
            oracle: with(serde_json::json!({"operation": "upload_part",
                "params": {"Bucket": "examplebucket", "Key": "big", "UploadId": "upload/id=1",
                           "PartNumber": 7}, "expires": 60, "extra_query": "x-id=UploadPart"})),
        });
    }
    let input: Vec<&serde_json::Value> = cases.iter().map(|c| &c.oracle).collect();
    let mut child = std::process::Command::new(&python)
        .arg(client_tests::repo_root().join("ci/presign-oracle.py"))
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .expect("runs python");
    serde_json::to_writer(child.stdin.take().expect("stdin"), &input).expect("writes");
    let out = child.wait_with_output().expect("python runs");
    assert!(out.status.success(), "ci/presign-oracle.py failed");
    let answers: Vec<serde_json::Value> =
        serde_json::from_slice(&out.stdout).expect("the oracle prints JSON");
    assert_eq!(answers.len(), cases.len());
    for (case, answer) in cases.iter().zip(&answers) {
        let theirs = answer["url"]
            .as_str()
            .unwrap_or_else(|| panic!("botocore failed: {answer}"));
        assert_eq!(
            split(case.ours.uri()),
            split(theirs),
            "{}: ours {} botocore {theirs}",
            case.oracle["operation"],
            case.ours.uri()
        );
    }
    // The header-bound member is signed, so it must be sent: the request says so.
    let put = &cases[1].ours;
    assert_eq!(put.method(), "PUT");
    assert_eq!(
        put.headers().collect::<Vec<_>>(),
        [("content-type", "text/plain")]
    );
    assert!(
        put.uri()
            .contains("X-Amz-SignedHeaders=content-type%3Bhost")
    );
    assert_eq!(cases.len(), 8);
}

#[tokio::test]
#[ignore = "live: needs moto and the Python venv (ci/setup-python.sh, ci/moto-server.sh); run with --include-ignored"]
async fn presigned_get_and_put_work_against_moto() {
    let url = moto_url();
    let c = s3_objects::Client::new(
        smithy_runtime::Config::builder()
            .region(MOTO_REGION)
            .endpoint_url(url.as_str())
            .force_path_style(true)
            .credentials(smithy_runtime::Credentials::new(
                "AKIDEXAMPLE",
                "secret",
                Some("session-token".into()),
            ))
            .build(),
    );
    let bucket = format!("s3live-presign-{}", std::process::id());
    c.create_bucket(
        s3::CreateBucketRequest::builder()
            .bucket(bucket.as_str())
            .build()
            .expect("set"),
    )
    .await
    .unwrap_or_else(|e| panic!("CreateBucket: {e}"));

    // Anyone with the URL: a bare HTTP client, no credentials, no signing.
    let http = smithy_runtime::HttpsTransport::default();
    let put = c
        .presign_put_object(
            s3::PutObjectRequest::builder()
                .bucket(bucket.as_str())
                .key("via presigned/put.txt")
                .content_type("text/plain")
                .build()
                .expect("set"),
            PresigningConfig::expires_in(Duration::from_secs(300)),
        )
        .await
        .unwrap_or_else(|e| panic!("presign PUT: {e}"));
    assert!(
        put.uri().contains("X-Amz-Security-Token=session-token"),
        "{put:?}"
    );
    let body = b"stored through a presigned PUT".to_vec();
    let resp = http
        .send(put.to_http_request(smithy_runtime::Bytes::from(body.clone())))
        .await
        .unwrap_or_else(|e| panic!("PUT {put}: {e}"));
    assert_eq!(
        resp.status(),
        200,
        "{}",
        String::from_utf8_lossy(resp.body())
    );

    // The client sees it, with the signed Content-Type.
    let got = c
        .get_object(
            s3::GetObjectRequest::builder()
                .bucket(bucket.as_str())
                .key("via presigned/put.txt")
                .build()
                .expect("set"),
        )
        .await
        .unwrap_or_else(|e| panic!("GetObject: {e}"));
    assert_eq!(got.content_type.as_deref(), Some("text/plain"));
    assert_eq!(got.body.collect().await.expect("reads"), body);

    // And a presigned GET of an object the client put.
    c.put_object(
        s3::PutObjectRequest::builder()
            .bucket(bucket.as_str())
            .key("for/get.bin")
            .body(ByteStream::from(&b"read through a presigned GET"[..]))
            .build()
            .expect("set"),
    )
    .await
    .unwrap_or_else(|e| panic!("PutObject: {e}"));
    let get = c
        .presign_get_object(
            s3::GetObjectRequest::builder()
                .bucket(bucket.as_str())
                .key("for/get.bin")
                .build()
                .expect("set"),
            PresigningConfig::expires_in(Duration::from_secs(60)),
        )
        .await
        .unwrap_or_else(|e| panic!("presign GET: {e}"));
    assert!(
        get.uri()
            .starts_with(&format!("{url}/{bucket}/for/get.bin?")),
        "{get:?}"
    );
    let resp = http
        .send(get.to_http_request(smithy_runtime::Bytes::new()))
        .await
        .unwrap_or_else(|e| panic!("GET {get}: {e}"));
    assert_eq!(resp.status(), 200);
    assert_eq!(resp.body(), b"read through a presigned GET");

    // Presigning sends nothing and checks what it can: a week at most.
    let e = c
        .presign_get_object(
            s3::GetObjectRequest::builder()
                .bucket(bucket.as_str())
                .key("for/get.bin")
                .build()
                .expect("set"),
            PresigningConfig::expires_in(Duration::from_secs(604_801)),
        )
        .await
        .expect_err("more than seven days");
    assert!(e.to_string().contains("604800"), "{e}");
}
