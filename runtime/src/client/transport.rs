use crate::types::ByteStream;
use std::error::Error as StdError;
use std::fmt;
use std::future::Future;
use std::pin::Pin;

/// A boxed, `Send` future: what the runtime's pluggable traits return, so that any executor
/// can drive them.
pub type BoxFuture<'a, T> = Pin<Box<dyn Future<Output = T> + Send + 'a>>;

/// Sends one HTTP request and returns the whole response. Implement this to use any HTTP
/// stack; the runtime adds everything protocol-specific (headers, signing, retries, timeouts).
pub trait HttpTransport: Send + Sync + fmt::Debug + 'static {
    fn send(
        &self,
        request: http::Request<Vec<u8>>,
    ) -> BoxFuture<'_, Result<http::Response<Vec<u8>>, TransportError>>;

    /// Sends a request whose body is a stream (a file, a reader) or whose response body is wanted as it
    /// arrives (the request carries the [`StreamResponse`] extension): the operations with a
    /// `@streaming` payload. A request body with a known length has its `Content-Length` header set;
    /// without one it is sent chunked. A 2xx response to a [`StreamResponse`] request should come back
    /// as [`ByteStream::channel`] fed while it is read; any other response, whole and within the
    /// transport's size limit.
    ///
    /// The default reads the request body into memory and answers with the whole response through
    /// [`HttpTransport::send`]: correct, but without the memory savings.
    fn send_streaming(
        &self,
        request: http::Request<ByteStream>,
    ) -> BoxFuture<'_, Result<http::Response<ByteStream>, TransportError>> {
        Box::pin(async move {
            let (parts, body) = request.into_parts();
            let body = body.collect().await.map_err(|e| {
                TransportError::other("cannot read the request body").with_source(e)
            })?;
            let response = self.send(http::Request::from_parts(parts, body)).await?;
            Ok(response.map(ByteStream::new))
        })
    }
}

/// The extension of a request whose 2xx response body the caller reads as a stream (see
/// [`HttpTransport::send_streaming`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct StreamResponse;

impl<T: HttpTransport + ?Sized> HttpTransport for std::sync::Arc<T> {
    fn send(
        &self,
        request: http::Request<Vec<u8>>,
    ) -> BoxFuture<'_, Result<http::Response<Vec<u8>>, TransportError>> {
        (**self).send(request)
    }

    fn send_streaming(
        &self,
        request: http::Request<ByteStream>,
    ) -> BoxFuture<'_, Result<http::Response<ByteStream>, TransportError>> {
        (**self).send_streaming(request)
    }
}

/// What went wrong below HTTP; decides whether a retry may help.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum TransportErrorKind {
    /// Could not connect (DNS, refused, TLS handshake); nothing reached the service: retryable.
    Connect,
    /// The transport's own timeout fired: retryable.
    Timeout,
    /// The connection broke mid-request or the response was cut off: retryable.
    Io,
    /// Anything else (a malformed request, a body too large): not retried.
    Other,
}

/// A failure of the [`HttpTransport`].
pub struct TransportError {
    kind: TransportErrorKind,
    message: String,
    source: Option<Box<dyn StdError + Send + Sync>>,
}

impl TransportError {
    pub fn new(kind: TransportErrorKind, message: impl Into<String>) -> Self {
        TransportError {
            kind,
            message: message.into(),
            source: None,
        }
    }

    pub fn with_source(mut self, source: impl Into<Box<dyn StdError + Send + Sync>>) -> Self {
        self.source = Some(source.into());
        self
    }

    pub fn connect(message: impl Into<String>) -> Self {
        Self::new(TransportErrorKind::Connect, message)
    }

    pub fn timeout(message: impl Into<String>) -> Self {
        Self::new(TransportErrorKind::Timeout, message)
    }

    pub fn io(message: impl Into<String>) -> Self {
        Self::new(TransportErrorKind::Io, message)
    }

    pub fn other(message: impl Into<String>) -> Self {
        Self::new(TransportErrorKind::Other, message)
    }

    pub fn kind(&self) -> TransportErrorKind {
        self.kind
    }

    pub fn message(&self) -> &str {
        &self.message
    }

    pub(crate) fn take_source(&mut self) -> Option<Box<dyn StdError + Send + Sync>> {
        self.source.take()
    }
}

impl fmt::Debug for TransportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("TransportError")
            .field("kind", &self.kind)
            .field("message", &self.message)
            .field("source", &self.source)
            .finish()
    }
}

impl fmt::Display for TransportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)?;
        if let Some(s) = &self.source {
            super::error::write_causes(f, s.as_ref())?;
        }
        Ok(())
    }
}

impl StdError for TransportError {
    fn source(&self) -> Option<&(dyn StdError + 'static)> {
        self.source
            .as_deref()
            .map(|e| e as &(dyn StdError + 'static))
    }
}
