//! CPU cost of one FSx DeleteBackup call, end to end minus the network: build the input, serialize, resolve
//! the endpoint through the rules, sign (SigV4), hand the request to an in-memory transport that answers at
//! once, parse the response. The generated crate and aws-sdk-fsx run in the same process, on the same
//! current-thread tokio runtime, with the same region, credentials and canned response.
//!
//! Run: `bench/call-cost/run.sh` (generates the FSx crate into target/bench-gen/fsx first).

use bench_call_cost::runtime;
use divan::Bencher;

// Counts allocations per call next to the time.
#[global_allocator]
static ALLOC: divan::AllocProfiler = divan::AllocProfiler::system();

const REGION: &str = "us-east-1";
const ACCESS_KEY: &str = "AKIDEXAMPLE";
const SECRET_KEY: &str = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";
const BACKUP_ID: &str = "backup-0123456789abcdef0";
const CONTENT_TYPE: &str = "application/x-amz-json-1.1";
const RESPONSE: &str = r#"{"BackupId":"backup-0123456789abcdef0","Lifecycle":"DELETED"}"#;

fn main() {
    divan::main();
}

/// The cheapest transport the runtime allows: no recording (unlike `mock::MockTransport`, which keeps
/// every request and would make memory grow over millions of iterations), one canned answer.
#[derive(Debug)]
struct Canned;

impl fsx::runtime::HttpTransport for Canned {
    fn send(
        &self,
        request: http::Request<fsx::runtime::Bytes>,
    ) -> fsx::runtime::BoxFuture<'_, Result<http::Response<Vec<u8>>, fsx::runtime::TransportError>>
    {
        drop(request);
        let response = http::Response::builder()
            .status(200)
            .header("content-type", CONTENT_TYPE)
            .body(RESPONSE.as_bytes().to_vec())
            .map_err(|e| fsx::runtime::TransportError::other(format!("canned response: {e}")));
        Box::pin(std::future::ready(response))
    }
}

fn generated_client() -> fsx::Client {
    let config = fsx::Config::builder()
        .transport(Canned)
        .region(REGION)
        .credentials(fsx::Credentials::new(ACCESS_KEY, SECRET_KEY, None))
        .build();
    fsx::Client::new(config)
}

async fn generated_call(client: &fsx::Client) -> Result<String, String> {
    let input = fsx::types::DeleteBackupRequest::builder()
        .backup_id(BACKUP_ID)
        .build()
        .map_err(|e| e.to_string())?;
    let output = client
        .delete_backup(input)
        .await
        .map_err(|e| e.to_string())?;
    output
        .backup_id
        .ok_or_else(|| "no BackupId in the parsed response".to_string())
}

fn aws_client() -> aws_sdk_fsx::Client {
    use aws_sdk_fsx::config::{BehaviorVersion, Credentials, Region};
    let http_client = aws_smithy_http_client::test_util::infallible_client_fn(|request| {
        drop(request);
        http::Response::builder()
            .status(200)
            .header("content-type", CONTENT_TYPE)
            .body(RESPONSE)
            .expect("a constant status, header and body always make a valid response")
    });
    let config = aws_sdk_fsx::Config::builder()
        .behavior_version(BehaviorVersion::latest())
        .region(Region::new(REGION))
        .credentials_provider(Credentials::new(
            ACCESS_KEY, SECRET_KEY, None, None, "bench",
        ))
        .http_client(http_client)
        .build();
    aws_sdk_fsx::Client::from_conf(config)
}

async fn aws_call(client: &aws_sdk_fsx::Client) -> Result<String, String> {
    let output = client
        .delete_backup()
        .backup_id(BACKUP_ID)
        .send()
        .await
        .map_err(|e| format!("{e:?}"))?;
    output
        .backup_id
        .ok_or_else(|| "no BackupId in the parsed response".to_string())
}

/// A bench that measures a failing call would be worthless: check each side once before timing it.
fn check(name: &str, result: Result<String, String>) {
    match result {
        Ok(id) if id == BACKUP_ID => {}
        Ok(other) => panic!("{name}: parsed BackupId {other:?}, expected {BACKUP_ID:?}"),
        Err(e) => panic!("{name}: the DeleteBackup call failed: {e}"),
    }
}

#[divan::bench]
fn generated_fsx(b: Bencher) {
    let rt = runtime();
    let client = generated_client();
    check("generated fsx", rt.block_on(generated_call(&client)));
    b.bench_local(|| rt.block_on(generated_call(divan::black_box(&client))));
}

#[divan::bench]
fn aws_sdk_fsx(b: Bencher) {
    let rt = runtime();
    let client = aws_client();
    check("aws-sdk-fsx", rt.block_on(aws_call(&client)));
    b.bench_local(|| rt.block_on(aws_call(divan::black_box(&client))));
}
