//! What an `httpRequestTests` case says about the request a client sends, checked against what the
//! [`MockTransport`](crate::mock::MockTransport) recorded.

use super::value::diff_documents;
use crate::codec::json::{self, Settings};
use crate::mock::RecordedRequest;
use crate::types::Document;

/// One `smithy.test#httpRequestTests` case's expectations, as the test case spells them.
#[derive(Clone, Copy, Debug, Default)]
pub struct ExpectedRequest<'a> {
    /// The HTTP method.
    pub method: &'a str,
    /// The path (without the query) the request must have.
    pub uri: &'a str,
    /// `resolvedHost`: the host the request must go to.
    pub resolved_host: Option<&'a str>,
    /// `name=value` pairs (percent-encoded, as on the wire) that must all be in the query.
    pub query_params: &'a [&'a str],
    /// Query keys that must not be there.
    pub forbid_query_params: &'a [&'a str],
    /// Query keys that must be there, whatever their value.
    pub require_query_params: &'a [&'a str],
    /// Headers that must have these values.
    pub headers: &'a [(&'a str, &'a str)],
    /// Headers that must not be there.
    pub forbid_headers: &'a [&'a str],
    /// Headers that must be there, whatever their value.
    pub require_headers: &'a [&'a str],
    /// The body, when the case states one.
    pub body: Option<&'a str>,
    /// `bodyMediaType`: how the body is compared (JSON and CBOR as values, anything else as bytes).
    pub body_media_type: Option<&'a str>,
}

/// Panics, listing every way `request` differs from `expected`.
#[track_caller]
pub fn assert_request(request: &RecordedRequest, expected: &ExpectedRequest<'_>) {
    let problems = request_differences(request, expected);
    if !problems.is_empty() {
        panic!(
            "the request differs from the test case:\n  {}\nrequest: {} {}\nheaders: {:?}\nbody: {}",
            problems.join("\n  "),
            request.method,
            request.uri,
            request.headers,
            request.body_str()
        );
    }
}

fn authority(uri: &str) -> &str {
    let rest = uri.split_once("://").map_or(uri, |(_, r)| r);
    rest.split(['/', '?']).next().unwrap_or(rest)
}

fn query(uri: &str) -> Vec<&str> {
    match uri.split_once('?') {
        Some((_, q)) => q.split('&').filter(|p| !p.is_empty()).collect(),
        None => Vec::new(),
    }
}

fn key(pair: &str) -> &str {
    pair.split_once('=').map_or(pair, |(k, _)| k)
}

/// Every header value of `name`, joined as HTTP lists them (`a, b`).
fn header(request: &RecordedRequest, name: &str) -> Option<String> {
    let values: Vec<String> = request
        .headers
        .get_all(name)
        .iter()
        .map(|v| String::from_utf8_lossy(v.as_bytes()).into_owned())
        .collect();
    (!values.is_empty()).then(|| values.join(", "))
}

pub(super) fn request_differences(
    request: &RecordedRequest,
    expected: &ExpectedRequest<'_>,
) -> Vec<String> {
    let mut out = Vec::new();
    if !request.method.eq_ignore_ascii_case(expected.method) {
        out.push(format!(
            "method: expected {}, got {}",
            expected.method, request.method
        ));
    }
    let path = request.path();
    let path = path.split_once('?').map_or(path, |(p, _)| p);
    if path != expected.uri {
        out.push(format!("path: expected {}, got {path}", expected.uri));
    }
    if let Some(host) = expected.resolved_host {
        let got = authority(&request.uri);
        if got != host {
            out.push(format!("host: expected {host}, got {got}"));
        }
    }
    let sent = query(&request.uri);
    for pair in expected.query_params {
        if !sent.contains(pair) {
            out.push(format!("query: `{pair}` missing from {sent:?}"));
        }
    }
    for k in expected.forbid_query_params {
        if sent.iter().any(|p| key(p) == *k) {
            out.push(format!("query: `{k}` must not be sent"));
        }
    }
    for k in expected.require_query_params {
        if !sent.iter().any(|p| key(p) == *k) {
            out.push(format!("query: `{k}` must be sent"));
        }
    }
    for (name, value) in expected.headers {
        match header(request, name) {
            Some(got) if got == *value => {}
            Some(got) => out.push(format!("header {name}: expected `{value}`, got `{got}`")),
            None => out.push(format!("header {name}: missing (expected `{value}`)")),
        }
    }
    for name in expected.forbid_headers {
        if let Some(got) = header(request, name) {
            out.push(format!("header {name}: must not be sent (got `{got}`)"));
        }
    }
    for name in expected.require_headers {
        if header(request, name).is_none() {
            out.push(format!("header {name}: must be sent"));
        }
    }
    if let Some(body) = expected.body {
        out.extend(body_differences(
            expected.body_media_type,
            body.as_bytes(),
            &request.body,
        ));
    }
    out
}

fn is_json(media_type: &str) -> bool {
    let essence = media_type
        .split(';')
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase();
    essence == "application/json"
        || essence.ends_with("+json")
        || essence.starts_with("application/x-amz-json")
}

fn is_cbor(media_type: &str) -> bool {
    media_type
        .split(';')
        .next()
        .unwrap_or("")
        .trim()
        .eq_ignore_ascii_case("application/cbor")
}

/// How a body differs from the expected one: as JSON values for a JSON media type, as CBOR values for
/// `application/cbor` (whose expected body the test cases give in base64), else byte for byte. An empty
/// expected body means no body at all, whatever the media type.
pub fn body_differences(media_type: Option<&str>, expected: &[u8], actual: &[u8]) -> Vec<String> {
    if !expected.is_empty() && media_type.is_some_and(is_cbor) {
        return cbor_differences(expected, actual);
    }
    if !expected.is_empty() && media_type.is_some_and(is_xml) {
        return xml_differences(expected, actual);
    }
    if expected.is_empty() || !media_type.is_some_and(is_json) {
        return if expected == actual {
            Vec::new()
        } else {
            vec![format!(
                "body: expected `{}`, got `{}`",
                String::from_utf8_lossy(expected),
                String::from_utf8_lossy(actual)
            )]
        };
    }
    let parse = |what: &str, bytes: &[u8]| {
        json::from_slice::<Document>(bytes, Settings::AWS_JSON).map_err(|e| {
            format!(
                "body: the {what} body is not JSON ({e}): `{}`",
                String::from_utf8_lossy(bytes)
            )
        })
    };
    match (parse("expected", expected), parse("actual", actual)) {
        (Ok(e), Ok(a)) => {
            let mut out = Vec::new();
            diff_documents(&mut String::from("body"), &e, &a, &mut out);
            out
        }
        (Err(e), _) | (_, Err(e)) => vec![e],
    }
}

fn is_xml(media_type: &str) -> bool {
    let base = media_type.split(';').next().unwrap_or("").trim();
    base.eq_ignore_ascii_case("application/xml") || base.eq_ignore_ascii_case("text/xml")
}

/// XML bodies compared as trees: element names, attributes in any order (namespace declarations
/// included), the text of elements without children exactly (whitespace between elements does not
/// matter, whitespace inside a value does), and children as a multiset: a structure's members may
/// come in any order, and XML alone does not say whether repeated siblings are a list's items or a
/// map's entries (which this client writes in key order, the test cases in theirs).
#[cfg(feature = "xml")]
fn xml_differences(expected: &[u8], actual: &[u8]) -> Vec<String> {
    use crate::codec::xml::{self, Element};
    /// One canonical text per element: equal texts are equal trees.
    fn canonical(e: &Element) -> String {
        let mut attrs = e.attributes.clone();
        attrs.sort();
        let mut children: Vec<String> = e.children.iter().map(canonical).collect();
        children.sort();
        let text = if e.children.is_empty() {
            e.text.as_str()
        } else {
            ""
        };
        format!("<{} {attrs:?}>{text:?}[{}]", e.name, children.join(","))
    }
    fn diff(path: &str, e: &Element, a: &Element, out: &mut Vec<String>) {
        let path = format!("{path}/{}", e.name);
        if e.name != a.name {
            out.push(format!(
                "{path}: expected element <{}>, got <{}>",
                e.name, a.name
            ));
            return;
        }
        let mut ea = e.attributes.clone();
        let mut aa = a.attributes.clone();
        ea.sort();
        aa.sort();
        if ea != aa {
            out.push(format!("{path}: attributes: expected {ea:?}, got {aa:?}"));
        }
        if e.children.is_empty() && a.children.is_empty() {
            if e.text != a.text {
                out.push(format!(
                    "{path}: expected text {:?}, got {:?}",
                    e.text, a.text
                ));
            }
            return;
        }
        let mut unmatched: Vec<&Element> = a.children.iter().collect();
        let mut missing = Vec::new();
        for ec in &e.children {
            let c = canonical(ec);
            match unmatched.iter().position(|ac| canonical(ac) == c) {
                Some(i) => {
                    unmatched.remove(i);
                }
                None => missing.push(ec),
            }
        }
        // One differing child on each side: say how they differ; else list what does not match.
        if let ([ec], [ac]) = (missing.as_slice(), unmatched.as_slice())
            && ec.name == ac.name
        {
            diff(&path, ec, ac, out);
            return;
        }
        for ec in missing {
            out.push(format!("{path}: missing child {}", canonical(ec)));
        }
        for ac in unmatched {
            out.push(format!("{path}: unexpected child {}", canonical(ac)));
        }
    }
    let parse = |what: &str, bytes: &[u8]| {
        xml::parse(bytes).map_err(|e| {
            format!(
                "body: the {what} body is not XML ({e}): `{}`",
                String::from_utf8_lossy(bytes)
            )
        })
    };
    match (parse("expected", expected), parse("actual", actual)) {
        (Ok(e), Ok(a)) => {
            let mut out = Vec::new();
            diff("body", &e, &a, &mut out);
            out
        }
        (Err(e), _) | (_, Err(e)) => vec![e],
    }
}

#[cfg(not(feature = "xml"))]
fn xml_differences(_expected: &[u8], _actual: &[u8]) -> Vec<String> {
    vec!["body: comparing XML bodies needs the runtime's `xml` feature".to_owned()]
}

/// CBOR bodies compared as values: map order, definite or indefinite lengths and the width of
/// integers and floats do not matter; types, tags and byte strings do.
#[cfg(feature = "cbor")]
fn cbor_differences(expected_base64: &[u8], actual: &[u8]) -> Vec<String> {
    use crate::codec::cbor;
    use crate::types::Blob;
    let text = String::from_utf8_lossy(expected_base64);
    let expected = match Blob::from_base64(text.trim()) {
        Ok(b) => b.into_inner(),
        Err(e) => return vec![format!("body: the expected CBOR body is not base64 ({e})")],
    };
    let parse = |what: &str, bytes: &[u8]| {
        cbor::diagnostic(bytes).map_err(|e| {
            format!("body: the {what} body is not one CBOR data item ({e}): {bytes:02x?}")
        })
    };
    match (parse("expected", &expected), parse("actual", actual)) {
        (Ok(e), Ok(a)) => {
            let mut out = Vec::new();
            diff_documents(&mut String::from("body"), &e, &a, &mut out);
            out
        }
        (Err(e), _) | (_, Err(e)) => vec![e],
    }
}

#[cfg(not(feature = "cbor"))]
fn cbor_differences(_expected_base64: &[u8], _actual: &[u8]) -> Vec<String> {
    vec!["body: comparing CBOR bodies needs the runtime's `cbor` feature".to_owned()]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn recorded(uri: &str, headers: &[(&str, &str)], body: &str) -> RecordedRequest {
        let mut map = http::HeaderMap::new();
        for (k, v) in headers {
            map.append(
                http::HeaderName::from_bytes(k.as_bytes()).unwrap(),
                http::HeaderValue::from_str(v).unwrap(),
            );
        }
        RecordedRequest {
            method: "POST".into(),
            uri: uri.into(),
            headers: map,
            body: body.as_bytes().to_vec(),
        }
    }

    fn expected<'a>() -> ExpectedRequest<'a> {
        ExpectedRequest {
            method: "POST",
            uri: "/",
            ..Default::default()
        }
    }

    #[test]
    fn a_matching_request_has_no_differences() {
        let r = recorded(
            "https://foo.example.com/?a=1&b",
            &[("content-type", "application/x-amz-json-1.1"), ("x-a", "1")],
            r#"{"B": [1, 2.0], "A": "x"}"#,
        );
        let e = ExpectedRequest {
            resolved_host: Some("foo.example.com"),
            query_params: &["a=1"],
            require_query_params: &["b"],
            forbid_query_params: &["c"],
            headers: &[("Content-Type", "application/x-amz-json-1.1")],
            require_headers: &["X-A"],
            forbid_headers: &["X-B"],
            body: Some(r#"{"A":"x","B":[1.0,2]}"#),
            body_media_type: Some("application/json"),
            ..expected()
        };
        assert_eq!(request_differences(&r, &e), Vec::<String>::new());
    }

    #[test]
    fn every_difference_is_listed() {
        let r = recorded(
            "https://example.com/x?c=3",
            &[("x-b", "2"), ("x-m", "a"), ("x-m", "b")],
            r#"{"A":"y"}"#,
        );
        let e = ExpectedRequest {
            method: "GET",
            resolved_host: Some("foo.example.com"),
            query_params: &["a=1"],
            require_query_params: &["b"],
            forbid_query_params: &["c"],
            headers: &[("X-M", "a"), ("X-Gone", "1")],
            require_headers: &["X-A"],
            forbid_headers: &["X-B"],
            body: Some(r#"{"A":"x"}"#),
            body_media_type: Some("application/json"),
            ..expected()
        };
        assert_eq!(
            request_differences(&r, &e),
            [
                "method: expected GET, got POST",
                "path: expected /, got /x",
                "host: expected foo.example.com, got example.com",
                "query: `a=1` missing from [\"c=3\"]",
                "query: `c` must not be sent",
                "query: `b` must be sent",
                "header X-M: expected `a`, got `a, b`",
                "header X-Gone: missing (expected `1`)",
                "header X-B: must not be sent (got `2`)",
                "header X-A: must be sent",
                "body.A: expected String(\"x\"), got String(\"y\")",
            ]
        );
    }

    #[test]
    fn bodies_without_a_json_media_type_compare_as_bytes() {
        assert!(body_differences(None, b"{}", b"{}").is_empty());
        assert_eq!(
            body_differences(Some("text/plain"), b"{ }", b"{}"),
            ["body: expected `{ }`, got `{}`"]
        );
        assert!(body_differences(Some("application/json"), b"{ }", b"{}").is_empty());
        // An empty expected body is no body, even for JSON.
        assert_eq!(
            body_differences(Some("application/json"), b"", b"{}"),
            ["body: expected ``, got `{}`"]
        );
        let d = body_differences(Some("application/json"), b"{}", b"<html>");
        assert_eq!(d.len(), 1);
        assert!(
            d[0].starts_with("body: the actual body is not JSON ("),
            "{d:?}"
        );
        assert!(d[0].ends_with("): `<html>`"), "{d:?}");
    }

    #[cfg(feature = "cbor")]
    #[test]
    fn cbor_bodies_compare_as_values() {
        use crate::types::Blob;
        let b64 = |bytes: &[u8]| Blob::new(bytes.to_vec()).to_base64();
        let cbor = Some("application/cbor");
        // {_ "b": 1.5 (half), "a": (_ "x", "y")} against {"a": "xy", "b": 1.5 (single)}.
        let expected = b64(&[
            0xbf, 0x61, b'b', 0xf9, 0x3e, 0x00, 0x61, b'a', 0x7f, 0x61, b'x', 0x61, b'y', 0xff,
            0xff,
        ]);
        let actual = [
            0xa2, 0x61, b'a', 0x62, b'x', b'y', 0x61, b'b', 0xfa, 0x3f, 0xc0, 0x00, 0x00,
        ];
        assert!(body_differences(cbor, expected.as_bytes(), &actual).is_empty());
        // A byte string is not a text string, and a tag matters.
        let d = body_differences(
            cbor,
            b64(&[0xa1, 0x61, b'a', 0x41, b'x']).as_bytes(),
            &[0xa1, 0x61, b'a', 0x61, b'x'],
        );
        assert_eq!(d.len(), 1, "{d:?}");
        assert!(d[0].starts_with("body.a:"), "{d:?}");
        let d = body_differences(cbor, b64(&[0xc1, 0x01]).as_bytes(), &[0x01]);
        assert_eq!(d.len(), 1, "{d:?}");
        // Extra or missing map entries are named; garbage is reported, not a panic.
        let d = body_differences(cbor, b64(&[0xa0]).as_bytes(), &[0xa1, 0x61, b'z', 0x00]);
        assert_eq!(d, vec!["body.z: unexpected Number(PosInt(0))".to_owned()]);
        let d = body_differences(cbor, b64(&[0xa0]).as_bytes(), &[0x5b, 0xff]);
        assert!(
            d[0].contains("actual body is not one CBOR data item"),
            "{d:?}"
        );
        let d = body_differences(cbor, b"not base64!", &[0xa0]);
        assert!(d[0].contains("not base64"), "{d:?}");
    }
}
