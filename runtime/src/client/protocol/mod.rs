//! The protocol seam: everything that differs between Smithy protocols lives behind [`Protocol`]. The
//! orchestrator ([`crate::Handle`]) resolves the endpoint, signs, retries and times out the same way for
//! every protocol; a protocol turns an operation input into the parts of a request that do not depend on
//! the endpoint, reads an output from a response, and finds the error code and message of an error
//! response. Adding a protocol means one module here (and, when its wire format is new, one codec in
//! [`crate::codec`]).

mod aws_json;
mod json_errors;
#[cfg(feature = "xml")]
mod query;
mod rest;
mod rest_json;
#[cfg(feature = "xml")]
mod rest_xml;
#[cfg(feature = "cbor")]
mod rpc_v2_cbor;

pub use aws_json::{AWS_JSON_1_0, AWS_JSON_1_1, AwsJson};
#[cfg(feature = "xml")]
pub use query::{AWS_QUERY, EC2_QUERY, Query};
pub use rest_json::{REST_JSON_1, RestJson};
#[cfg(feature = "xml")]
pub use rest_xml::{REST_XML, RestXml};
#[cfg(feature = "cbor")]
pub use rpc_v2_cbor::{RPC_V2_CBOR, RpcV2Cbor};

use super::error::{DispatchError, DispatchErrorKind, ServiceError};
use super::handle::Response;
use super::meta::{OperationMeta, ServiceMeta};
use super::mock::MockResponse;
use crate::codec::{ReadSlot, WriteValue};
use crate::types::ByteStream;
use http::{HeaderMap, HeaderName, HeaderValue, Method};
use std::fmt;

/// A request as a protocol frames it, before the endpoint (scheme, host, base path) and the signature
/// are added. Built once per call and reused by every attempt.
#[derive(Clone, Debug, Default)]
pub struct Prepared {
    /// The HTTP method.
    pub method: Method,
    /// The operation's path and query (`/`, `/2015-03-31/functions/f?Qualifier=1`).
    pub path: String,
    /// The operation's headers (signing adds its own).
    pub headers: Vec<(HeaderName, HeaderValue)>,
    /// The body.
    pub body: Vec<u8>,
    /// A `@streaming` payload that is not in memory (a file, a reader): sent instead of `body`, which
    /// is then empty. A stream held in memory is put in `body`.
    pub stream: Option<ByteStream>,
    /// The output's payload is a stream: a 2xx response body is handed over as it arrives.
    pub stream_response: bool,
}

/// What an error response says about itself.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ErrorFields {
    /// The sanitised error code, when the response names one.
    pub code: Option<String>,
    /// The message, when the response has one.
    pub message: Option<String>,
    /// The request id the body names (the query protocols' `<RequestId>`), for a response whose
    /// headers do not.
    pub request_id: Option<String>,
}

/// One Smithy protocol. Implementations are `static`s that generated crates name in their
/// [`ServiceMeta`].
pub trait Protocol: Send + Sync + fmt::Debug {
    /// The protocol's name as Smithy spells it (`awsJson1_1`).
    fn name(&self) -> &'static str;

    /// Frames `input` for `op`.
    fn serialize(
        &self,
        service: &ServiceMeta,
        op: &OperationMeta,
        input: &dyn WriteValue,
    ) -> Result<Prepared, DispatchError>;

    /// Reads a 2xx response into `out` (an `Option` of the output type). The response is the
    /// protocol's to use up: a protocol that builds a tree of the body first may take the body and drop
    /// it before the tree is read, so that the body, the tree and the output are never all in memory.
    fn read_output(
        &self,
        response: &mut Response,
        out: &mut dyn ReadSlot,
    ) -> Result<(), DispatchError>;

    /// The error code and message of a non-2xx response. Never fails: a body that says nothing
    /// (HTML from a proxy, nothing at all) gives empty fields.
    fn error_fields(&self, status: u16, headers: &HeaderMap, body: &[u8]) -> ErrorFields;

    /// Reads the body of an error response into `out` (an `Option` of a modeled error structure).
    fn read_error(&self, error: &ServiceError, out: &mut dyn ReadSlot)
    -> Result<(), DispatchError>;

    /// What a server speaking this protocol sends for `output` (an output or a modeled error structure)
    /// with `status`: for mocks, and the generated tests of a model's examples.
    fn mock_response(
        &self,
        status: u16,
        output: &dyn WriteValue,
    ) -> Result<MockResponse, DispatchError>;
}

/// The spec's sanitising of error codes: cut at the first `:`, then keep what follows the first `#`.
pub fn sanitize_error_code(raw: &str) -> &str {
    let raw = raw.split(':').next().unwrap_or(raw);
    let raw = match raw.split_once('#') {
        Some((_, name)) => name,
        None => raw,
    };
    raw.trim()
}

pub(crate) fn header_str(headers: &HeaderMap, name: &str) -> Option<String> {
    let v = headers.get(name)?;
    let s = String::from_utf8_lossy(v.as_bytes()).trim().to_owned();
    (!s.is_empty()).then_some(s)
}

pub(crate) fn request_id(headers: &HeaderMap) -> Option<String> {
    header_str(headers, "x-amzn-requestid").or_else(|| header_str(headers, "x-amz-request-id"))
}

/// A body that does not parse as the expected shape.
pub(crate) fn parse_failure(
    what: &str,
    e: crate::codec::Error,
    status: u16,
    request_id: Option<&str>,
) -> DispatchError {
    let mut err = DispatchError::new(
        DispatchErrorKind::ResponseParse,
        format!("cannot parse the {what}"),
    )
    .with_response(status, request_id);
    err.0.path = e.path();
    err.with_source(CodecError(e.message().to_owned()))
}

/// The codec's message as the source of a parse error (the path is on the [`DispatchError`]).
#[derive(Debug)]
struct CodecError(String);

impl fmt::Display for CodecError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for CodecError {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sanitize_spec_examples() {
        for raw in [
            "FooError",
            "FooError:http://internal.amazon.com/coral/com.amazon.coral.validate/",
            "smithy.example#FooError",
            "smithy.example#FooError:http://internal.amazon.com/coral/com.amazon.coral.validate/",
        ] {
            assert_eq!(sanitize_error_code(raw), "FooError", "{raw}");
        }
        assert_eq!(sanitize_error_code(""), "");
        assert_eq!(sanitize_error_code("#"), "");
    }
}
