use super::protocol::Protocol;
use std::error::Error as StdError;
use std::fmt;

/// Every way a call can fail: the service answered with an error, or we never got a usable
/// answer.
#[derive(Debug)]
pub enum CallError {
    /// The service answered with an error response.
    Service(ServiceError),
    /// No usable answer: see [`DispatchError`].
    Dispatch(DispatchError),
}

impl CallError {
    /// The service's error code, when the service answered.
    pub fn code(&self) -> Option<&str> {
        match self {
            CallError::Service(e) => Some(e.code()),
            CallError::Dispatch(_) => None,
        }
    }

    /// The service error, if it was one.
    pub fn as_service(&self) -> Option<&ServiceError> {
        match self {
            CallError::Service(e) => Some(e),
            CallError::Dispatch(_) => None,
        }
    }

    /// The dispatch error, if it was one.
    pub fn as_dispatch(&self) -> Option<&DispatchError> {
        match self {
            CallError::Dispatch(e) => Some(e),
            CallError::Service(_) => None,
        }
    }
}

impl fmt::Display for CallError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CallError::Service(e) => e.fmt(f),
            CallError::Dispatch(e) => e.fmt(f),
        }
    }
}

impl StdError for CallError {
    fn source(&self) -> Option<&(dyn StdError + 'static)> {
        match self {
            CallError::Service(e) => Some(e),
            CallError::Dispatch(e) => Some(e),
        }
    }
}

impl From<ServiceError> for CallError {
    fn from(e: ServiceError) -> Self {
        CallError::Service(e)
    }
}

impl From<DispatchError> for CallError {
    fn from(e: DispatchError) -> Self {
        CallError::Dispatch(e)
    }
}

impl From<crate::ValidationError> for CallError {
    fn from(e: crate::ValidationError) -> Self {
        CallError::Dispatch(e.into())
    }
}

/// An error response from the service (any non-2xx answer), with the code sanitised per the
/// protocol's spec. When neither header nor body names an error (an HTML page from a proxy, an
/// empty or garbled body) the code is the HTTP status as text (`"502"`), as botocore reports it.
// Boxed so that `Result<_, CallError>` stays a few words wide.
#[derive(Clone)]
pub struct ServiceError(pub(crate) Box<ServiceErrorData>);

#[derive(Clone)]
pub(crate) struct ServiceErrorData {
    pub(crate) service: &'static str,
    pub(crate) code: String,
    pub(crate) message: Option<String>,
    pub(crate) request_id: Option<String>,
    pub(crate) status: u16,
    pub(crate) headers: http::HeaderMap,
    pub(crate) body: Vec<u8>,
    /// How the body is read into a modeled error.
    pub(crate) protocol: &'static dyn Protocol,
}

impl ServiceError {
    /// A service error with this status and code (for tests and transports; the client builds its own).
    pub fn new(service: &'static str, status: u16, code: impl Into<String>) -> Self {
        ServiceError(Box::new(ServiceErrorData {
            service,
            code: code.into(),
            message: None,
            request_id: None,
            status,
            headers: http::HeaderMap::new(),
            body: Vec::new(),
            protocol: &crate::protocol::AWS_JSON_1_1,
        }))
    }

    /// The protocol whose rules read [`ServiceError::body`] into a modeled error (awsJson 1.1 for an
    /// error built with [`ServiceError::new`]).
    pub fn with_protocol(mut self, protocol: &'static dyn Protocol) -> Self {
        self.0.protocol = protocol;
        self
    }

    /// The protocol that reads the error's body.
    pub fn protocol(&self) -> &'static dyn Protocol {
        self.0.protocol
    }

    /// Sets the message.
    pub fn with_message(mut self, message: impl Into<String>) -> Self {
        self.0.message = Some(message.into());
        self
    }

    /// Sets the request id.
    pub fn with_request_id(mut self, id: impl Into<String>) -> Self {
        self.0.request_id = Some(id.into());
        self
    }

    /// Sets the response body.
    pub fn with_body(mut self, body: impl Into<Vec<u8>>) -> Self {
        self.0.body = body.into();
        self
    }

    /// The service's SDK id (`FSx`).
    pub fn service(&self) -> &'static str {
        self.0.service
    }

    /// The sanitised error code (`BackupNotFound`), the shape name of the modeled error.
    pub fn code(&self) -> &str {
        &self.0.code
    }

    /// The message the service sent, whichever key it was under.
    pub fn message(&self) -> Option<&str> {
        self.0.message.as_deref()
    }

    /// The request id of the response (`x-amzn-RequestId` and its kin).
    pub fn request_id(&self) -> Option<&str> {
        self.0.request_id.as_deref()
    }

    /// S3's second request id (`x-amz-id-2`), which AWS support asks for next to
    /// [`ServiceError::request_id`] (`x-amz-request-id`).
    pub fn extended_request_id(&self) -> Option<&str> {
        self.0
            .headers
            .get("x-amz-id-2")
            .and_then(|v| v.to_str().ok())
    }

    /// The HTTP status of the response.
    pub fn status(&self) -> u16 {
        self.0.status
    }

    /// The response headers.
    pub fn headers(&self) -> &http::HeaderMap {
        &self.0.headers
    }

    /// The response body.
    pub fn body(&self) -> &[u8] {
        &self.0.body
    }
}

impl fmt::Debug for ServiceError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ServiceError")
            .field("service", &self.0.service)
            .field("code", &self.0.code)
            .field("message", &self.0.message)
            .field("request_id", &self.0.request_id)
            .field("status", &self.0.status)
            .field("body_len", &self.0.body.len())
            .finish()
    }
}

impl fmt::Display for ServiceError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // `Code: message` first, as the AWS CLI prints it, so logs can be searched by code.
        f.write_str(&self.0.code)?;
        if let Some(m) = &self.0.message {
            write!(f, ": {m}")?;
        }
        write!(f, " ({}, HTTP {}", self.0.service, self.0.status)?;
        if let Some(id) = &self.0.request_id {
            write!(f, ", request id {id}")?;
        }
        f.write_str(")")
    }
}

impl StdError for ServiceError {}

/// Why a call got no usable answer from the service.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum DispatchErrorKind {
    /// Connecting, sending or receiving failed.
    Transport,
    /// An attempt or the whole call ran out of time.
    Timeout,
    /// No credentials could be found.
    Credentials,
    /// No endpoint could be resolved.
    Endpoint,
    /// The configuration is missing something (region) or is contradictory.
    Config,
    /// The request could not be signed.
    Signing,
    /// The input could not be serialized or the request built.
    Serialization,
    /// The input broke a model constraint; nothing was sent.
    Validation,
    /// A 2xx response (or an error body) did not match the model.
    ResponseParse,
}

/// A failure before, while or after talking to the service that is not a service error.
/// It never holds secrets: credentials are only ever named, not shown.
pub struct DispatchError(pub(crate) Box<DispatchErrorData>);

pub(crate) struct DispatchErrorData {
    pub(crate) kind: DispatchErrorKind,
    pub(crate) message: String,
    pub(crate) status: Option<u16>,
    pub(crate) request_id: Option<String>,
    pub(crate) path: Option<String>,
    pub(crate) source: Option<Box<dyn StdError + Send + Sync>>,
}

impl DispatchError {
    /// An error of this kind with this message.
    pub fn new(kind: DispatchErrorKind, message: impl Into<String>) -> Self {
        DispatchError(Box::new(DispatchErrorData {
            kind,
            message: message.into(),
            status: None,
            request_id: None,
            path: None,
            source: None,
        }))
    }

    /// Keeps the error that caused this one (see [`std::error::Error::source`]).
    pub fn with_source(mut self, source: impl Into<Box<dyn StdError + Send + Sync>>) -> Self {
        self.0.source = Some(source.into());
        self
    }

    pub(crate) fn with_response(mut self, status: u16, request_id: Option<&str>) -> Self {
        self.0.status = Some(status);
        self.0.request_id = request_id.map(str::to_owned);
        self
    }

    /// What kind of failure this is.
    pub fn kind(&self) -> DispatchErrorKind {
        self.0.kind
    }

    /// What went wrong, in words.
    pub fn message(&self) -> &str {
        &self.0.message
    }

    /// The HTTP status of the response that failed to parse, if any.
    pub fn status(&self) -> Option<u16> {
        self.0.status
    }

    /// The request id of the response that failed to parse, if any.
    pub fn request_id(&self) -> Option<&str> {
        self.0.request_id.as_deref()
    }

    /// Where in the JSON a parse failed (`FileSystems[0].CreationTime`).
    pub fn path(&self) -> Option<&str> {
        self.0.path.as_deref()
    }

    /// Whether a time limit ran out.
    pub fn is_timeout(&self) -> bool {
        self.0.kind == DispatchErrorKind::Timeout
    }
}

impl fmt::Debug for DispatchError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("DispatchError")
            .field("kind", &self.0.kind)
            .field("message", &self.0.message)
            .field("status", &self.0.status)
            .field("request_id", &self.0.request_id)
            .field("path", &self.0.path)
            .field("source", &self.0.source)
            .finish()
    }
}

impl fmt::Display for DispatchError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0.message)?;
        if let Some(p) = &self.0.path {
            write!(f, " at `{p}`")?;
        }
        match (self.0.status, &self.0.request_id) {
            (Some(s), Some(id)) => write!(f, " (HTTP {s}, request id {id})")?,
            (Some(s), None) => write!(f, " (HTTP {s})")?,
            (None, Some(id)) => write!(f, " (request id {id})")?,
            (None, None) => {}
        }
        if let Some(src) = &self.0.source {
            write_causes(f, src.as_ref())?;
        }
        Ok(())
    }
}

impl StdError for DispatchError {
    fn source(&self) -> Option<&(dyn StdError + 'static)> {
        self.0
            .source
            .as_deref()
            .map(|e| e as &(dyn StdError + 'static))
    }
}

impl From<crate::ValidationError> for DispatchError {
    fn from(e: crate::ValidationError) -> Self {
        let mut d = DispatchError::new(
            DispatchErrorKind::Validation,
            format!("invalid input: {}", e.message),
        );
        d.0.path = Some(e.path);
        d
    }
}

/// Appends `: cause` for each error down the source chain, so a one-line message names the
/// root cause (`Connection refused`, not just "client error (Connect)"). Repeats are skipped.
pub(crate) fn write_causes(
    f: &mut fmt::Formatter<'_>,
    first: &(dyn StdError + 'static),
) -> fmt::Result {
    let mut shown = String::new();
    let mut cur = Some(first);
    // Bounded: a hostile or cyclic `source()` implementation must not hang Display.
    for _ in 0..16 {
        let Some(e) = cur else { break };
        let m = e.to_string();
        if !m.is_empty() && !shown.contains(&m) {
            write!(f, ": {m}")?;
            shown.push_str(&m);
        }
        cur = e.source();
    }
    Ok(())
}
