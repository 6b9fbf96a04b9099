//! Smithy RPC v2 CBOR (`smithy.protocols#rpcv2Cbor`): every operation is
//! `POST /service/{service}/operation/{operation}` with `smithy-protocol: rpc-v2-cbor` and the input as a
//! CBOR map; errors name their shape in the body's `__type`.

use super::{ErrorFields, Prepared, Protocol, header_str, parse_failure, sanitize_error_code};
use crate::client::error::{DispatchError, DispatchErrorKind, ServiceError};
use crate::client::handle::Response;
use crate::client::meta::{OperationMeta, ServiceMeta};
use crate::client::mock::MockResponse;
use crate::codec::{self, Deserializer, ReadSlot, ReadValue, WriteValue, cbor};
use crate::schema::{Member, Schema};
use crate::types::Document;
use http::header::{ACCEPT, CONTENT_TYPE, HeaderName, HeaderValue};
use http::{HeaderMap, Method};

/// The protocol; generated crates of rpcv2Cbor services name it in their `ServiceMeta`.
#[derive(Debug)]
pub struct RpcV2Cbor;

/// Smithy RPC v2 CBOR.
pub static RPC_V2_CBOR: RpcV2Cbor = RpcV2Cbor;

const SMITHY_PROTOCOL: HeaderName = HeaderName::from_static("smithy-protocol");
const PROTOCOL_ID: &str = "rpc-v2-cbor";
const APPLICATION_CBOR: &str = "application/cbor";

/// The error body fields the protocol reads, as documents so that a value of an unexpected type does
/// not make the whole body unreadable. `code`/`Code` are deliberately absent: the spec forbids using
/// them to tell errors apart.
static ERROR_FIELDS: Schema = Schema::new(
    "ErrorFields",
    &[
        Member::new("__type"),
        Member::new("message"),
        Member::new("Message"),
    ],
);

#[derive(Default)]
struct RawErrorFields([Option<Document>; 3]);

impl ReadValue for RawErrorFields {
    fn read(d: &mut dyn Deserializer) -> Result<Self, codec::Error> {
        let mut f = RawErrorFields::default();
        let [a, b, c] = &mut f.0;
        d.read_struct(&ERROR_FIELDS, &mut [a, b, c])?;
        Ok(f)
    }
    fn zero() -> Self {
        RawErrorFields::default()
    }
}

fn text(v: &Option<Document>) -> Option<&str> {
    v.as_ref()?
        .as_str()
        .map(str::trim)
        .filter(|s| !s.is_empty())
}

/// The spec: a response without the request's `smithy-protocol` is malformed, and is handled by its
/// status alone.
fn speaks_cbor(headers: &HeaderMap) -> bool {
    header_str(headers, "smithy-protocol").is_some_and(|v| v == PROTOCOL_ID)
}

/// An empty body means "no members" (the spec's `empty_output_no_body`).
fn body_or_empty_map(body: &[u8]) -> &[u8] {
    if body.is_empty() { &[0xa0] } else { body }
}

/// Responses carry a CBOR map; anything else is a parse error, not an output filled by position.
fn read_body(body: &[u8], out: &mut dyn ReadSlot) -> Result<(), codec::Error> {
    let body = body_or_empty_map(body);
    if body.first().map(|b| b >> 5) != Some(5) {
        return Err(codec::Error::new("expected a CBOR map"));
    }
    cbor::read_into(body, out)
}

impl Protocol for RpcV2Cbor {
    fn name(&self) -> &'static str {
        "rpcv2Cbor"
    }

    fn serialize(
        &self,
        service: &ServiceMeta,
        op: &OperationMeta,
        input: &dyn WriteValue,
    ) -> Result<Prepared, DispatchError> {
        let mut headers = vec![
            (SMITHY_PROTOCOL, HeaderValue::from_static(PROTOCOL_ID)),
            (ACCEPT, HeaderValue::from_static(APPLICATION_CBOR)),
        ];
        // An operation without input (a unit, which reports itself absent) sends no body and so no
        // Content-Type; an empty input structure is an empty map.
        let body = if input.is_absent() {
            Vec::new()
        } else {
            headers.push((CONTENT_TYPE, HeaderValue::from_static(APPLICATION_CBOR)));
            cbor::to_vec(input).map_err(|e| {
                DispatchError::new(
                    DispatchErrorKind::Serialization,
                    format!("cannot serialize the request body: {e}"),
                )
            })?
        };
        // The service's and operation's shape names (no namespace; identifiers, so nothing to escape).
        // `target_prefix` holds the service's shape name for every protocol.
        let path = format!("/service/{}/operation/{}", service.target_prefix, op.name);
        Ok(Prepared {
            method: Method::POST,
            path,
            headers,
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
        if !speaks_cbor(&response.headers) {
            return Err(DispatchError::new(
                DispatchErrorKind::ResponseParse,
                "the response does not carry `smithy-protocol: rpc-v2-cbor`, so its body is not read",
            )
            .with_response(response.status, response.request_id.as_deref()));
        }
        read_body(&response.body, out).map_err(|e| {
            parse_failure(
                "response body",
                e,
                response.status,
                response.request_id.as_deref(),
            )
        })
    }

    fn error_fields(&self, _status: u16, headers: &HeaderMap, body: &[u8]) -> ErrorFields {
        // `X-Amzn-Errortype` is ignored, as the spec says clients must.
        if !speaks_cbor(headers) {
            return ErrorFields::default();
        }
        let raw: RawErrorFields = cbor::from_slice(body).unwrap_or_default();
        let [type_, message, message_upper] = &raw.0;
        let code = text(type_)
            .map(|c| sanitize_error_code(c).to_owned())
            .filter(|c| !c.is_empty());
        let message = text(message)
            .or_else(|| text(message_upper))
            .map(str::to_owned);
        ErrorFields {
            code,
            message,
            request_id: None,
        }
    }

    fn mock_response(
        &self,
        status: u16,
        output: &dyn WriteValue,
    ) -> Result<MockResponse, DispatchError> {
        let body = cbor::to_vec(output).map_err(|e| {
            DispatchError::new(
                DispatchErrorKind::Serialization,
                format!("cannot serialize the response body: {e}"),
            )
        })?;
        Ok(MockResponse::new(status)
            .header("smithy-protocol", PROTOCOL_ID)
            .header("content-type", "application/cbor")
            .body(body))
    }

    fn read_error(
        &self,
        error: &ServiceError,
        out: &mut dyn ReadSlot,
    ) -> Result<(), DispatchError> {
        // A body that is not one CBOR map (garbage, a proxy's HTML) is read as `{}`: the code came from
        // a readable body or not at all, so the typed error is right, just without members.
        let body = error.body();
        let body: &[u8] = if body.first().map(|b| b >> 5) == Some(5) && cbor::is_well_formed(body) {
            body
        } else {
            &[0xa0]
        };
        read_body(body, out).map_err(|e| {
            parse_failure("error response body", e, error.status(), error.request_id())
        })
    }
}
