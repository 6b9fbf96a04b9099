//! Test doubles: a transport with canned responses that records every request, and a sleep
//! that returns at once. No other crate needed; the futures are ready immediately, so any
//! executor (even a hand-written `block_on`) drives them.

use super::config::ConfigBuilder;
use super::credentials::Credentials;
use super::sleep::AsyncSleep;
use super::transport::{BoxFuture, HttpTransport, TransportError};
use crate::types::ByteStream;
use std::collections::VecDeque;
use std::fmt;
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Duration;

/// A canned HTTP response.
#[derive(Clone, Debug)]
pub struct MockResponse {
    status: u16,
    headers: Vec<(String, String)>,
    body: Vec<u8>,
    /// A body streamed to the caller instead of `body` (for operations with a `@streaming` output).
    stream: Option<ByteStream>,
}

impl MockResponse {
    /// An empty response with this status.
    pub fn new(status: u16) -> Self {
        MockResponse {
            status,
            headers: Vec::new(),
            body: Vec::new(),
            stream: None,
        }
    }

    /// A JSON answer labelled `application/x-amz-json-1.1`.
    pub fn json(status: u16, body: impl Into<String>) -> Self {
        Self::new(status)
            .header("content-type", "application/x-amz-json-1.1")
            .body(body.into())
    }

    /// Adds a response header.
    pub fn header(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.headers.push((name.into(), value.into()));
        self
    }

    /// Sets the body.
    pub fn body(mut self, body: impl Into<Vec<u8>>) -> Self {
        self.body = body.into();
        self
    }

    /// A body handed to the caller as a stream: a file, a reader, or [`ByteStream::channel`] fed by the
    /// test (to send chunks one by one, stall, or fail mid-body). A request that does not stream its
    /// response reads it whole.
    pub fn body_stream(mut self, stream: ByteStream) -> Self {
        self.stream = Some(stream);
        self
    }

    fn into_parts(self) -> Result<(http::response::Parts, ByteStream), TransportError> {
        let mut b = http::Response::builder().status(self.status);
        for (k, v) in &self.headers {
            b = b.header(k.as_str(), v.as_str());
        }
        let body = self.stream.unwrap_or_else(|| ByteStream::new(self.body));
        let (parts, ()) = b
            .body(())
            .map_err(|e| TransportError::other(format!("invalid MockResponse: {e}")))?
            .into_parts();
        Ok((parts, body))
    }

    pub(crate) fn into_http(self) -> Result<http::Response<Vec<u8>>, TransportError> {
        let (parts, body) = self.into_parts()?;
        let mut bytes = Vec::new();
        std::io::Read::read_to_end(&mut body.into_reader(), &mut bytes)
            .map_err(|e| TransportError::io("reading the mock body failed").with_source(e))?;
        Ok(http::Response::from_parts(parts, bytes))
    }
}

/// A request the mock received, after signing.
#[derive(Clone, Debug)]
pub struct RecordedRequest {
    /// The HTTP method.
    pub method: String,
    /// The full URI, endpoint included.
    pub uri: String,
    /// The headers, signature included.
    pub headers: http::HeaderMap,
    /// The body bytes.
    pub body: Vec<u8>,
}

impl RecordedRequest {
    /// The first value of a header, by case-insensitive name.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|v| v.to_str().ok())
    }

    /// The path of the URI, without the query.
    pub fn path(&self) -> &str {
        // The URI is absolute: skip "scheme://authority".
        let rest = self
            .uri
            .split_once("://")
            .map_or(self.uri.as_str(), |(_, r)| r);
        rest.find('/').map_or("/", |i| &rest[i..])
    }

    /// The body as UTF-8 (empty when it is not).
    pub fn body_str(&self) -> &str {
        std::str::from_utf8(&self.body).unwrap_or("<non-UTF-8 body>")
    }

    /// The body parsed as JSON.
    pub fn body_json(&self) -> Result<serde_json::Value, serde_json::Error> {
        serde_json::from_slice(&self.body)
    }
}

type Handler = Box<dyn FnMut(&RecordedRequest) -> Result<MockResponse, TransportError> + Send>;

#[derive(Default)]
struct State {
    queue: VecDeque<Result<MockResponse, TransportError>>,
    handler: Option<Handler>,
    requests: Vec<RecordedRequest>,
    never: bool,
}

/// Canned responses (a queue, then an optional closure) and a record of every request.
/// Clones share the same state, so keep one clone to inspect after handing one to the config.
#[derive(Clone, Default)]
pub struct MockTransport {
    state: Arc<Mutex<State>>,
}

impl fmt::Debug for MockTransport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let s = self.lock();
        f.debug_struct("MockTransport")
            .field("queued", &s.queue.len())
            .field("requests", &s.requests.len())
            .finish()
    }
}

impl MockTransport {
    /// A transport with no queued responses: push some before calling.
    pub fn new() -> Self {
        Self::default()
    }

    /// Answers every request (once the queue is empty) with `f`.
    pub fn with_handler(
        f: impl FnMut(&RecordedRequest) -> Result<MockResponse, TransportError> + Send + 'static,
    ) -> Self {
        let t = Self::new();
        t.lock().handler = Some(Box::new(f));
        t
    }

    /// A server that accepts the request and never answers: for timeout tests.
    pub fn never_responds() -> Self {
        let t = Self::new();
        t.lock().never = true;
        t
    }

    fn lock(&self) -> MutexGuard<'_, State> {
        // A panicking test thread must not poison the mock for the others.
        self.state.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Queues a response; calls take them in order.
    pub fn push(&self, response: MockResponse) -> &Self {
        self.lock().queue.push_back(Ok(response));
        self
    }

    /// Queues a JSON response with this status.
    pub fn push_json(&self, status: u16, body: impl Into<String>) -> &Self {
        self.push(MockResponse::json(status, body))
    }

    /// Queues a transport failure (connection refused, timeout, ...).
    pub fn push_error(&self, error: TransportError) -> &Self {
        self.lock().queue.push_back(Err(error));
        self
    }

    /// Every request sent so far, in order.
    pub fn requests(&self) -> Vec<RecordedRequest> {
        self.lock().requests.clone()
    }

    /// The last request sent.
    pub fn last_request(&self) -> Option<RecordedRequest> {
        self.lock().requests.last().cloned()
    }

    /// How many requests were sent.
    pub fn request_count(&self) -> usize {
        self.lock().requests.len()
    }

    fn answer(
        &self,
        req: http::Request<super::Bytes>,
    ) -> Option<Result<http::Response<Vec<u8>>, TransportError>> {
        self.reply(req).map(|r| r.and_then(MockResponse::into_http))
    }

    fn reply(
        &self,
        req: http::Request<super::Bytes>,
    ) -> Option<Result<MockResponse, TransportError>> {
        let (parts, body) = req.into_parts();
        let body = Vec::from(body);
        let rec = RecordedRequest {
            method: parts.method.to_string(),
            uri: parts.uri.to_string(),
            headers: parts.headers,
            body,
        };
        let mut s = self.lock();
        s.requests.push(rec.clone());
        if s.never {
            return None;
        }
        let n = s.requests.len();
        let reply = match s.queue.pop_front() {
            Some(r) => r,
            None => match s.handler.as_mut() {
                Some(h) => h(&rec),
                None => Err(TransportError::other(format!(
                    "MockTransport has no response left for request #{n} ({} {}, X-Amz-Target {})",
                    rec.method,
                    rec.uri,
                    rec.header("x-amz-target").unwrap_or("-")
                ))),
            },
        };
        Some(reply)
    }
}

impl HttpTransport for MockTransport {
    fn send(
        &self,
        request: http::Request<super::Bytes>,
    ) -> BoxFuture<'_, Result<http::Response<Vec<u8>>, TransportError>> {
        match self.answer(request) {
            Some(r) => Box::pin(std::future::ready(r)),
            None => Box::pin(std::future::pending()),
        }
    }

    /// Records the request with its whole body (a streamed one is read to the end first), and answers
    /// with the response's body as a stream when the request asks for one.
    fn send_streaming(
        &self,
        request: http::Request<ByteStream>,
    ) -> BoxFuture<'_, Result<http::Response<ByteStream>, TransportError>> {
        Box::pin(async move {
            let (parts, body) = request.into_parts();
            let wants_stream = parts.extensions.get::<super::StreamResponse>().is_some();
            let body = body.collect().await.map_err(|e| {
                TransportError::io("reading the request body failed").with_source(e)
            })?;
            let reply = match self.reply(http::Request::from_parts(parts, body.into())) {
                Some(r) => r?,
                None => std::future::pending().await,
            };
            let (parts, body) = reply.into_parts()?;
            let body = if wants_stream {
                body
            } else {
                ByteStream::new(body.collect().await.map_err(|e| {
                    TransportError::io("reading the mock body failed").with_source(e)
                })?)
            };
            Ok(http::Response::from_parts(parts, body))
        })
    }
}

/// A sleep that returns at once and remembers what it was asked for.
#[derive(Clone, Debug, Default)]
pub struct InstantSleep {
    slept: Arc<Mutex<Vec<Duration>>>,
}

impl InstantSleep {
    /// A sleep that records the durations and returns at once.
    pub fn new() -> Self {
        Self::default()
    }

    /// Every duration asked for, in order (backoff delays, and timeouts that were raced).
    pub fn slept(&self) -> Vec<Duration> {
        self.slept.lock().unwrap_or_else(|p| p.into_inner()).clone()
    }
}

impl AsyncSleep for InstantSleep {
    fn sleep(&self, duration: Duration) -> BoxFuture<'static, ()> {
        self.slept
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .push(duration);
        Box::pin(std::future::ready(()))
    }
}

/// A config for tests: the given transport, region `us-east-1`, dummy credentials, endpoint
/// `https://mock.local`, an [`InstantSleep`], and an empty environment (so that `AWS_MAX_ATTEMPTS` or
/// `AWS_ENDPOINT_URL_<SERVICE>` in the shell running the tests changes nothing). Override anything on the
/// returned builder.
pub fn config(transport: MockTransport) -> ConfigBuilder {
    rules_config(transport).endpoint_url("https://mock.local")
}

/// [`config`] without an endpoint URL, so that the service's endpoint rules pick the host from the
/// region and the other settings, as they do for a real client (S3's bucket in the host, say).
pub fn rules_config(transport: MockTransport) -> ConfigBuilder {
    ConfigBuilder::default()
        .environment(crate::Env::from_vars(Vec::<(String, String)>::new()))
        .transport(transport)
        .region("us-east-1")
        .credentials(Credentials::new("AKIDMOCK", "mock-secret", None))
        .sleep(InstantSleep::new())
}
