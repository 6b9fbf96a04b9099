//! CPU cost of one Lambda GetFunction call over restJson1, end to end minus the network: build the input,
//! bind it (a URI label, a query parameter), resolve the endpoint through the rules, sign (SigV4), hand the
//! request to an in-memory transport that answers at once, read the response (JSON body members). The
//! generated crate and aws-sdk-lambda run in the same process, on the same current-thread tokio runtime,
//! with the same region, credentials and canned response. The awsJson case (`delete_backup`) runs in the
//! same `run.sh` invocation, so the two protocols are measured side by side.
//!
//! Run: `bench/call-cost/run.sh` (generates the Lambda crate into target/bench-gen/lambda first).

use bench_call_cost::runtime;
use divan::Bencher;

#[global_allocator]
static ALLOC: divan::AllocProfiler = divan::AllocProfiler::system();

const REGION: &str = "us-east-1";
const ACCESS_KEY: &str = "AKIDEXAMPLE";
const SECRET_KEY: &str = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";
const FUNCTION: &str = "my-function";
const QUALIFIER: &str = "$LATEST";
const RESPONSE: &str = r#"{"Configuration":{"FunctionName":"my-function","FunctionArn":"arn:aws:lambda:us-east-1:123456789012:function:my-function","Runtime":"python3.12","Role":"arn:aws:iam::123456789012:role/lambda-role","Handler":"index.handler","CodeSize":304,"Description":"","Timeout":3,"MemorySize":128,"LastModified":"2026-01-01T00:00:00.000+0000","CodeSha256":"YFgDgEKG3ugvF1+pX64gV6tu9qNuIYNUdgJm8nCxsm4=","Version":"$LATEST","State":"Active","PackageType":"Zip","Architectures":["x86_64"]},"Code":{"RepositoryType":"S3","Location":"https://awslambda-us-east-1-tasks.s3.us-east-1.amazonaws.com/snapshots/123456789012/my-function"},"Tags":{"team":"rust"}}"#;

fn main() {
    divan::main();
}

/// One canned answer, nothing recorded (see delete_backup.rs).
#[derive(Debug)]
struct Canned;

impl lambda::runtime::HttpTransport for Canned {
    fn send(
        &self,
        request: http::Request<lambda::runtime::Bytes>,
    ) -> lambda::runtime::BoxFuture<'_, Result<http::Response<Vec<u8>>, lambda::runtime::TransportError>>
    {
        drop(request);
        let response = http::Response::builder()
            .status(200)
            .header("content-type", "application/json")
            .body(RESPONSE.as_bytes().to_vec())
            .map_err(|e| lambda::runtime::TransportError::other(format!("canned response: {e}")));
        Box::pin(std::future::ready(response))
    }
}

fn generated_client() -> lambda::Client {
    let config = lambda::Config::builder()
        .transport(Canned)
        .region(REGION)
        .credentials(lambda::Credentials::new(ACCESS_KEY, SECRET_KEY, None))
        .build();
    lambda::Client::new(config)
}

async fn generated_call(client: &lambda::Client) -> Result<String, String> {
    let input = lambda::types::GetFunctionRequest::builder()
        .function_name(FUNCTION)
        .qualifier(QUALIFIER)
        .build()
        .map_err(|e| e.to_string())?;
    let output = client.get_function(input).await.map_err(|e| e.to_string())?;
    output
        .configuration
        .and_then(|c| c.function_name)
        .ok_or_else(|| "no FunctionName in the parsed response".to_string())
}

fn aws_client() -> aws_sdk_lambda::Client {
    use aws_sdk_lambda::config::{BehaviorVersion, Credentials, Region};
    let http_client = aws_smithy_http_client::test_util::infallible_client_fn(|request| {
        drop(request);
        http::Response::builder()
            .status(200)
            .header("content-type", "application/json")
            .body(RESPONSE)
            .expect("a constant status, header and body always make a valid response")
    });
    let config = aws_sdk_lambda::Config::builder()
        .behavior_version(BehaviorVersion::latest())
        .region(Region::new(REGION))
        .credentials_provider(Credentials::new(ACCESS_KEY, SECRET_KEY, None, None, "bench"))
        .http_client(http_client)
        .build();
    aws_sdk_lambda::Client::from_conf(config)
}

async fn aws_call(client: &aws_sdk_lambda::Client) -> Result<String, String> {
    let output = client
        .get_function()
        .function_name(FUNCTION)
        .qualifier(QUALIFIER)
        .send()
        .await
        .map_err(|e| format!("{e:?}"))?;
    output
        .configuration
        .and_then(|c| c.function_name)
        .ok_or_else(|| "no FunctionName in the parsed response".to_string())
}

/// A bench that measures a failing call would be worthless: check each side once before timing it.
fn check(name: &str, result: Result<String, String>) {
    match result {
        Ok(f) if f == FUNCTION => {}
        Ok(other) => panic!("{name}: parsed FunctionName {other:?}, expected {FUNCTION:?}"),
        Err(e) => panic!("{name}: the GetFunction call failed: {e}"),
    }
}

#[divan::bench]
fn generated_lambda(b: Bencher) {
    let rt = runtime();
    let client = generated_client();
    check("generated lambda", rt.block_on(generated_call(&client)));
    b.bench_local(|| rt.block_on(generated_call(divan::black_box(&client))));
}

#[divan::bench]
fn aws_sdk_lambda(b: Bencher) {
    let rt = runtime();
    let client = aws_client();
    check("aws-sdk-lambda", rt.block_on(aws_call(&client)));
    b.bench_local(|| rt.block_on(aws_call(divan::black_box(&client))));
}
