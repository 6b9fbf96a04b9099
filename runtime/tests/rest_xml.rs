//! restXml through the whole pipeline: an S3-style service whose errors come unwrapped and sometimes
//! with a 200 status.
#![cfg(all(feature = "client", feature = "xml"))]

use rt::mock::{MockResponse, MockTransport};
use rt::protocol::RestXml;
use rt::{Credentials, Customization, Handle, HttpBinding, OperationMeta, ServiceMeta, UriPart};
use smithy_runtime as rt;

static PROTOCOL: RestXml = RestXml::new()
    .namespace("http://s3.amazonaws.com/doc/2006-03-01/", None)
    .no_error_wrapping();

static S3: ServiceMeta = ServiceMeta {
    sdk_id: "S3",
    target_prefix: "AmazonS3",
    protocol: &PROTOCOL,
    signing_name: "s3",
    endpoint_prefix: "s3",
    api_version: "2006-03-01",
    aws_query_compatible: false,
    customizations: &[
        Customization::ErrorsIn200,
        Customization::NotFoundWithoutBody,
    ],
    endpoint_rules: None,
};

/// The same service without S3's customizations.
static PLAIN: ServiceMeta = ServiceMeta {
    customizations: &[],
    ..S3
};

static COPY: OperationMeta = OperationMeta {
    name: "CopyObject",
    retryable_errors: &[],
    http: HttpBinding::new("PUT", &[UriPart::Literal("/b/k")], 200),
    request_compression: &[],
    endpoint_params: &[],
    auth: smithy_runtime::Auth::SigV4,
};

fn handle(mock: &MockTransport) -> Handle {
    let config = rt::Config::builder()
        .transport(mock.clone())
        .sleep(rt::mock::InstantSleep::new())
        .credentials(Credentials::new("AK", "secret", None))
        .region("us-east-1")
        .endpoint_url("http://127.0.0.1:1")
        .build();
    Handle::new(&S3, config)
}

const ERROR_200: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
    <Error><Code>InternalError</Code><Message>We encountered an internal error.</Message>\
    <RequestId>4442587FB7D0A2F9</RequestId></Error>";

fn call(h: &Handle) -> Result<(), rt::CallError> {
    futures_executor::block_on(h.invoke::<()>(&COPY, &()))
}

#[test]
fn an_error_document_with_200_is_the_error_and_is_retried() {
    let mock = MockTransport::new();
    for _ in 0..3 {
        mock.push(
            MockResponse::new(200)
                .header("content-type", "application/xml")
                .body(ERROR_200),
        );
    }
    let e = call(&handle(&mock)).unwrap_err();
    let s = e.as_service().expect("a service error");
    assert_eq!(s.code(), "InternalError");
    assert_eq!(s.status(), 200);
    assert_eq!(mock.request_count(), 3, "retried as a 500");
}

#[test]
fn a_200_error_then_success_succeeds() {
    let mock = MockTransport::new();
    mock.push(MockResponse::new(200).body(ERROR_200));
    mock.push(
        MockResponse::new(200).body("<CopyObjectResult><ETag>\"e\"</ETag></CopyObjectResult>"),
    );
    call(&handle(&mock)).unwrap();
    assert_eq!(mock.request_count(), 2);
}

#[test]
fn unwrapped_error_bodies_name_the_error() {
    let mock = MockTransport::new();
    mock.push(
        MockResponse::new(404)
            .header("x-amz-request-id", "4442587FB7D0A2F9")
            .header(
                "x-amz-id-2",
                "vlR7PnpV2Ce81l0PRw6jlUpck7Jo5ZsQjryTjKlc5aLWGVHPZLj5NeC6qMa0emYBDXOo6QBU0Wo=",
            )
            .body("<Error><Code>NoSuchKey</Code><Message>The key does not exist</Message></Error>"),
    );
    let e = call(&handle(&mock)).unwrap_err();
    let s = e.as_service().expect("a service error");
    assert_eq!(s.code(), "NoSuchKey");
    assert_eq!(s.message(), Some("The key does not exist"));
    assert_eq!(s.request_id(), Some("4442587FB7D0A2F9"));
    assert!(
        s.extended_request_id()
            .is_some_and(|id| id.starts_with("vlR7"))
    );
}

#[test]
fn a_404_without_a_body_is_not_found_for_s3_only() {
    for (service, code) in [(&S3, "NotFound"), (&PLAIN, "404")] {
        let mock = MockTransport::new();
        mock.push(MockResponse::new(404).header("x-amz-request-id", "R1"));
        let config = rt::mock::config(mock.clone())
            .credentials(Credentials::new("AK", "secret", None))
            .region("us-east-1")
            .endpoint_url("http://127.0.0.1:1")
            .build();
        let e = futures_executor::block_on(Handle::new(service, config).invoke::<()>(&COPY, &()))
            .unwrap_err();
        let s = e.as_service().expect("a service error");
        assert_eq!(s.code(), code);
        assert_eq!(s.status(), 404);
        assert_eq!(s.request_id(), Some("R1"));
    }
    // A 404 that names its error keeps that name.
    let mock = MockTransport::new();
    mock.push(MockResponse::new(404).body("<Error><Code>NoSuchBucket</Code></Error>"));
    let e = call(&handle(&mock)).unwrap_err();
    assert_eq!(e.code(), Some("NoSuchBucket"));
}
