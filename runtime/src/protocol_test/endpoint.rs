//! Checks for the `smithy.rules#endpointTests` cases that name `operationInputs`: the generator turns
//! each into a call of the operation through [`MockTransport`] with the case's built-ins and client
//! parameters, and these say whether the request went where the case expects. Unlike
//! [`crate::endpoint::testing`], which hands the case's `params` to the rules engine, this proves the
//! binding too: config to built-ins, the operation's static and context parameters, its input's
//! members and paths.

use crate::mock::{MockTransport, RecordedRequest};

/// Asserts that the call (`error`: its failure, if it failed) sent one request to `url` (scheme, host
/// and port equal, the request's path under the URL's), with `headers` (JSON text: name to values)
/// among its headers and signed for the SigV4 scope of `properties`' auth schemes (JSON text). An
/// endpoint whose schemes do not include `sigv4` must instead have failed the call, before anything
/// was sent, with an error naming the scheme as not supported.
#[track_caller]
pub fn assert_endpoint(
    transport: &MockTransport,
    error: Option<String>,
    url: &str,
    headers: &str,
    properties: &str,
) {
    let properties: serde_json::Value =
        serde_json::from_str(properties).expect("the case's properties are JSON");
    let props = properties.as_object().cloned().unwrap_or_default();
    if let Some(schemes) = crate::client::endpoint_resolve::unsupported_auth(&props) {
        let e = error.unwrap_or_else(|| {
            panic!("the endpoint {url} needs {schemes}, but the call did not fail")
        });
        assert!(
            e.contains("does not support") && e.contains(&schemes),
            "the endpoint {url} needs {schemes}: the error must say it is not supported, but says: {e}"
        );
        assert_eq!(transport.request_count(), 0, "nothing may be sent to {url}");
        return;
    }
    let Some(request) = transport.last_request() else {
        panic!("the call sent no request (expected one to {url}): {error:?}");
    };
    let (want_origin, want_path) = split(url);
    let (origin, path) = split(&request.uri);
    assert_eq!(origin, want_origin, "the request went to {}", request.uri);
    let under = want_path.trim_end_matches('/');
    assert!(
        path == under || path.starts_with(&format!("{under}/")) || under.is_empty(),
        "the request path {path} is not under the endpoint path {want_path} ({})",
        request.uri
    );
    let headers: std::collections::BTreeMap<String, Vec<String>> =
        serde_json::from_str(headers).expect("the case's headers are JSON");
    for (name, values) in &headers {
        let got: Vec<&str> = request
            .headers
            .get_all(name.as_str())
            .iter()
            .filter_map(|v| v.to_str().ok())
            .collect();
        assert_eq!(got, *values, "endpoint header {name}");
    }
    let (name, region) = crate::client::endpoint_resolve::sigv4_scope(&props);
    assert_scope(&request, name.as_deref(), region.as_deref());
}

/// Asserts that the call failed with `message` (the rule set's error) and sent nothing.
#[track_caller]
pub fn assert_endpoint_error(transport: &MockTransport, error: Option<String>, message: &str) {
    let Some(e) = error else {
        let sent = transport.last_request().map(|r| r.uri);
        panic!("the call must fail with {message:?}, but succeeded (sent to {sent:?})");
    };
    assert!(
        e.contains(message),
        "the call must fail with {message:?}, but failed with: {e}"
    );
    assert_eq!(transport.request_count(), 0, "nothing may be sent");
}

/// An error's message and those of its sources, joined by `: `, for comparing with what a case expects.
pub fn error_text(e: &dyn std::error::Error) -> String {
    let mut text = e.to_string();
    let mut source = e.source();
    while let Some(s) = source {
        text.push_str(": ");
        text.push_str(&s.to_string());
        source = s.source();
    }
    text
}

/// `scheme://authority` and the path (`/` at least), without the query.
fn split(uri: &str) -> (String, String) {
    let (scheme, rest) = uri.split_once("://").unwrap_or(("", uri));
    let rest = rest.split(['?', '#']).next().unwrap_or("");
    let (authority, path) = match rest.find('/') {
        Some(i) => (&rest[..i], &rest[i..]),
        None => (rest, "/"),
    };
    // The default ports are the same endpoint as none.
    let authority = match scheme {
        "https" => authority.strip_suffix(":443").unwrap_or(authority),
        "http" => authority.strip_suffix(":80").unwrap_or(authority),
        _ => authority,
    };
    (
        format!("{}://{}", scheme.to_ascii_lowercase(), authority),
        path.to_owned(),
    )
}

fn assert_scope(request: &RecordedRequest, name: Option<&str>, region: Option<&str>) {
    let Some(auth) = request.header("authorization") else {
        panic!("the request is not signed");
    };
    // `Credential=AKID/20150830/us-east-1/service/aws4_request`
    let scope: Vec<&str> = auth
        .split("Credential=")
        .nth(1)
        .and_then(|c| c.split(',').next())
        .map(|c| c.split('/').collect())
        .unwrap_or_default();
    if let Some(region) = region {
        assert_eq!(
            scope.get(2).copied(),
            Some(region),
            "signing region in {auth}"
        );
    }
    if let Some(name) = name {
        assert_eq!(scope.get(3).copied(), Some(name), "signing name in {auth}");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn origins_and_paths() {
        assert_eq!(
            split("https://b.s3.us-east-1.amazonaws.com:443/key?x-id=GetObject"),
            ("https://b.s3.us-east-1.amazonaws.com".into(), "/key".into())
        );
        assert_eq!(
            split("http://127.0.0.1:5000"),
            ("http://127.0.0.1:5000".into(), "/".into())
        );
    }
}
