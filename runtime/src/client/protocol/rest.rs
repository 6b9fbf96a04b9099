//! The HTTP binding traits, written once for both REST protocols (restJson1 and restXml differ only in
//! their document format, a [`BodyFormat`]): an input structure's members go to the URI labels, the
//! query string, headers, prefix headers, the payload or the body document as their schema's
//! [`Location`] says, and an output or error structure is read back from the headers, the status and
//! the body the same way.
//!
//! Members are walked through the same `WriteValue`/`ReadValue` impls as every codec: the top-level
//! structure hands this module its members, scalars are written and read by [`crate::codec::text`],
//! documents by the protocol's format.

use super::Prepared;
use crate::client::customize;
use crate::client::error::{DispatchError, DispatchErrorKind};
use crate::client::meta::{OperationMeta, ServiceMeta, UriPart};
use crate::client::validate::ValidationError;
use crate::codec::text::{self, TextPlace, TextSource, Texts};
use crate::codec::{
    Deserializer, Error, ReadSlot, Serializer, UnionVisitor, WriteValue, not_a_structure,
    with_members,
};
use crate::schema::{Location, Member, PayloadKind, Schema};
use crate::sigv4::encode::encode_into;
use crate::types::{Blob, ByteStream, DateTime, Document};
use http::header::{CONTENT_TYPE, HeaderName, HeaderValue};
use http::{HeaderMap, Method};
use std::borrow::Cow;
use std::collections::BTreeSet;

/// A REST protocol's document format: how the body document (the members bound nowhere else) and a
/// structure, union or document payload are written and read.
pub(crate) trait BodyFormat: Sync {
    /// The `Content-Type` of a body document.
    fn content_type(&self) -> &'static str;

    /// The members of `schema` whose location `keep` accepts, as a document.
    fn write_members(
        &self,
        schema: &'static Schema,
        members: &[&dyn WriteValue],
        keep: fn(Location) -> bool,
    ) -> Result<Vec<u8>, Error>;

    /// A structure, union or document payload.
    fn write_value(&self, value: &dyn WriteValue) -> Result<Vec<u8>, Error>;

    /// The payload `value` of `member`: [`BodyFormat::write_value`] unless the format names documents
    /// after the member (XML's `@xmlName`).
    fn write_payload(&self, member: &Member, value: &dyn WriteValue) -> Result<Vec<u8>, Error> {
        let _ = member;
        self.write_value(value)
    }

    /// What an unset structure payload is sent as (`{}` in JSON), or `None` for no body.
    fn empty_structure(&self) -> Option<&'static [u8]>;

    /// Reads a body document into the slots of the members whose location `keep` accepts.
    fn read_members(
        &self,
        body: &[u8],
        schema: &'static Schema,
        slots: &mut [&mut dyn ReadSlot],
        keep: fn(Location) -> bool,
    ) -> Result<(), Error>;

    /// Reads a structure, union or document payload.
    fn read_value(&self, body: &[u8], slot: &mut dyn ReadSlot) -> Result<(), Error>;
}

/// Frames `input` for `op` by its HTTP bindings.
pub(crate) fn request(
    service: &ServiceMeta,
    op: &OperationMeta,
    input: &dyn WriteValue,
    format: &dyn BodyFormat,
) -> Result<Prepared, DispatchError> {
    let method = Method::from_bytes(op.http.method.as_bytes()).map_err(|_| {
        serialization(format!(
            "{}: `{}` is not an HTTP method",
            op.name, op.http.method
        ))
    })?;
    let binder = RequestBinder {
        service,
        op,
        format,
    };
    let mut prepared = with_members(input, |schema, members| binder.bind(schema, members))
        .unwrap_or_else(|e| {
            Err(serialization(format!(
                "cannot serialize the {} input: {e}",
                op.name
            )))
        })?;
    prepared.method = method;
    Ok(prepared)
}

fn serialization(message: String) -> DispatchError {
    DispatchError::new(DispatchErrorKind::Serialization, message)
}

/// Binds an input structure's members to the parts of a request.
struct RequestBinder<'a> {
    service: &'a ServiceMeta,
    op: &'a OperationMeta,
    format: &'a dyn BodyFormat,
}

impl RequestBinder<'_> {
    fn bind(
        &self,
        schema: &'static Schema,
        members: &[&dyn WriteValue],
    ) -> Result<Prepared, DispatchError> {
        let value = |i: usize| members.get(i).copied().filter(|v| !v.is_absent());
        let at = |m: &Member, e: Error| {
            serialization(format!(
                "cannot serialize `{}` of the {} input: {e}",
                m.name, self.op.name
            ))
        };

        // The path, label by label.
        let mut path = String::with_capacity(64);
        for part in self.op.http.path {
            match *part {
                UriPart::Literal(text) => path.push_str(text),
                UriPart::Label(i) => {
                    let m = schema.members.get(i).ok_or_else(|| {
                        serialization(format!(
                            "{}: the URI pattern names member {i}, which {} does not have",
                            self.op.name, schema.name
                        ))
                    })?;
                    let text = match value(i) {
                        Some(v) => {
                            single(text::to_texts(v, m, TextPlace::Label).map_err(|e| at(m, e))?)
                                .ok_or_else(|| at(m, Error::new("a URI label holds one value")))?
                        }
                        None => String::new(),
                    };
                    let text = if text.is_empty() {
                        customize::default_label(self.service, m.name)
                            .map(str::to_owned)
                            .ok_or_else(|| {
                                DispatchError::from(ValidationError {
                                    path: m.name.to_owned(),
                                    message: "is bound to the URI and must not be empty".to_owned(),
                                })
                            })?
                    } else {
                        text
                    };
                    let greedy = matches!(m.location, Location::Label { greedy: true });
                    encode_into(&mut path, text.as_bytes(), greedy);
                }
            }
        }

        // The query: the URI's literal part, the members, then the map (never over a member's key).
        let mut query = String::from(self.op.http.query);
        let mut query_keys: BTreeSet<&str> = BTreeSet::new();
        let push_query = |query: &mut String, key: &str, value: &str| {
            if !query.is_empty() {
                query.push('&');
            }
            encode_into(query, key.as_bytes(), false);
            query.push('=');
            encode_into(query, value.as_bytes(), false);
        };
        for (i, m) in schema.members.iter().enumerate() {
            if let (Location::Query(key), Some(v)) = (m.location, value(i)) {
                query_keys.insert(key);
                for item in text::to_texts(v, m, TextPlace::Query)
                    .map_err(|e| at(m, e))?
                    .items
                {
                    push_query(&mut query, key, &item.text);
                }
            }
        }
        for (i, m) in schema.members.iter().enumerate() {
            if let (Location::QueryParams, Some(v)) = (m.location, value(i)) {
                for item in text::to_texts(v, m, TextPlace::Query)
                    .map_err(|e| at(m, e))?
                    .items
                {
                    let key = item.key.unwrap_or_default();
                    if !query_keys.contains(key.as_str()) {
                        push_query(&mut query, &key, &item.text);
                    }
                }
            }
        }
        if !query.is_empty() {
            path.push('?');
            path.push_str(&query);
        }

        let mut headers = bind_headers(schema, members, &at)?;
        let (body, content_type) =
            bind_body(schema, members, self.format, Location::in_request_body, &at).map_err(
                |e| {
                    e.unwrap_or_else(|e| {
                        serialization(format!("cannot serialize the {} input: {e}", self.op.name))
                    })
                },
            )?;
        // A `@httpHeader("Content-Type")` member says what the payload is.
        if let Some(ct) = content_type
            && body.is_some()
        {
            push_content_type(&mut headers, ct)?;
        }

        let (body, stream) = match body {
            Some(Payload::Bytes(b)) => (b, None),
            Some(Payload::Stream(s)) => (Vec::new(), Some(s)),
            None => (Vec::new(), None),
        };
        let mut prepared = Prepared {
            method: Method::POST,
            path,
            headers,
            body,
            stream,
            stream_response: false,
        };
        customize::finish_request(self.service, schema, &mut prepared);
        Ok(prepared)
    }
}

/// Adds the body's Content-Type unless a member already set one; a `@mediaType` that is not a valid
/// header value is an error, not a panic.
fn push_content_type(
    headers: &mut Vec<(HeaderName, HeaderValue)>,
    content_type: &'static str,
) -> Result<(), DispatchError> {
    if headers.iter().any(|(n, _)| *n == CONTENT_TYPE) {
        return Ok(());
    }
    let v = HeaderValue::from_str(content_type).map_err(|_| {
        serialization(format!(
            "the media type `{content_type}` is not a valid Content-Type"
        ))
    })?;
    headers.push((CONTENT_TYPE, v));
    Ok(())
}

/// How a member's value failed to serialize, as the error the caller gets.
type At<'a> = dyn Fn(&Member, Error) -> DispatchError + 'a;

/// The headers of the `@httpHeader` members, then of the `@httpPrefixHeaders` map (never over a member's
/// header).
fn bind_headers(
    schema: &'static Schema,
    members: &[&dyn WriteValue],
    at: &At<'_>,
) -> Result<Vec<(HeaderName, HeaderValue)>, DispatchError> {
    let value = |i: usize| members.get(i).copied().filter(|v| !v.is_absent());
    let mut headers: Vec<(HeaderName, HeaderValue)> = Vec::new();
    let header = |m: &Member, name: &str, value: String| {
        let name = HeaderName::from_bytes(name.as_bytes())
            .map_err(|_| at(m, Error::new(format!("`{name}` is not a header name"))))?;
        let value = HeaderValue::try_from(value).map_err(|_| {
            at(m, Error::new(format!("the value of header `{name}` cannot be sent (a line break or a control character)")))
        })?;
        Ok::<_, DispatchError>((name, value))
    };
    for (i, m) in schema.members.iter().enumerate() {
        if let (Location::Header(name), Some(v)) = (m.location, value(i)) {
            let texts = text::to_texts(v, m, TextPlace::Header).map_err(|e| at(m, e))?;
            let line = if texts.is_list {
                text::join_header_list(&texts.items)
            } else {
                single(texts).unwrap_or_default()
            };
            headers.push(header(m, name, line)?);
        }
    }
    for (i, m) in schema.members.iter().enumerate() {
        if let (Location::PrefixHeaders(prefix), Some(v)) = (m.location, value(i)) {
            for item in text::to_texts(v, m, TextPlace::Header)
                .map_err(|e| at(m, e))?
                .items
            {
                let name = format!("{prefix}{}", item.key.unwrap_or_default());
                let (name, value) = header(m, &name, item.text)?;
                if !headers.iter().any(|(n, _)| *n == name) {
                    headers.push((name, value));
                }
            }
        }
    }
    Ok(headers)
}

/// A body and its Content-Type.
type Body = (Option<Payload>, Option<&'static str>);

/// A body: bytes, or a `@streaming` payload that is not in memory.
enum Payload {
    Bytes(Vec<u8>),
    Stream(ByteStream),
}

/// The body and its Content-Type: the payload member, or a document of the members `in_body` accepts
/// when there are any. A failure of the document as a whole is `Err(Err(codec error))`.
fn bind_body(
    schema: &'static Schema,
    members: &[&dyn WriteValue],
    format: &dyn BodyFormat,
    in_body: fn(Location) -> bool,
    at: &At<'_>,
) -> Result<Body, Result<DispatchError, Error>> {
    let value = |i: usize| members.get(i).copied().filter(|v| !v.is_absent());
    let Some((i, m, kind)) =
        schema
            .members
            .iter()
            .enumerate()
            .find_map(|(i, m)| match m.location {
                Location::Payload(kind) => Some((i, m, kind)),
                _ => None,
            })
    else {
        if !schema.members.iter().any(|m| in_body(m.location)) {
            return Ok((None, None));
        }
        let body = format
            .write_members(schema, members, in_body)
            .map_err(Err)?;
        return Ok((Some(Payload::Bytes(body)), Some(format.content_type())));
    };
    Ok(match (kind, value(i)) {
        (PayloadKind::Blob | PayloadKind::String | PayloadKind::Stream, Some(v)) => {
            let mut raw = RawPayload::default();
            v.write(&mut raw).map_err(|e| Ok(at(m, e)))?;
            let is_string = kind == PayloadKind::String;
            let default = if is_string {
                "text/plain"
            } else {
                "application/octet-stream"
            };
            match (raw.bytes, raw.stream) {
                // An empty blob is no body (and so no Content-Type), as an unset one is.
                (_, Some(s)) if s.content_length() == Some(0) => (None, None),
                (_, Some(s)) => (
                    Some(Payload::Stream(s)),
                    Some(m.media_type.unwrap_or(default)),
                ),
                (bytes, None) => {
                    let bytes = bytes.unwrap_or_default();
                    if bytes.is_empty() && !is_string {
                        (None, None)
                    } else {
                        (
                            Some(Payload::Bytes(bytes)),
                            Some(m.media_type.unwrap_or(default)),
                        )
                    }
                }
            }
        }
        (_, Some(v)) => (
            Some(Payload::Bytes(
                format.write_payload(m, v).map_err(|e| Ok(at(m, e)))?,
            )),
            Some(m.media_type.unwrap_or(format.content_type())),
        ),
        (PayloadKind::Structure, None) => match format.empty_structure() {
            Some(empty) => (
                Some(Payload::Bytes(empty.to_vec())),
                Some(format.content_type()),
            ),
            None => (None, None),
        },
        (_, None) => (None, None),
    })
}

/// A response as a REST server frames it.
pub(crate) struct FramedResponse {
    /// The `@httpResponseCode` member's value, when set.
    pub(crate) status: Option<u16>,
    pub(crate) headers: Vec<(HeaderName, HeaderValue)>,
    pub(crate) body: Vec<u8>,
    /// A `@streaming` payload that is not in memory, sent instead of `body`.
    pub(crate) stream: Option<ByteStream>,
}

/// What a server of a REST protocol sends for `output` (an output or error structure): the status of its
/// `@httpResponseCode` member if set, its headers, and its body. For mocks and tests.
pub(crate) fn frame_response(
    output: &dyn WriteValue,
    format: &dyn BodyFormat,
) -> Result<FramedResponse, DispatchError> {
    let frame = |schema: &'static Schema, members: &[&dyn WriteValue]| {
        let at = |m: &Member, e: Error| serialization(format!("`{}`: {e}", m.name));
        let mut headers = bind_headers(schema, members, &at)?;
        let (body, content_type) =
            bind_body(schema, members, format, Location::in_response_body, &at)
                .map_err(|e| e.unwrap_or_else(|e| serialization(e.to_string())))?;
        if let Some(ct) = content_type {
            push_content_type(&mut headers, ct)?;
        }
        let mut status = None;
        for (m, v) in schema.members.iter().zip(members) {
            if m.location == Location::ResponseCode && !v.is_absent() {
                let t = text::to_texts(*v, m, TextPlace::Header).map_err(|e| at(m, e))?;
                status = single(t).and_then(|s| s.parse().ok());
            }
        }
        let (body, stream) = match body {
            Some(Payload::Bytes(b)) => (b, None),
            Some(Payload::Stream(s)) => (Vec::new(), Some(s)),
            None => (Vec::new(), None),
        };
        Ok(FramedResponse {
            status,
            headers,
            body,
            stream,
        })
    };
    with_members(output, frame).unwrap_or_else(|e| Err(serialization(e.to_string())))
}

/// The text of a scalar; `None` for a list or a map.
fn single(texts: Texts) -> Option<String> {
    let mut items = texts.items;
    (!texts.is_list && items.len() == 1).then(|| items.remove(0).text)
}

/// A blob or string payload: its bytes as they are; a stream that is not in memory as it is.
#[derive(Default)]
struct RawPayload {
    bytes: Option<Vec<u8>>,
    stream: Option<ByteStream>,
}

impl Serializer for RawPayload {
    fn write_stream(&mut self, v: &ByteStream) -> Result<(), Error> {
        match v.in_memory() {
            Some(b) => self.bytes = Some(b.to_vec()),
            None => self.stream = Some(v.clone()),
        }
        Ok(())
    }
    fn write_blob(&mut self, v: &Blob) -> Result<(), Error> {
        self.bytes = Some(v.0.clone());
        Ok(())
    }
    fn write_string(&mut self, v: &str) -> Result<(), Error> {
        self.bytes = Some(v.as_bytes().to_vec());
        Ok(())
    }
    fn write_struct(&mut self, s: &'static Schema, _: &[&dyn WriteValue]) -> Result<(), Error> {
        Err(not_raw(s.name))
    }
    fn write_union(
        &mut self,
        s: &'static Schema,
        _: usize,
        _: &dyn WriteValue,
    ) -> Result<(), Error> {
        Err(not_raw(s.name))
    }
    fn begin_list(&mut self, _: usize) -> Result<(), Error> {
        Err(not_raw("a list"))
    }
    fn end_list(&mut self) -> Result<(), Error> {
        Err(not_raw("a list"))
    }
    fn begin_map(&mut self, _: usize) -> Result<(), Error> {
        Err(not_raw("a map"))
    }
    fn write_key(&mut self, _: &str) -> Result<(), Error> {
        Err(not_raw("a map"))
    }
    fn end_map(&mut self) -> Result<(), Error> {
        Err(not_raw("a map"))
    }
    fn write_null(&mut self) -> Result<(), Error> {
        Err(not_raw("null"))
    }
    fn write_bool(&mut self, _: bool) -> Result<(), Error> {
        Err(not_raw("a boolean"))
    }
    fn write_i64(&mut self, _: i64) -> Result<(), Error> {
        Err(not_raw("a number"))
    }
    fn write_f64(&mut self, _: f64) -> Result<(), Error> {
        Err(not_raw("a number"))
    }
    fn write_timestamp(&mut self, _: &DateTime) -> Result<(), Error> {
        Err(not_raw("a timestamp"))
    }
    fn write_document(&mut self, _: &Document) -> Result<(), Error> {
        Err(not_raw("a document"))
    }
    fn write_big_number(&mut self, _: &str) -> Result<(), Error> {
        Err(not_raw("a number"))
    }
}

fn not_raw(what: &str) -> Error {
    Error::new(format!("a blob or string payload cannot be {what}"))
}

/// Reads an output (or, with `lenient_body`, an error) from a response by its HTTP bindings. An error
/// body that is not a document of the format (an HTML page from a proxy) leaves the body members unset
/// rather than losing the error; an output body must parse.
pub(crate) fn response(
    status: u16,
    headers: &HeaderMap,
    body: &[u8],
    out: &mut dyn ReadSlot,
    format: &dyn BodyFormat,
    lenient_body: bool,
) -> Result<(), Error> {
    out.read_slot(&mut ResponseReader {
        status,
        headers,
        body: Cow::Borrowed(body),
        stream: None,
        format,
        lenient_body,
    })
}

/// Reads an output from a 2xx response by its HTTP bindings; a `@streaming` payload gets the body the
/// transport hands over as it arrives. The body is taken from the response: a blob or string payload
/// becomes the output's value without a copy.
pub(crate) fn output(
    response: &mut crate::client::Response,
    out: &mut dyn ReadSlot,
    format: &dyn BodyFormat,
) -> Result<(), Error> {
    out.read_slot(&mut ResponseReader {
        status: response.status,
        headers: &response.headers,
        body: Cow::Owned(std::mem::take(&mut response.body)),
        stream: response.take_stream(),
        format,
        lenient_body: false,
    })
}

struct ResponseReader<'a> {
    status: u16,
    headers: &'a HeaderMap,
    /// Owned when the response is the reader's to use up: a raw payload then moves out of it.
    body: Cow<'a, [u8]>,
    /// The body as a stream, for a `@streaming` payload member.
    stream: Option<ByteStream>,
    format: &'a dyn BodyFormat,
    lenient_body: bool,
}

/// Every line of a header, joined as one comma-separated line (a list may come on several lines).
fn header_line(headers: &HeaderMap, name: &str) -> Option<String> {
    let mut values = headers.get_all(name).iter().peekable();
    values.peek()?;
    let parts: Vec<String> = values
        .map(|v| String::from_utf8_lossy(v.as_bytes()).into_owned())
        .collect();
    Some(parts.join(", "))
}

fn is_blank(body: &[u8]) -> bool {
    body.iter().all(u8::is_ascii_whitespace)
}

impl Deserializer for ResponseReader<'_> {
    fn read_struct(
        &mut self,
        schema: &'static Schema,
        slots: &mut [&mut dyn ReadSlot],
    ) -> Result<(), Error> {
        for (m, slot) in schema.members.iter().zip(slots.iter_mut()) {
            let r = match m.location {
                Location::Header(name) => match header_line(self.headers, name) {
                    Some(line) => {
                        let r =
                            text::read_text(TextSource::One(&line), m, TextPlace::Header, *slot);
                        // HTTP reads an `Expires` that is not a date as "already expired" (RFC 9111,
                        // 5.3), and servers do send `0` or junk there: the member stays unset rather
                        // than the whole response failing.
                        if r.is_err() && name.eq_ignore_ascii_case("expires") {
                            Ok(())
                        } else {
                            r
                        }
                    }
                    None => Ok(()),
                },
                Location::PrefixHeaders(prefix) => {
                    let prefix = prefix.to_ascii_lowercase();
                    let pairs: Vec<(String, String)> = self
                        .headers
                        .keys()
                        .filter_map(|name| {
                            let key = name.as_str().strip_prefix(prefix.as_str())?;
                            Some((key.to_owned(), header_line(self.headers, name.as_str())?))
                        })
                        .collect();
                    // No header with the prefix is an empty map, not an absent one (the restXml
                    // compliance case `HttpPrefixHeadersAreNotPresent`).
                    text::read_text(TextSource::Pairs(&pairs), m, TextPlace::Header, *slot)
                }
                Location::ResponseCode => text::read_text(
                    TextSource::One(&self.status.to_string()),
                    m,
                    TextPlace::Header,
                    *slot,
                ),
                // A body received whole and empty is unset, as below; a streamed one is what it is.
                Location::Payload(PayloadKind::Stream)
                    if self
                        .stream
                        .as_ref()
                        .is_some_and(|s| s.in_memory().is_none_or(|b| !b.is_empty())) =>
                {
                    slot.read_slot(&mut RawBody(&mut self.body, self.stream.take()))
                }
                // An empty body is an unset payload, whatever its kind.
                Location::Payload(_) if self.body.is_empty() => Ok(()),
                Location::Payload(
                    PayloadKind::Blob | PayloadKind::String | PayloadKind::Stream,
                ) => slot.read_slot(&mut RawBody(&mut self.body, None)),
                Location::Payload(_) if self.lenient_body => {
                    // The error's payload is lost, not the error.
                    let _ = self.format.read_value(&self.body, *slot);
                    Ok(())
                }
                Location::Payload(_) => self.format.read_value(&self.body, *slot),
                _ => Ok(()),
            };
            r.map_err(|e| e.at_key(m.name))?;
        }
        if !is_blank(&self.body)
            && !schema
                .members
                .iter()
                .any(|m| matches!(m.location, Location::Payload(_)))
            && schema.members.iter().any(|m| m.location.in_response_body())
        {
            let r = self
                .format
                .read_members(&self.body, schema, slots, Location::in_response_body);
            if !self.lenient_body {
                r?;
            }
        }
        Ok(())
    }

    fn read_union(&mut self, s: &'static Schema, _: &mut UnionVisitor<'_>) -> Result<(), Error> {
        Err(Error::new(format!(
            "the output {} is a union, not a structure",
            s.name
        )))
    }
    fn read_list(
        &mut self,
        _: &mut dyn FnMut(&mut dyn Deserializer) -> Result<(), Error>,
    ) -> Result<(), Error> {
        Err(not_a_structure())
    }
    fn read_map(
        &mut self,
        _: &mut dyn FnMut(String, &mut dyn Deserializer) -> Result<(), Error>,
    ) -> Result<(), Error> {
        Err(not_a_structure())
    }
    fn read_null(&mut self) -> Result<bool, Error> {
        Ok(false)
    }
    fn read_bool(&mut self) -> Result<bool, Error> {
        Err(not_a_structure())
    }
    fn read_i64(&mut self) -> Result<i64, Error> {
        Err(not_a_structure())
    }
    fn read_f64(&mut self) -> Result<f64, Error> {
        Err(not_a_structure())
    }
    fn read_string(&mut self) -> Result<String, Error> {
        Err(not_a_structure())
    }
    fn read_blob(&mut self) -> Result<Blob, Error> {
        Err(not_a_structure())
    }
    fn read_timestamp(&mut self) -> Result<DateTime, Error> {
        Err(not_a_structure())
    }
    fn read_document(&mut self) -> Result<Document, Error> {
        Err(not_a_structure())
    }
    fn read_big_number(&mut self) -> Result<String, Error> {
        Err(not_a_structure())
    }
    fn skip(&mut self) -> Result<(), Error> {
        Ok(())
    }
}

/// A blob or string payload: the body's bytes as they are (moved out of an owned body, copied from a
/// borrowed one); a stream payload the body as a stream when the transport handed it over so.
struct RawBody<'a, 'b>(&'a mut Cow<'b, [u8]>, Option<ByteStream>);

impl RawBody<'_, '_> {
    fn take(&mut self) -> Vec<u8> {
        std::mem::take(self.0).into_owned()
    }
}

impl Deserializer for RawBody<'_, '_> {
    fn read_stream(&mut self) -> Result<ByteStream, Error> {
        match self.1.take() {
            Some(s) => Ok(s),
            None => Ok(ByteStream::from(self.take())),
        }
    }
    fn read_blob(&mut self) -> Result<Blob, Error> {
        Ok(Blob::from(self.take()))
    }
    fn read_string(&mut self) -> Result<String, Error> {
        String::from_utf8(self.take()).map_err(|_| Error::new("a string payload that is not UTF-8"))
    }
    fn read_struct(
        &mut self,
        s: &'static Schema,
        _: &mut [&mut dyn ReadSlot],
    ) -> Result<(), Error> {
        Err(not_raw(s.name))
    }
    fn read_union(&mut self, s: &'static Schema, _: &mut UnionVisitor<'_>) -> Result<(), Error> {
        Err(not_raw(s.name))
    }
    fn read_list(
        &mut self,
        _: &mut dyn FnMut(&mut dyn Deserializer) -> Result<(), Error>,
    ) -> Result<(), Error> {
        Err(not_raw("a list"))
    }
    fn read_map(
        &mut self,
        _: &mut dyn FnMut(String, &mut dyn Deserializer) -> Result<(), Error>,
    ) -> Result<(), Error> {
        Err(not_raw("a map"))
    }
    fn read_null(&mut self) -> Result<bool, Error> {
        Ok(false)
    }
    fn read_bool(&mut self) -> Result<bool, Error> {
        Err(not_raw("a boolean"))
    }
    fn read_i64(&mut self) -> Result<i64, Error> {
        Err(not_raw("a number"))
    }
    fn read_f64(&mut self) -> Result<f64, Error> {
        Err(not_raw("a number"))
    }
    fn read_timestamp(&mut self) -> Result<DateTime, Error> {
        Err(not_raw("a timestamp"))
    }
    fn read_document(&mut self) -> Result<Document, Error> {
        Err(not_raw("a document"))
    }
    fn read_big_number(&mut self) -> Result<String, Error> {
        Err(not_raw("a number"))
    }
    fn skip(&mut self) -> Result<(), Error> {
        Ok(())
    }
}
