//! restXml: the HTTP binding traits ([`super::rest`]) with XML bodies ([`crate::codec::xml`]): the
//! input's body members as the document rooted at the input shape's element (with the service's
//! `@xmlNamespace` when the shape has none), payload structures named by the member's `@xmlName`, and
//! errors as `<ErrorResponse><Error><Code>` (or, for `@restXml(noErrorWrapping: true)` services such
//! as S3, a bare `<Error>`).

use super::rest::{self, BodyFormat};
use super::{ErrorFields, Prepared, Protocol, header_str, parse_failure, sanitize_error_code};
use crate::client::error::{DispatchError, ServiceError};
use crate::client::handle::Response;
use crate::client::meta::{OperationMeta, ServiceMeta};
use crate::client::mock::MockResponse;
use crate::codec::xml::{self, Element};
use crate::codec::{Error, ReadSlot, WriteValue};
use crate::schema::{Location, Member, Schema, XmlNamespace};
use http::HeaderMap;

/// The restXml protocol of one service: generated crates make their own, with the service's
/// `@xmlNamespace` and whether its errors come unwrapped.
#[derive(Debug)]
pub struct RestXml {
    body: Xml,
    no_error_wrapping: bool,
}

impl RestXml {
    /// restXml with `<ErrorResponse>`-wrapped errors and no XML namespace.
    pub const fn new() -> RestXml {
        RestXml {
            body: Xml { namespace: None },
            no_error_wrapping: false,
        }
    }

    /// The service's `@xmlNamespace`, put on the root of request bodies whose shape has none.
    pub const fn namespace(mut self, uri: &'static str, prefix: Option<&'static str>) -> RestXml {
        self.body.namespace = Some((uri, prefix));
        self
    }

    /// `@restXml(noErrorWrapping: true)`: error bodies are `<Error>` without `<ErrorResponse>` around it.
    pub const fn no_error_wrapping(mut self) -> RestXml {
        self.no_error_wrapping = true;
        self
    }
}

impl Default for RestXml {
    fn default() -> Self {
        RestXml::new()
    }
}

/// restXml without a service namespace, errors wrapped.
pub static REST_XML: RestXml = RestXml::new();

#[derive(Debug)]
struct Xml {
    namespace: Option<XmlNamespace>,
}

fn root(body: &[u8]) -> Result<Element, Error> {
    xml::parse(body)
}

impl BodyFormat for Xml {
    fn content_type(&self) -> &'static str {
        "application/xml"
    }

    fn write_members(
        &self,
        schema: &'static Schema,
        members: &[&dyn WriteValue],
        keep: fn(Location) -> bool,
    ) -> Result<Vec<u8>, Error> {
        xml::struct_to_vec_in(schema, members, keep, self.namespace)
    }

    fn write_value(&self, value: &dyn WriteValue) -> Result<Vec<u8>, Error> {
        xml::to_vec(value)
    }

    fn write_payload(&self, member: &Member, value: &dyn WriteValue) -> Result<Vec<u8>, Error> {
        xml::payload_to_vec(member, value)
    }

    fn empty_structure(&self) -> Option<&'static [u8]> {
        None
    }

    fn read_members(
        &self,
        body: &[u8],
        schema: &'static Schema,
        slots: &mut [&mut dyn ReadSlot],
        keep: fn(Location) -> bool,
    ) -> Result<(), Error> {
        let root = root(body)?;
        if let Some(i) = unwrapped_member(&root, schema, keep) {
            return xml::read_element_into(&root, &mut *slots[i]);
        }
        xml::read_struct_from(&root, schema, slots, keep)
    }

    fn read_value(&self, body: &[u8], slot: &mut dyn ReadSlot) -> Result<(), Error> {
        xml::read_element_into(&root(body)?, slot)
    }
}

/// The one body member whose element is the whole document, for outputs such as S3's
/// `GetBucketLocation` (`aws.customizations#s3UnwrappedXmlOutput`:
/// `<LocationConstraint>us-west-2</LocationConstraint>` instead of the output's element around it):
/// the output has exactly one body member, the root is named like it, and holds no element of that
/// name (which a wrapped document would, whatever the output's own element is called).
fn unwrapped_member(
    root: &Element,
    schema: &'static Schema,
    keep: fn(Location) -> bool,
) -> Option<usize> {
    let mut body = schema
        .members
        .iter()
        .enumerate()
        .filter(|(_, m)| keep(m.location));
    let (i, m) = body.next()?;
    if body.next().is_some() {
        return None;
    }
    let name = m.xml_name.unwrap_or(m.name);
    (root.is_named(name) && root.child(name).is_none()).then_some(i)
}

/// The `<Error>` element of an error body, wrapped in `<ErrorResponse>` or not (a service that says it
/// does not wrap is still understood when a proxy or an older endpoint does, and the other way round).
fn error_element(root: &Element) -> &Element {
    if root.is_named("ErrorResponse") {
        root.child("Error").unwrap_or(root)
    } else {
        root
    }
}

/// Modeled errors: their body members are the children of `<Error>`.
struct ErrorXml;

impl BodyFormat for ErrorXml {
    fn content_type(&self) -> &'static str {
        "application/xml"
    }

    fn write_members(
        &self,
        schema: &'static Schema,
        members: &[&dyn WriteValue],
        keep: fn(Location) -> bool,
    ) -> Result<Vec<u8>, Error> {
        xml::struct_to_vec(schema, members, keep)
    }

    fn write_value(&self, value: &dyn WriteValue) -> Result<Vec<u8>, Error> {
        xml::to_vec(value)
    }

    fn empty_structure(&self) -> Option<&'static [u8]> {
        None
    }

    fn read_members(
        &self,
        body: &[u8],
        schema: &'static Schema,
        slots: &mut [&mut dyn ReadSlot],
        keep: fn(Location) -> bool,
    ) -> Result<(), Error> {
        xml::read_struct_from(error_element(&root(body)?), schema, slots, keep)
    }

    fn read_value(&self, body: &[u8], slot: &mut dyn ReadSlot) -> Result<(), Error> {
        xml::read_element_into(error_element(&root(body)?), slot)
    }
}

static ERROR_XML: ErrorXml = ErrorXml;

/// The code and message of an XML error body; a body that is not XML (a proxy's HTML page) has
/// neither, and the error is then named by its status.
pub(crate) fn xml_error_fields(headers: &HeaderMap, body: &[u8]) -> ErrorFields {
    let parsed = root(body).ok();
    let error = parsed.as_ref().map(error_element);
    let text = |name: &str| {
        error
            .and_then(|e| e.child_text(name))
            .map(str::trim)
            .filter(|t| !t.is_empty())
            .map(str::to_owned)
    };
    ErrorFields {
        // The mock answers of model examples name their error in this header, as for restJson1.
        code: text("Code")
            .or_else(|| header_str(headers, "x-amzn-errortype"))
            .map(|c| sanitize_error_code(&c).to_owned()),
        message: text("Message"),
        // `<ErrorResponse><RequestId>` or S3's `<Error><RequestId>`.
        request_id: parsed
            .as_ref()
            .and_then(|r| r.child_text("RequestId"))
            .or_else(|| error.and_then(|e| e.child_text("RequestId")))
            .map(|t| t.trim().to_owned())
            .filter(|t| !t.is_empty()),
    }
}

impl Protocol for RestXml {
    fn name(&self) -> &'static str {
        "restXml"
    }

    fn serialize(
        &self,
        service: &ServiceMeta,
        op: &OperationMeta,
        input: &dyn WriteValue,
    ) -> Result<Prepared, DispatchError> {
        rest::request(service, op, input, &self.body)
    }

    fn read_output(
        &self,
        response: &mut Response,
        out: &mut dyn ReadSlot,
    ) -> Result<(), DispatchError> {
        rest::output(response, out, &self.body).map_err(|e| {
            parse_failure(
                "response",
                e,
                response.status,
                response.request_id.as_deref(),
            )
        })
    }

    fn error_fields(&self, _status: u16, headers: &HeaderMap, body: &[u8]) -> ErrorFields {
        xml_error_fields(headers, body)
    }

    fn mock_response(
        &self,
        status: u16,
        output: &dyn WriteValue,
    ) -> Result<MockResponse, DispatchError> {
        let framed = if status >= 300 {
            rest::frame_response(output, &ERROR_XML)?
        } else {
            rest::frame_response(output, &self.body)?
        };
        let body = if status >= 300 {
            // A server's error document: the members inside `<Error>`, wrapped unless the service
            // says otherwise.
            let inner = String::from_utf8_lossy(&framed.body);
            let inner = strip_root(&inner);
            let error = format!("<Error>{inner}</Error>");
            if self.no_error_wrapping {
                error.into_bytes()
            } else {
                format!("<ErrorResponse>{error}</ErrorResponse>").into_bytes()
            }
        } else {
            framed.body
        };
        let mut r = MockResponse::new(framed.status.unwrap_or(status)).body(body);
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
            error.body(),
            out,
            &ERROR_XML,
            true,
        )
        .map_err(|e| parse_failure("error response", e, error.status(), error.request_id()))
    }
}

/// The content of a document's root element (`<A x="1"><b/></A>` -> `<b/>`); empty for `<A/>`.
fn strip_root(doc: &str) -> &str {
    let Some(open_end) = doc.find('>') else {
        return "";
    };
    if doc[..open_end].ends_with('/') {
        return "";
    }
    match doc.rfind("</") {
        Some(close) if close > open_end => &doc[open_end + 1..close],
        _ => "",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn error_codes_wrapped_or_not() {
        let headers = HeaderMap::new();
        let wrapped = b"<ErrorResponse><Error><Type>Sender</Type><Code>InvalidGreeting</Code>\
            <Message>Hi</Message></Error><RequestId>foo-id</RequestId></ErrorResponse>";
        let f = xml_error_fields(&headers, wrapped);
        assert_eq!(f.code.as_deref(), Some("InvalidGreeting"));
        assert_eq!(f.message.as_deref(), Some("Hi"));
        let bare =
            b"<?xml version=\"1.0\"?><Error><Code>NoSuchKey</Code><Message>gone</Message></Error>";
        assert_eq!(
            xml_error_fields(&headers, bare).code.as_deref(),
            Some("NoSuchKey")
        );
        assert_eq!(
            xml_error_fields(&headers, b"<html>bad gateway</html>"),
            ErrorFields::default()
        );
        assert_eq!(xml_error_fields(&headers, b""), ErrorFields::default());
    }

    #[test]
    fn an_unwrapped_output_is_its_one_member() {
        use crate::schema::Member;
        static OUT: Schema =
            Schema::new("Out", &[Member::new("LocationConstraint")]).xml("LocationConstraint");
        let keep: fn(Location) -> bool = Location::in_response_body;
        let unwrapped =
            root(b"<LocationConstraint xmlns=\"x\">us-west-2</LocationConstraint>").unwrap();
        assert_eq!(unwrapped_member(&unwrapped, &OUT, keep), Some(0));
        let wrapped = root(b"<LocationConstraint><LocationConstraint>eu-west-1</LocationConstraint></LocationConstraint>").unwrap();
        assert_eq!(unwrapped_member(&wrapped, &OUT, keep), None);
        let other = root(b"<Out><Else>1</Else></Out>").unwrap();
        assert_eq!(unwrapped_member(&other, &OUT, keep), None);
    }

    #[test]
    fn roots_strip() {
        assert_eq!(strip_root("<A x=\"1\"><b>t</b></A>"), "<b>t</b>");
        assert_eq!(strip_root("<A/>"), "");
        assert_eq!(strip_root(""), "");
    }
}
