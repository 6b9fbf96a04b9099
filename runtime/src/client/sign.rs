use super::credentials::Credentials;
use super::error::{DispatchError, DispatchErrorKind};
use crate::sigv4::{Payload, Settings, SignableRequest, SigningParams, sign_headers};
use http::header::{HeaderName, HeaderValue};
use std::sync::LazyLock;
use std::time::SystemTime;

/// The SigV4 scope of a request: from the service's `@sigv4` name and the configured region,
/// unless the endpoint's `authSchemes` say otherwise.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct SigningScope {
    pub(crate) name: String,
    pub(crate) region: String,
}

/// Every service but S3 wants the defaults: normalised, double-encoded path, no
/// `x-amz-content-sha256`, streamed bodies hashed.
static SETTINGS: LazyLock<Settings> = LazyLock::new(Settings::default);

/// S3's rules (SigV4's S3 exceptions): the path signed as sent, `x-amz-content-sha256`, and
/// `UNSIGNED-PAYLOAD` for streamed bodies.
static S3_SETTINGS: LazyLock<Settings> = LazyLock::new(Settings::s3);

/// The signing settings for requests of `service`: S3's for the services signed as `s3` (S3 and the
/// S3 APIs that share its signing name), the defaults for every other.
pub(crate) fn settings_for(service: &crate::client::ServiceMeta) -> &'static Settings {
    if service.signing_name == "s3" {
        &S3_SETTINGS
    } else {
        &SETTINGS
    }
}

/// `(scheme, authority, path, query)` of an absolute URI; `#fragment` is never sent, so dropped.
fn split_uri(uri: &str) -> (&str, &str, &str, &str) {
    let uri = uri.split('#').next().unwrap_or(uri);
    let (scheme, rest) = uri.split_once("://").unwrap_or(("", uri));
    let end = rest.find(['/', '?']).unwrap_or(rest.len());
    let (authority, rest) = rest.split_at(end);
    let (path, query) = rest.split_once('?').unwrap_or((rest, ""));
    (scheme, authority, path, query)
}

/// The `Host` the transport will send when the request has none: the authority without user
/// info, and without the port when it is the scheme's default.
fn host_of<'a>(scheme: &str, authority: &'a str) -> &'a str {
    let host = authority.rsplit('@').next().unwrap_or(authority);
    let default_port = match scheme {
        "https" => Some(":443"),
        "http" => Some(":80"),
        _ => None,
    };
    default_port
        .and_then(|p| host.strip_suffix(p))
        .unwrap_or(host)
}

/// Adds `Authorization`, `X-Amz-Date` and (with a session token) `X-Amz-Security-Token`.
/// `uri` is the request's URI as text (absolute), passed in so that it is formatted once per
/// endpoint rather than per call. `payload_hash` is the hash of a streamed body (or
/// `UNSIGNED-PAYLOAD`); without it the request's own body is hashed.
pub(crate) fn sign_request(
    req: &mut http::Request<super::Bytes>,
    uri: &str,
    creds: &Credentials,
    scope: &SigningScope,
    time: SystemTime,
    settings: &Settings,
    payload_hash: Option<&str>,
) -> Result<(), DispatchError> {
    let fail = |what: &str, e: &dyn std::fmt::Display| {
        // Signing errors name what failed; they never include key material.
        DispatchError::new(
            DispatchErrorKind::Signing,
            format!("cannot sign the request: {what}: {e}"),
        )
    };
    let (scheme, authority, path, query) = split_uri(uri);
    let mut headers = Vec::with_capacity(req.headers().len() + 1);
    for (k, v) in req.headers() {
        let v = v.to_str().map_err(|e| fail(&format!("header {k}"), &e))?;
        headers.push((k.as_str(), v));
    }
    if !req.headers().contains_key(http::header::HOST) {
        headers.push(("host", host_of(scheme, authority)));
    }
    let signed = sign_headers(
        &SignableRequest {
            method: req.method().as_str(),
            path,
            query,
            headers: &headers,
            payload: match payload_hash {
                Some(hash) => Payload::Hash(hash),
                None => Payload::Bytes(req.body()),
            },
        },
        &SigningParams {
            credentials: creds,
            region: &scope.region,
            service: &scope.name,
            time,
            settings,
        },
    );
    drop(headers);
    for (name, value) in signed.into_headers() {
        // The value is never in the message: it may be the session token.
        let value = HeaderValue::try_from(value).map_err(|e| fail(name, &e))?;
        req.headers_mut()
            .insert(HeaderName::from_static(name), value);
    }
    Ok(())
}

/// `uri` (absolute, as it would be sent) with the SigV4 query parameters of a presigned request
/// appended. The headers signed are `host` and `headers`; the payload is `UNSIGNED-PAYLOAD` for the
/// services that take unsigned payloads (S3: whoever uses the URL picks the body), else the hash of an
/// empty body, as botocore and the SigV4 suite's query cases sign it.
#[allow(clippy::too_many_arguments)]
pub(crate) fn presign_request(
    method: &str,
    uri: &str,
    host: &str,
    headers: &[(HeaderName, HeaderValue)],
    creds: &Credentials,
    scope: &SigningScope,
    time: SystemTime,
    settings: &Settings,
    expires_in: std::time::Duration,
) -> Result<String, DispatchError> {
    let fail = |what: &str, e: &dyn std::fmt::Display| {
        DispatchError::new(
            DispatchErrorKind::Signing,
            format!("cannot presign the request: {what}: {e}"),
        )
    };
    let (scheme, authority, path, query) = split_uri(uri);
    let host = if host.is_empty() {
        host_of(scheme, authority)
    } else {
        host
    };
    let mut signable = Vec::with_capacity(headers.len() + 1);
    signable.push(("host", host));
    for (k, v) in headers {
        let v = v.to_str().map_err(|e| fail(&format!("header {k}"), &e))?;
        signable.push((k.as_str(), v));
    }
    let presigned = crate::sigv4::presign(
        &SignableRequest {
            method,
            path,
            query,
            headers: &signable,
            payload: if settings.unsigned_streaming_payload {
                Payload::Hash(crate::sigv4::UNSIGNED_PAYLOAD)
            } else {
                Payload::Bytes(&[])
            },
        },
        &SigningParams {
            credentials: creds,
            region: &scope.region,
            service: &scope.name,
            time,
            settings,
        },
        expires_in,
    )
    .map_err(|e| fail("its validity", &e))?;
    Ok(presigned.apply_to(uri))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uri_parts() {
        assert_eq!(
            split_uri("https://fsx.us-east-1.amazonaws.com/"),
            ("https", "fsx.us-east-1.amazonaws.com", "/", "")
        );
        assert_eq!(
            split_uri("http://u@h:8080/a/b?x=1&y#frag"),
            ("http", "u@h:8080", "/a/b", "x=1&y")
        );
        assert_eq!(split_uri("https://h?q"), ("https", "h", "", "q"));
    }

    #[test]
    fn host_drops_user_info_and_default_ports() {
        assert_eq!(host_of("https", "h.example:443"), "h.example");
        assert_eq!(host_of("http", "u:p@h.example:80"), "h.example");
        assert_eq!(host_of("https", "h.example:8443"), "h.example:8443");
        assert_eq!(host_of("http", "h.example:443"), "h.example:443");
    }
}
