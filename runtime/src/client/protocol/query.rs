//! awsQuery and ec2Query: every operation is `POST /` with the input as a form (`Action`, `Version` and
//! the members, see [`crate::codec::query`]); answers are XML. awsQuery wraps an output in
//! `<OperationResponse><OperationResult>` and an error in `<ErrorResponse><Error>`; ec2Query puts the
//! output's members straight into `<OperationResponse>` and errors into `<Response><Errors><Error>`,
//! with the request id in `<RequestID>`.

use super::{ErrorFields, Prepared, Protocol, parse_failure};
use crate::client::error::{DispatchError, DispatchErrorKind, ServiceError};
use crate::client::handle::Response;
use crate::client::meta::{OperationMeta, ServiceMeta};
use crate::client::mock::MockResponse;
use crate::codec::query::{self, Style};
use crate::codec::xml::{self, Element};
use crate::codec::{self, ReadSlot, WriteValue};
use http::header::{CONTENT_TYPE, HeaderValue};
use http::{HeaderMap, Method};

/// One of the two query protocols.
#[derive(Debug)]
pub struct Query {
    style: Style,
}

pub static AWS_QUERY: Query = Query {
    style: Style::AwsQuery,
};
pub static EC2_QUERY: Query = Query {
    style: Style::Ec2Query,
};

const FORM: &str = "application/x-www-form-urlencoded";
/// What the mocks answer with; the namespace real services use differs per service and is not read.
const MOCK_NAMESPACE: &str = "https://example.com/";

fn serialization(what: &str, e: codec::Error) -> DispatchError {
    DispatchError::new(
        DispatchErrorKind::Serialization,
        format!("cannot serialize the {what}: {e}"),
    )
}

/// A body of only whitespace stands for an empty document.
fn parse_body(body: &[u8]) -> Result<Option<Element>, codec::Error> {
    if body.iter().all(u8::is_ascii_whitespace) {
        return Ok(None);
    }
    xml::parse(body).map(Some)
}

impl Query {
    /// The `<Error>` element of an error response.
    fn error_element<'a>(&self, root: &'a Element) -> Option<&'a Element> {
        match self.style {
            Style::AwsQuery => root.child("Error"),
            Style::Ec2Query => root.child("Errors").and_then(|e| e.child("Error")),
        }
    }

    /// The element holding an output's members.
    fn result_element<'a>(&self, root: &'a Element) -> Option<&'a Element> {
        match self.style {
            // `<OperationNameResult>`: the protocol spells it after the operation; any `…Result` child
            // is taken, as the operation is the one this response answers.
            Style::AwsQuery => root
                .children
                .iter()
                .find(|c| xml::local_name(&c.name).ends_with("Result")),
            Style::Ec2Query => Some(root),
        }
    }
}

impl Protocol for Query {
    fn name(&self) -> &'static str {
        match self.style {
            Style::AwsQuery => "awsQuery",
            Style::Ec2Query => "ec2Query",
        }
    }

    fn serialize(
        &self,
        service: &ServiceMeta,
        op: &OperationMeta,
        input: &dyn WriteValue,
    ) -> Result<Prepared, DispatchError> {
        let mut body = String::with_capacity(64);
        query::push_pair(&mut body, "Action", op.name);
        query::push_pair(&mut body, "Version", service.api_version);
        query::append(&mut body, input, self.style)
            .map_err(|e| serialization("request body", e))?;
        Ok(Prepared {
            method: Method::POST,
            path: "/".to_owned(),
            headers: vec![(CONTENT_TYPE, HeaderValue::from_static(FORM))],
            body: body.into_bytes(),
        })
    }

    fn read_output(
        &self,
        response: &Response,
        out: &mut dyn ReadSlot,
    ) -> Result<(), DispatchError> {
        let fail = |e| {
            parse_failure(
                "response body",
                e,
                response.status,
                response.request_id.as_deref(),
            )
        };
        let root = parse_body(&response.body).map_err(fail)?;
        let empty = Element::default();
        let result = root
            .as_ref()
            .and_then(|r| self.result_element(r))
            .unwrap_or(&empty);
        xml::read_element_into(result, out).map_err(fail)
    }

    fn error_fields(&self, _status: u16, _headers: &HeaderMap, body: &[u8]) -> ErrorFields {
        let Ok(Some(root)) = parse_body(body) else {
            return ErrorFields::default();
        };
        let text =
            |e: Option<&Element>, name: &str| e.and_then(|e| e.child_text(name)).map(str::to_owned);
        let error = self.error_element(&root);
        ErrorFields {
            code: text(error, "Code"),
            message: text(error, "Message"),
            request_id: text(Some(&root), "RequestId").or_else(|| text(Some(&root), "RequestID")),
        }
    }

    fn read_error(
        &self,
        error: &ServiceError,
        out: &mut dyn ReadSlot,
    ) -> Result<(), DispatchError> {
        // A body that is not the protocol's error document (a proxy's HTML, nothing) reads as an error
        // without members: the code came from the body or not at all.
        let root = parse_body(error.body()).ok().flatten();
        let empty = Element::default();
        let element = root
            .as_ref()
            .and_then(|r| self.error_element(r))
            .unwrap_or(&empty);
        xml::read_element_into(element, out).map_err(|e| {
            parse_failure("error response body", e, error.status(), error.request_id())
        })
    }

    fn mock_response(
        &self,
        status: u16,
        output: &dyn WriteValue,
    ) -> Result<MockResponse, DispatchError> {
        let mut w = xml::Writer::new();
        if (200..300).contains(&status) {
            w.start("OperationResponse", Some((MOCK_NAMESPACE, None)));
            if self.style == Style::AwsQuery {
                w.start("OperationResult", None);
            }
            w.content(output)
                .map_err(|e| serialization("response body", e))?;
            match self.style {
                Style::AwsQuery => {
                    w.end("OperationResult")
                        .start("ResponseMetadata", None)
                        .text_element("RequestId", "mock-request-id")
                        .end("ResponseMetadata");
                }
                Style::Ec2Query => {
                    w.text_element("requestId", "mock-request-id");
                }
            }
            w.end("OperationResponse");
        } else {
            // The error structure as its own document names its code (the shape name, which the
            // generated error matching accepts besides an `@awsQueryError` code).
            let own = xml::to_vec(output).map_err(|e| serialization("error body", e))?;
            let (code, members) = split_root(&own);
            match self.style {
                Style::AwsQuery => {
                    w.start("ErrorResponse", Some((MOCK_NAMESPACE, None)))
                        .start("Error", None)
                        .text_element("Type", if status < 500 { "Sender" } else { "Receiver" })
                        .text_element("Code", code);
                }
                Style::Ec2Query => {
                    w.start("Response", None)
                        .start("Errors", None)
                        .start("Error", None)
                        .text_element("Code", code);
                }
            }
            let mut body = w.finish();
            body.extend_from_slice(members.as_bytes());
            let mut w = xml::Writer::new();
            match self.style {
                Style::AwsQuery => {
                    w.end("Error")
                        .text_element("RequestId", "mock-request-id")
                        .end("ErrorResponse");
                }
                Style::Ec2Query => {
                    w.end("Error")
                        .end("Errors")
                        .text_element("RequestID", "mock-request-id")
                        .end("Response");
                }
            }
            body.extend_from_slice(&w.finish());
            return Ok(MockResponse::new(status)
                .header("content-type", "text/xml")
                .body(body));
        }
        Ok(MockResponse::new(status)
            .header("content-type", "text/xml")
            .body(w.finish()))
    }
}

/// `<Name attrs>members</Name>` as `("Name", "members")`.
fn split_root(doc: &[u8]) -> (&str, &str) {
    let doc = std::str::from_utf8(doc).unwrap_or_default();
    let open_end = doc.find('>').unwrap_or(doc.len());
    let name_end = doc[..open_end].find([' ', '/']).unwrap_or(open_end);
    let name = doc.get(1..name_end).unwrap_or_default();
    let members = match doc.rfind("</") {
        Some(close) if close > open_end => &doc[open_end + 1..close],
        _ => "",
    };
    (name, members)
}
