//! The error code and message of a JSON error response, the same for awsJson and restJson1: the code from
//! `X-Amzn-Errortype`, else the body's `code`, else its `__type`, each sanitised; the message from
//! `message`, `Message` or `errorMessage`.

use super::{ErrorFields, header_str, sanitize_error_code};
use crate::codec::json::{self, Settings};
use crate::codec::{self, Deserializer, ReadValue};
use crate::schema::{Member, Schema};
use crate::types::Document;
use http::HeaderMap;

/// The error body fields the protocol reads; values of any JSON type, so that a number where a string
/// belongs does not make the whole body unreadable.
static ERROR_FIELDS: Schema = Schema::new(
    "ErrorFields",
    &[
        Member::new("code"),
        Member::new("__type"),
        Member::new("message"),
        Member::new("Message"),
        Member::new("errorMessage"),
    ],
);

#[derive(Default)]
struct RawErrorFields([Option<Document>; 5]);

impl ReadValue for RawErrorFields {
    fn read(d: &mut dyn Deserializer) -> Result<Self, codec::Error> {
        let mut f = RawErrorFields::default();
        let [a, b, c, e, g] = &mut f.0;
        d.read_struct(&ERROR_FIELDS, &mut [a, b, c, e, g])?;
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

/// Never fails: a body that is not JSON, or not an object, says nothing.
pub(super) fn json_error_fields(headers: &HeaderMap, body: &[u8]) -> ErrorFields {
    let raw: RawErrorFields = json::from_slice(body, Settings::AWS_JSON).unwrap_or_default();
    let [code, type_, message, message_upper, error_message] = &raw.0;
    let code = header_str(headers, "x-amzn-errortype")
        .map(|h| sanitize_error_code(&h).to_owned())
        .filter(|c| !c.is_empty())
        .or_else(|| {
            text(code)
                .map(|c| sanitize_error_code(c).to_owned())
                .filter(|c| !c.is_empty())
        })
        .or_else(|| {
            text(type_)
                .map(|c| sanitize_error_code(c).to_owned())
                .filter(|c| !c.is_empty())
        });
    let message = text(message)
        .or_else(|| text(message_upper))
        .or_else(|| text(error_message))
        .map(str::to_owned);
    ErrorFields {
        code,
        message,
        request_id: None,
    }
}
