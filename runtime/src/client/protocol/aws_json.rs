//! awsJson 1.0 and 1.1: every operation is `POST /` with the operation in `X-Amz-Target` and the input
//! as a JSON body; errors name their code in `X-Amzn-Errortype`, `code` or `__type`.

use super::json_errors::{json_error_fields, lossy};
use super::{ErrorFields, Prepared, Protocol, parse_failure};
use crate::client::error::{DispatchError, DispatchErrorKind, ServiceError};
use crate::client::handle::Response;
use crate::client::meta::{OperationMeta, ServiceMeta};
use crate::client::mock::MockResponse;
use crate::codec::json::{self, Settings};
use crate::codec::{self, ReadSlot, WriteValue};
use http::header::{CONTENT_TYPE, HeaderName, HeaderValue};
use http::{HeaderMap, Method};

/// awsJson in one of its two versions, which differ only in the `Content-Type`.
#[derive(Debug)]
pub struct AwsJson {
    name: &'static str,
    content_type: &'static str,
}

/// awsJson 1.0.
pub static AWS_JSON_1_0: AwsJson = AwsJson {
    name: "awsJson1_0",
    content_type: "application/x-amz-json-1.0",
};
/// awsJson 1.1.
pub static AWS_JSON_1_1: AwsJson = AwsJson {
    name: "awsJson1_1",
    content_type: "application/x-amz-json-1.1",
};

const X_AMZ_TARGET: HeaderName = HeaderName::from_static("x-amz-target");

fn is_blank(body: &[u8]) -> bool {
    body.iter().all(u8::is_ascii_whitespace)
}

/// An empty body means "no members": servers may send nothing for an empty output.
fn body_or_empty_object(body: &[u8]) -> &[u8] {
    if is_blank(body) { b"{}" } else { body }
}

impl Protocol for AwsJson {
    fn name(&self) -> &'static str {
        self.name
    }

    fn serialize(
        &self,
        service: &ServiceMeta,
        op: &OperationMeta,
        input: &dyn WriteValue,
    ) -> Result<Prepared, DispatchError> {
        let body = json::to_vec(input, Settings::AWS_JSON).map_err(|e| {
            DispatchError::new(
                DispatchErrorKind::Serialization,
                format!("cannot serialize the request body: {e}"),
            )
        })?;
        let mut target = String::with_capacity(service.target_prefix.len() + 1 + op.name.len());
        target.push_str(service.target_prefix);
        target.push('.');
        target.push_str(op.name);
        let target = HeaderValue::try_from(target).map_err(|e| {
            DispatchError::new(
                DispatchErrorKind::Serialization,
                format!(
                    "invalid X-Amz-Target `{}.{}`: {e}",
                    service.target_prefix, op.name
                ),
            )
        })?;
        Ok(Prepared {
            method: Method::POST,
            path: "/".to_owned(),
            headers: vec![
                (CONTENT_TYPE, HeaderValue::from_static(self.content_type)),
                (X_AMZ_TARGET, target),
            ],
            body,
            stream: None,
            stream_response: false,
        })
    }

    fn read_output(
        &self,
        response: &mut Response,
        out: &mut dyn ReadSlot,
    ) -> Result<(), DispatchError> {
        // The content type is not checked: some servers label JSON as `text/html`.
        let body = body_or_empty_object(&response.body);
        read_body(body, out).map_err(|e| {
            parse_failure(
                "response body",
                e,
                response.status,
                response.request_id.as_deref(),
            )
        })
    }

    fn error_fields(&self, _status: u16, headers: &HeaderMap, body: &[u8]) -> ErrorFields {
        json_error_fields(headers, body)
    }

    fn mock_response(
        &self,
        status: u16,
        output: &dyn WriteValue,
    ) -> Result<MockResponse, DispatchError> {
        self.json_response(status, output)
    }

    fn read_error(
        &self,
        error: &ServiceError,
        out: &mut dyn ReadSlot,
    ) -> Result<(), DispatchError> {
        // A body that is not a JSON object (an HTML page, garbage, nothing) is read as `{}`: the code
        // already came from a header, so the typed error is still the right one, just without members.
        let body = lossy(error.body());
        let is_object = body.iter().find(|b| !b.is_ascii_whitespace()) == Some(&b'{')
            && json::from_slice::<codec::Skip>(&body, Settings::AWS_JSON).is_ok();
        let body: &[u8] = if is_object { &body } else { b"{}" };
        read_body(body_or_empty_object(body), out).map_err(|e| {
            parse_failure("error response body", e, error.status(), error.request_id())
        })
    }
}

impl AwsJson {
    fn json_response(
        &self,
        status: u16,
        output: &dyn WriteValue,
    ) -> Result<MockResponse, DispatchError> {
        let body = json::to_vec(output, Settings::AWS_JSON).map_err(|e| {
            DispatchError::new(
                DispatchErrorKind::Serialization,
                format!("cannot serialize the response body: {e}"),
            )
        })?;
        Ok(MockResponse::new(status)
            .header("content-type", self.content_type)
            .body(body))
    }
}

/// awsJson bodies are objects: anything else is a parse error, not an output filled by position.
fn read_body(body: &[u8], out: &mut dyn ReadSlot) -> Result<(), codec::Error> {
    if body.iter().find(|b| !b.is_ascii_whitespace()) != Some(&b'{') {
        return Err(codec::Error::new("expected a JSON object"));
    }
    json::read_into(body, Settings::AWS_JSON, out)
}
