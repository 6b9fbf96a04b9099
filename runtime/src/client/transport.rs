use crate::types::ByteStream;
use std::error::Error as StdError;
use std::fmt;
use std::future::Future;
use std::pin::Pin;

/// A boxed, `Send` future: what the runtime's pluggable traits return, so that any executor
/// can drive them.
pub type BoxFuture<'a, T> = Pin<Box<dyn Future<Output = T> + Send + 'a>>;

/// The request body [`HttpTransport::send`] is given: `bytes::Bytes`, which hyper, reqwest and most
/// HTTP stacks take as it is. Each attempt of a call shares the one buffer (a retry does not copy the
/// body); `Vec::from` gives the bytes back without a copy when nothing else holds them.
pub use bytes::Bytes;

/// Sends one HTTP request and returns the whole response. Implement this to use any HTTP
/// stack; the runtime adds everything protocol-specific (headers, signing, retries, timeouts).
pub trait HttpTransport: Send + Sync + fmt::Debug + 'static {
    /// Sends one request and returns the response, or why there is none.
    fn send(
        &self,
        request: http::Request<Bytes>,
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
            let response = self
                .send(http::Request::from_parts(parts, Bytes::from(body)))
                .await?;
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
        request: http::Request<Bytes>,
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
    /// An error of this kind with this message.
    pub fn new(kind: TransportErrorKind, message: impl Into<String>) -> Self {
        TransportError {
            kind,
            message: message.into(),
            source: None,
        }
    }

    /// Keeps the error that caused this one (see [`std::error::Error::source`]).
    pub fn with_source(mut self, source: impl Into<Box<dyn StdError + Send + Sync>>) -> Self {
        self.source = Some(source.into());
        self
    }

    /// Connecting failed (refused, DNS, TLS).
    pub fn connect(message: impl Into<String>) -> Self {
        Self::new(TransportErrorKind::Connect, message)
    }

    /// A time limit ran out.
    pub fn timeout(message: impl Into<String>) -> Self {
        Self::new(TransportErrorKind::Timeout, message)
    }

    /// Reading or writing the connection failed.
    pub fn io(message: impl Into<String>) -> Self {
        Self::new(TransportErrorKind::Io, message)
    }

    /// Any other failure.
    pub fn other(message: impl Into<String>) -> Self {
        Self::new(TransportErrorKind::Other, message)
    }

    /// What kind of failure this is.
    pub fn kind(&self) -> TransportErrorKind {
        self.kind
    }

    /// What went wrong, in words.
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
