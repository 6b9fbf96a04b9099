//! awsJson 1.0 / 1.1: request framing and error-response parsing.

use super::error::{DispatchError, DispatchErrorKind, ServiceError, ServiceErrorData};
use super::meta::{OperationMeta, ServiceMeta};
use http::header::{CONTENT_LENGTH, CONTENT_TYPE, HOST, HeaderName, HeaderValue, USER_AGENT};
use serde::Deserialize;
use std::collections::BTreeMap;

const USER_AGENT_VALUE: &str = concat!("smithy-runtime/", env!("CARGO_PKG_VERSION"));

fn build_err(msg: String) -> DispatchError {
    DispatchError::new(DispatchErrorKind::Serialization, msg)
}

/// Splits an endpoint URL into the absolute request URI (path `/` unless the URL has one)
/// and the `Host` header value (default ports left out, as hyper and SigV4 expect).
pub(crate) fn target_uri(url: &str) -> Result<(http::Uri, String), DispatchError> {
    let shown = if url.contains('@') {
        "<redacted: contains user info>"
    } else {
        url
    };
    let endpoint_err = |why: &str| {
        DispatchError::new(
            DispatchErrorKind::Endpoint,
            format!("invalid endpoint URL `{shown}`: {why}"),
        )
    };
    let uri: http::Uri = url
        .trim()
        .parse()
        .map_err(|e: http::uri::InvalidUri| endpoint_err(&e.to_string()))?;
    let scheme = uri
        .scheme_str()
        .ok_or_else(|| endpoint_err("no scheme (expected http:// or https://)"))?;
    if !scheme.eq_ignore_ascii_case("http") && !scheme.eq_ignore_ascii_case("https") {
        return Err(endpoint_err("scheme must be http or https"));
    }
    let authority = uri
        .authority()
        .ok_or_else(|| endpoint_err("no host"))?
        .clone();
    if authority.host().is_empty() || authority.as_str().contains('@') {
        return Err(endpoint_err("the host must be a plain host[:port]"));
    }
    let default_port = if scheme.eq_ignore_ascii_case("https") {
        443
    } else {
        80
    };
    let host = match authority.port_u16() {
        Some(p) if p != default_port => format!("{}:{p}", authority.host()),
        _ => authority.host().to_owned(),
    };
    let path_and_query = match uri.path_and_query().map(|p| p.as_str()) {
        None | Some("") => "/",
        Some(p) => p,
    };
    let uri = http::Uri::builder()
        .scheme(scheme)
        .authority(authority)
        .path_and_query(path_and_query)
        .build()
        .map_err(|e| endpoint_err(&e.to_string()))?;
    Ok((uri, host))
}

const X_AMZ_TARGET: HeaderName = HeaderName::from_static("x-amz-target");

/// An error found while preparing a [`Framing`], kept so that every call reports it the same way
/// (same kind, same message) and at the same point of the call as when nothing was cached.
#[derive(Clone, Debug)]
struct Failure {
    kind: DispatchErrorKind,
    message: String,
}

impl Failure {
    fn of(e: DispatchError) -> Failure {
        Failure {
            kind: e.kind(),
            message: e.0.message,
        }
    }

    fn to_error(&self) -> DispatchError {
        DispatchError::new(self.kind, self.message.clone())
    }
}

/// The parts of an awsJson request that depend only on the endpoint: parsed once per endpoint
/// instead of once per call.
#[derive(Clone, Debug)]
pub(crate) struct Framing {
    target: Result<Target, Failure>,
    endpoint_headers: Result<Vec<(HeaderName, HeaderValue)>, Failure>,
}

#[derive(Clone, Debug)]
struct Target {
    uri: http::Uri,
    /// `uri` as text, the form the signer takes.
    uri_text: String,
    host: HeaderValue,
}

impl Framing {
    pub(crate) fn new(url: &str, endpoint_headers: &BTreeMap<String, Vec<String>>) -> Framing {
        let target = target_uri(url).and_then(|(uri, host)| {
            let host = HeaderValue::from_str(&host)
                .map_err(|e| build_err(format!("invalid host `{host}`: {e}")))?;
            Ok(Target {
                uri_text: uri.to_string(),
                uri,
                host,
            })
        });
        Framing {
            target: target.map_err(Failure::of),
            endpoint_headers: parse_endpoint_headers(endpoint_headers).map_err(Failure::of),
        }
    }

    /// The endpoint URI as the signer wants it; errors as [`Framing::request`] would.
    pub(crate) fn uri_text(&self) -> Result<&str, DispatchError> {
        match &self.target {
            Ok(t) => Ok(&t.uri_text),
            Err(f) => Err(f.to_error()),
        }
    }

    /// `POST <endpoint>` with the protocol headers; signing comes later. `body` is sent as is
    /// (the caller has already turned an empty input into `{}`).
    pub(crate) fn request(
        &self,
        service: &ServiceMeta,
        op: &OperationMeta,
        body: Vec<u8>,
    ) -> Result<http::Request<Vec<u8>>, DispatchError> {
        let target = self.target.as_ref().map_err(Failure::to_error)?;
        let mut amz_target = String::with_capacity(service.target_prefix.len() + 1 + op.name.len());
        amz_target.push_str(service.target_prefix);
        amz_target.push('.');
        amz_target.push_str(op.name);
        let amz_target = HeaderValue::try_from(amz_target).map_err(|e| {
            build_err(format!(
                "invalid X-Amz-Target `{}.{}`: {e}",
                service.target_prefix, op.name
            ))
        })?;
        let endpoint_headers = self.endpoint_headers.as_ref().map_err(Failure::to_error)?;
        // The five protocol headers, any endpoint headers, and the three the signer adds.
        let mut headers = http::HeaderMap::with_capacity(8 + endpoint_headers.len());
        headers.insert(HOST, target.host.clone());
        headers.insert(
            CONTENT_TYPE,
            HeaderValue::from_static(service.protocol.content_type()),
        );
        headers.insert(X_AMZ_TARGET, amz_target);
        headers.insert(CONTENT_LENGTH, HeaderValue::from(body.len()));
        headers.insert(USER_AGENT, HeaderValue::from_static(USER_AGENT_VALUE));
        for (name, value) in endpoint_headers {
            headers.append(name.clone(), value.clone());
        }
        let mut req = http::Request::new(body);
        *req.method_mut() = http::Method::POST;
        *req.uri_mut() = target.uri.clone();
        *req.headers_mut() = headers;
        Ok(req)
    }
}

fn parse_endpoint_headers(
    endpoint_headers: &BTreeMap<String, Vec<String>>,
) -> Result<Vec<(HeaderName, HeaderValue)>, DispatchError> {
    let mut out = Vec::new();
    for (name, values) in endpoint_headers {
        let name = HeaderName::from_bytes(name.as_bytes()).map_err(|e| {
            DispatchError::new(
                DispatchErrorKind::Endpoint,
                format!("endpoint header name `{name}`: {e}"),
            )
        })?;
        for v in values {
            let v = HeaderValue::from_str(v).map_err(|e| {
                DispatchError::new(
                    DispatchErrorKind::Endpoint,
                    format!("endpoint header `{name}`: {e}"),
                )
            })?;
            out.push((name.clone(), v));
        }
    }
    Ok(out)
}

/// The spec's sanitising: cut at the first `:`, then keep what follows the first `#`.
pub(crate) fn sanitize_error_code(raw: &str) -> &str {
    let raw = raw.split(':').next().unwrap_or(raw);
    let raw = match raw.split_once('#') {
        Some((_, name)) => name,
        None => raw,
    };
    raw.trim()
}

fn header_str(headers: &http::HeaderMap, name: &str) -> Option<String> {
    let v = headers.get(name)?;
    let s = String::from_utf8_lossy(v.as_bytes()).trim().to_owned();
    (!s.is_empty()).then_some(s)
}

pub(crate) fn request_id(headers: &http::HeaderMap) -> Option<String> {
    header_str(headers, "x-amzn-requestid").or_else(|| header_str(headers, "x-amz-request-id"))
}

/// The few error-body fields the runtime reads. Values are kept as JSON so that a number where
/// a string belongs does not make the whole body unreadable.
#[derive(Deserialize, Default)]
struct ErrorFields {
    code: Option<serde_json::Value>,
    #[serde(rename = "__type")]
    type_: Option<serde_json::Value>,
    message: Option<serde_json::Value>,
    #[serde(rename = "Message")]
    message_upper: Option<serde_json::Value>,
    #[serde(rename = "errorMessage")]
    error_message: Option<serde_json::Value>,
}

fn as_text(v: &Option<serde_json::Value>) -> Option<&str> {
    v.as_ref()?
        .as_str()
        .map(str::trim)
        .filter(|s| !s.is_empty())
}

/// Turns any non-2xx response into a [`ServiceError`]. Never fails: a body that is not a JSON
/// object (HTML from a proxy, empty, truncated) just contributes nothing, and the code is then
/// [`ServiceError::UNKNOWN_CODE`].
pub(crate) fn parse_error(
    service: &ServiceMeta,
    status: u16,
    headers: http::HeaderMap,
    body: Vec<u8>,
) -> ServiceError {
    let fields: ErrorFields = serde_json::from_slice(&body).unwrap_or_default();
    let code = header_str(&headers, "x-amzn-errortype")
        .map(|h| sanitize_error_code(&h).to_owned())
        .filter(|c| !c.is_empty())
        .or_else(|| {
            as_text(&fields.code)
                .map(|c| sanitize_error_code(c).to_owned())
                .filter(|c| !c.is_empty())
        })
        .or_else(|| {
            as_text(&fields.type_)
                .map(|c| sanitize_error_code(c).to_owned())
                .filter(|c| !c.is_empty())
        })
        .unwrap_or_else(|| ServiceError::UNKNOWN_CODE.to_owned());
    let message = as_text(&fields.message)
        .or_else(|| as_text(&fields.message_upper))
        .or_else(|| as_text(&fields.error_message))
        .map(str::to_owned);
    ServiceError(Box::new(ServiceErrorData {
        service: service.sdk_id,
        code,
        message,
        request_id: request_id(&headers),
        status,
        headers,
        body,
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sanitize_spec_examples() {
        for raw in [
            "FooError",
            "FooError:http://internal.amazon.com/coral/com.amazon.coral.validate/",
            "smithy.example#FooError",
            "smithy.example#FooError:http://internal.amazon.com/coral/com.amazon.coral.validate/",
        ] {
            assert_eq!(sanitize_error_code(raw), "FooError", "{raw}");
        }
        assert_eq!(sanitize_error_code(""), "");
        assert_eq!(sanitize_error_code("#"), "");
    }

    #[test]
    fn target_uri_paths_and_ports() {
        let (u, h) = target_uri("https://fsx.us-east-1.amazonaws.com").unwrap();
        assert_eq!(
            (u.to_string().as_str(), h.as_str()),
            (
                "https://fsx.us-east-1.amazonaws.com/",
                "fsx.us-east-1.amazonaws.com"
            )
        );
        let (u, h) = target_uri("http://127.0.0.1:5000/base?x=1").unwrap();
        assert_eq!(
            (u.to_string().as_str(), h.as_str()),
            ("http://127.0.0.1:5000/base?x=1", "127.0.0.1:5000")
        );
        let (_, h) = target_uri("https://h:443").unwrap();
        assert_eq!(h, "h");
        for bad in [
            "",
            "localhost:5000",
            "ftp://h/",
            "http://",
            "http://user:pw@h/",
            "not a url",
        ] {
            assert!(target_uri(bad).is_err(), "{bad}");
        }
    }
}
