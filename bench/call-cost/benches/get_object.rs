//! CPU cost of one S3 GetObject call over restXml, end to end minus the network: build the input, resolve
//! the virtual-hosted endpoint through S3's rules (the bucket in the host), bind the key label, sign
//! (SigV4, `x-amz-content-sha256`), hand the request to an in-memory transport that answers at once, read
//! the response headers into the output and the 1 KiB body to the end. The generated crate and aws-sdk-s3
//! run in the same process, on the same current-thread tokio runtime, with the same region, credentials
//! and canned response (no checksum header, so neither validates one).
//!
//! Run: `bench/call-cost/run.sh` (generates the S3 crate into target/bench-gen/s3 first), or only this
//! case: `BENCHES=get_object bench/call-cost/run.sh`.

use bench_call_cost::runtime;
use divan::Bencher;

#[global_allocator]
static ALLOC: divan::AllocProfiler = divan::AllocProfiler::system();

const REGION: &str = "us-east-1";
const ACCESS_KEY: &str = "AKIDEXAMPLE";
const SECRET_KEY: &str = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";
const BUCKET: &str = "my-bucket";
const KEY: &str = "photos/2026/cat.jpg";
const ETAG: &str = "\"6805f2cfc46c0f04559748bb039d69ae\"";
const BODY_LEN: usize = 1024;

fn main() {
    divan::main();
}

fn body() -> Vec<u8> {
    (0..BODY_LEN).map(|i| (i % 251) as u8).collect()
}

fn canned() -> http::Response<Vec<u8>> {
    http::Response::builder()
        .status(200)
        .header("content-type", "image/jpeg")
        .header("content-length", BODY_LEN.to_string())
        .header("etag", ETAG)
        .header("last-modified", "Thu, 03 Dec 2026 10:00:00 GMT")
        .header("accept-ranges", "bytes")
        .header("x-amz-request-id", "4442587FB7D0A2F9")
        .header("x-amz-id-2", "vlR7PnpV2Ce81l0PRw6jlUpck7Jo5ZsQjryTjKlc5aLWGVHPZLj5NeC6qMa0emYBDXOo6QBU0Wo=")
        .body(body())
        .expect("constant status, headers and body make a valid response")
}

/// One canned answer, nothing recorded (see delete_backup.rs).
#[derive(Debug)]
struct Canned;

impl s3::runtime::HttpTransport for Canned {
    fn send(
        &self,
        request: http::Request<s3::runtime::Bytes>,
    ) -> s3::runtime::BoxFuture<'_, Result<http::Response<Vec<u8>>, s3::runtime::TransportError>> {
        drop(request);
        Box::pin(std::future::ready(Ok(canned())))
    }
}

fn generated_client() -> s3::Client {
    let config = s3::Config::builder()
        .transport(Canned)
        .region(REGION)
        .credentials(s3::Credentials::new(ACCESS_KEY, SECRET_KEY, None))
        .build();
    s3::Client::new(config)
}

async fn generated_call(client: &s3::Client) -> Result<(String, usize), String> {
    let input = s3::types::GetObjectRequest::builder()
        .bucket(BUCKET)
        .key(KEY)
        .build()
        .map_err(|e| e.to_string())?;
    let output = client.get_object(input).await.map_err(|e| e.to_string())?;
    let body = output.body.collect().await.map_err(|e| e.to_string())?;
    let etag = output.e_tag.ok_or("no ETag in the parsed response")?;
    Ok((etag, body.len()))
}

fn aws_client() -> aws_sdk_s3::Client {
    use aws_sdk_s3::config::{BehaviorVersion, Credentials, Region};
    let http_client = aws_smithy_http_client::test_util::infallible_client_fn(|request| {
        drop(request);
        canned()
    });
    let config = aws_sdk_s3::Config::builder()
        .behavior_version(BehaviorVersion::latest())
        .region(Region::new(REGION))
        .credentials_provider(Credentials::new(ACCESS_KEY, SECRET_KEY, None, None, "bench"))
        .http_client(http_client)
        .build();
    aws_sdk_s3::Client::from_conf(config)
}

async fn aws_call(client: &aws_sdk_s3::Client) -> Result<(String, usize), String> {
    let output = client
        .get_object()
        .bucket(BUCKET)
        .key(KEY)
        .send()
        .await
        .map_err(|e| format!("{e:?}"))?;
    let etag = output.e_tag.clone().ok_or("no ETag in the parsed response")?;
    let body = output.body.collect().await.map_err(|e| format!("{e:?}"))?;
    Ok((etag, body.into_bytes().len()))
}

/// A bench that measures a failing call would be worthless: check each side once before timing it.
fn check(name: &str, result: Result<(String, usize), String>) {
    match result {
        Ok((etag, len)) if etag == ETAG && len == BODY_LEN => {}
        Ok(other) => panic!("{name}: parsed {other:?}, expected ({ETAG:?}, {BODY_LEN})"),
        Err(e) => panic!("{name}: the GetObject call failed: {e}"),
    }
}

#[divan::bench]
fn generated_s3(b: Bencher) {
    let rt = runtime();
    let client = generated_client();
    check("generated s3", rt.block_on(generated_call(&client)));
    b.bench_local(|| rt.block_on(generated_call(divan::black_box(&client))));
}

#[divan::bench]
fn aws_sdk_s3(b: Bencher) {
    let rt = runtime();
    let client = aws_client();
    check("aws-sdk-s3", rt.block_on(aws_call(&client)));
    b.bench_local(|| rt.block_on(aws_call(divan::black_box(&client))));
}
