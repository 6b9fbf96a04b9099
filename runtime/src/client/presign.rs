//! Presigned requests: an operation's request framed and signed in its query string (SigV4 query
//! signing), not sent. Whoever holds the URL can make that one request, with any HTTP client, until it
//! expires. The generated clients' `presign_<operation>` methods call [`crate::Handle::presign`].

use http::header::{HeaderName, HeaderValue};
use std::fmt;
use std::time::{Duration, SystemTime};

/// How long a presigned request stays valid, and from when.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PresigningConfig {
    expires_in: Duration,
    start_time: Option<SystemTime>,
}

impl PresigningConfig {
    /// Valid for `expires_in` (whole seconds, 1 s to [`crate::sigv4::MAX_EXPIRES`], seven days; the
    /// request fails to presign outside that) from the configuration's clock, now.
    pub fn expires_in(expires_in: Duration) -> PresigningConfig {
        PresigningConfig {
            expires_in,
            start_time: None,
        }
    }

    /// Signed as of `time` instead of now (`X-Amz-Date`): for a URL handed out later, or a test
    /// that compares signatures.
    pub fn start_time(mut self, time: SystemTime) -> PresigningConfig {
        self.start_time = Some(time);
        self
    }

    /// How long the request stays valid.
    pub fn get_expires_in(&self) -> Duration {
        self.expires_in
    }

    /// The signing time, when set.
    pub fn get_start_time(&self) -> Option<SystemTime> {
        self.start_time
    }
}

/// A signed request that has not been sent: its method, its URL (the signature in the query:
/// `X-Amz-Algorithm`, `X-Amz-Credential`, `X-Amz-Date`, `X-Amz-Expires`, `X-Amz-SignedHeaders`,
/// `X-Amz-Security-Token` with temporary credentials, `X-Amz-Signature`) and the headers the signature
/// covers besides `host`, which whoever sends the request must send too (an input member bound to a
/// header, such as `Content-Type` of a PutObject). For S3 the body is not signed (`UNSIGNED-PAYLOAD`);
/// other services sign an empty one.
///
/// `Debug` and `Display` redact the signature and the session token: the URL is a credential.
#[derive(Clone)]
pub struct PresignedRequest {
    pub(crate) method: http::Method,
    pub(crate) uri: String,
    pub(crate) headers: Vec<(HeaderName, HeaderValue)>,
}

impl PresignedRequest {
    /// The HTTP method (`GET`, `PUT`, ...).
    pub fn method(&self) -> &str {
        self.method.as_str()
    }

    /// The presigned URL.
    pub fn uri(&self) -> &str {
        &self.uri
    }

    /// The signed headers other than `host`, to send with the request.
    pub fn headers(&self) -> impl Iterator<Item = (&str, &str)> {
        self.headers
            .iter()
            .map(|(n, v)| (n.as_str(), v.to_str().unwrap_or_default()))
    }

    /// The request as an [`http::Request`] with `body`, ready for any HTTP client.
    pub fn to_http_request<B>(&self, body: B) -> http::Request<B> {
        let mut req = http::Request::new(body);
        *req.method_mut() = self.method.clone();
        // Parsed from the URI the handle built, so it parses again.
        if let Ok(uri) = self.uri.parse() {
            *req.uri_mut() = uri;
        }
        for (n, v) in &self.headers {
            req.headers_mut().append(n.clone(), v.clone());
        }
        req
    }
}

impl fmt::Debug for PresignedRequest {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("PresignedRequest")
            .field("method", &self.method)
            .field("uri", &super::hook::redact_url(&self.uri))
            .field("headers", &self.headers)
            .finish()
    }
}

impl fmt::Display for PresignedRequest {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.method, super::hook::redact_url(&self.uri))
    }
}
