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

/// awsQuery.
pub static AWS_QUERY: Query = Query {
    style: Style::AwsQuery,
};
/// ec2Query.
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
            ..Prepared::default()
        })
    }

    fn read_output(
        &self,
        response: &mut Response,
        out: &mut dyn ReadSlot,
    ) -> Result<(), DispatchError> {
        // The tree holds every text of the body: the body goes before the tree is read into the output.
        let body = std::mem::take(&mut response.body);
        let fail = |e| {
            parse_failure(
                "response body",
                e,
                response.status,
                response.request_id.as_deref(),
            )
        };
        let root = parse_body(&body).map_err(fail)?;
        drop(body);
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::codec::{Deserializer, Error, ReadValue, Serializer};
    use crate::schema::{Member, Schema};

    static GREETING: Schema = Schema::new(
        "InvalidGreeting",
        &[Member::new("Message"), Member::new("Count")],
    );

    #[derive(Debug, Default, PartialEq)]
    struct Greeting {
        message: Option<String>,
        count: Option<i32>,
    }

    impl WriteValue for Greeting {
        fn write(&self, s: &mut dyn Serializer) -> Result<(), Error> {
            s.write_struct(&GREETING, &[&self.message, &self.count])
        }
    }

    impl ReadValue for Greeting {
        fn read(d: &mut dyn Deserializer) -> Result<Self, Error> {
            let mut g = Greeting::default();
            d.read_struct(&GREETING, &mut [&mut g.message, &mut g.count])?;
            Ok(g)
        }
        fn zero() -> Self {
            Greeting::default()
        }
    }

    fn body_of(m: MockResponse) -> Vec<u8> {
        m.into_http().expect("valid").into_body()
    }

    fn greeting() -> Greeting {
        Greeting {
            message: Some("Hi <there> & bye".into()),
            count: Some(3),
        }
    }

    #[test]
    fn mock_errors_carry_the_code_and_read_back() {
        for p in [&AWS_QUERY, &EC2_QUERY] {
            let body = body_of(p.mock_response(400, &greeting()).unwrap());
            let f = p.error_fields(400, &HeaderMap::new(), &body);
            assert_eq!(f.code.as_deref(), Some("InvalidGreeting"), "{}", p.name());
            assert_eq!(f.message.as_deref(), Some("Hi <there> & bye"));
            assert_eq!(f.request_id.as_deref(), Some("mock-request-id"));
            let root = xml::parse(&body).unwrap();
            let mut out: Option<Greeting> = None;
            xml::read_element_into(p.error_element(&root).unwrap(), &mut out).unwrap();
            assert_eq!(out, Some(greeting()));
        }
    }

    #[test]
    fn mock_outputs_read_back() {
        for p in [&AWS_QUERY, &EC2_QUERY] {
            let body = body_of(p.mock_response(200, &greeting()).unwrap());
            let root = xml::parse(&body).unwrap();
            let mut out: Option<Greeting> = None;
            xml::read_element_into(p.result_element(&root).unwrap(), &mut out).unwrap();
            assert_eq!(out, Some(greeting()), "{}", p.name());
        }
    }

    #[test]
    fn error_documents_of_the_spec() {
        let aws = br#"<ErrorResponse>
            <Error><Type>Sender</Type><Code>InvalidParameterValue</Code><Message>Bad &amp; wrong</Message></Error>
            <RequestId>42d59b56</RequestId></ErrorResponse>"#;
        let f = AWS_QUERY.error_fields(400, &HeaderMap::new(), aws);
        assert_eq!(f.code.as_deref(), Some("InvalidParameterValue"));
        assert_eq!(f.message.as_deref(), Some("Bad & wrong"));
        assert_eq!(f.request_id.as_deref(), Some("42d59b56"));
        let ec2 = br#"<Response><Errors><Error><Code>InvalidInstanceID.NotFound</Code>
            <Message>The instance ID 'i-1' does not exist</Message></Error></Errors>
            <RequestID>ea966190</RequestID></Response>"#;
        let f = EC2_QUERY.error_fields(400, &HeaderMap::new(), ec2);
        assert_eq!(f.code.as_deref(), Some("InvalidInstanceID.NotFound"));
        assert_eq!(f.request_id.as_deref(), Some("ea966190"));
        // Not the protocol's document: nothing, and no panic.
        for body in [&b""[..], b"<html>502</html>", b"\xff\xfe", b"<a><b></a>"] {
            assert_eq!(
                AWS_QUERY.error_fields(502, &HeaderMap::new(), body),
                ErrorFields::default()
            );
        }
    }

    #[test]
    fn split_root_names_the_shape() {
        assert_eq!(
            split_root(b"<A xmlns=\"u\"><B>1</B></A>"),
            ("A", "<B>1</B>")
        );
        assert_eq!(split_root(b"<A></A>"), ("A", ""));
        assert_eq!(split_root(b"<A/>"), ("A", ""));
    }
}
