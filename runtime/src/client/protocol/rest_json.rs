//! restJson1: the HTTP binding traits ([`super::rest`]) with JSON bodies (`@jsonName` honoured), errors
//! named like awsJson's.

use super::json_errors::{json_error_fields, lossy};
use super::rest::{self, BodyFormat};
use super::{ErrorFields, Prepared, Protocol, parse_failure};
use crate::client::error::{DispatchError, ServiceError};
use crate::client::handle::Response;
use crate::client::meta::{OperationMeta, ServiceMeta};
use crate::client::mock::MockResponse;
use crate::codec::json::{self, Settings};
use crate::codec::{Error, ReadSlot, WriteValue};
use crate::schema::{Location, Schema};
use http::HeaderMap;

/// The restJson1 protocol.
#[derive(Debug)]
pub struct RestJson {
    _private: (),
}

/// restJson1.
pub static REST_JSON_1: RestJson = RestJson { _private: () };

struct Json;

static JSON: Json = Json;

impl BodyFormat for Json {
    fn content_type(&self) -> &'static str {
        "application/json"
    }

    fn write_members(
        &self,
        schema: &'static Schema,
        members: &[&dyn WriteValue],
        keep: fn(Location) -> bool,
    ) -> Result<Vec<u8>, Error> {
        json::struct_to_vec(schema, members, Settings::REST_JSON, keep)
    }

    fn write_value(&self, value: &dyn WriteValue) -> Result<Vec<u8>, Error> {
        json::to_vec(value, Settings::REST_JSON)
    }

    fn empty_structure(&self) -> Option<&'static [u8]> {
        Some(b"{}")
    }

    fn read_members(
        &self,
        body: &[u8],
        schema: &'static Schema,
        slots: &mut [&mut dyn ReadSlot],
        keep: fn(Location) -> bool,
    ) -> Result<(), Error> {
        json::read_struct_into(body, Settings::REST_JSON, schema, slots, keep)
    }

    fn read_value(&self, body: &[u8], slot: &mut dyn ReadSlot) -> Result<(), Error> {
        json::read_into(body, Settings::REST_JSON, slot)
    }
}

impl Protocol for RestJson {
    fn name(&self) -> &'static str {
        "restJson1"
    }

    fn serialize(
        &self,
        service: &ServiceMeta,
        op: &OperationMeta,
        input: &dyn WriteValue,
    ) -> Result<Prepared, DispatchError> {
        rest::request(service, op, input, &JSON)
    }

    fn read_output(
        &self,
        response: &mut Response,
        out: &mut dyn ReadSlot,
    ) -> Result<(), DispatchError> {
        rest::output(response, out, &JSON).map_err(|e| {
            parse_failure(
                "response",
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
        let framed = rest::frame_response(output, &JSON)?;
        let mut r = MockResponse::new(framed.status.unwrap_or(status)).body(framed.body);
        if let Some(stream) = framed.stream {
            r = r.body_stream(stream);
        }
        for (name, value) in framed.headers {
            r = r.header(name.as_str(), String::from_utf8_lossy(value.as_bytes()));
        }
        Ok(r)
    }

    fn read_error(
        &self,
        error: &ServiceError,
        out: &mut dyn ReadSlot,
    ) -> Result<(), DispatchError> {
        rest::response(
            error.status(),
            error.headers(),
            &lossy(error.body()),
            out,
            &JSON,
            true,
        )
        .map_err(|e| parse_failure("error response", e, error.status(), error.request_id()))
    }
}
