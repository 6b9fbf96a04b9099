//! The built-in HTTPS transport (feature `default-https`): ureq's keep-alive agent with rustls on the
//! `ring` provider and the Mozilla (webpki) roots, each request run on a thread of its own and its
//! result handed back through a one-shot future. No async runtime is needed or assumed: the call's
//! future is woken from that thread, so it works under any executor. Chosen by build cost, measured in
//! `bench/transport-build.sh` (see `bench/README.md`).

use super::blocking::{spawn, spawn_with_reply};
use super::config::TimeoutConfig;
use super::transport::{BoxFuture, HttpTransport, StreamResponse, TransportError};
use crate::types::{ByteStream, CHUNK_SIZE};
use std::fmt;
use std::io::{self, Read};
use ureq::SendBody;
use ureq::config::AutoHeaderValue;
use ureq::tls::{RootCerts, TlsConfig, TlsProvider};

/// HTTP/1.1 over TLS (or plain HTTP for local endpoints), with a keep-alive connection pool.
#[derive(Clone)]
pub struct HttpsTransport {
    agent: ureq::Agent,
    max_response_body: usize,
    /// The read timeout, for the message of a streamed body that stalls.
    read_timeout: Option<std::time::Duration>,
}

impl fmt::Debug for HttpsTransport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("HttpsTransport")
            .field("max_response_body", &self.max_response_body)
            .finish()
    }
}

impl Default for HttpsTransport {
    fn default() -> Self {
        Self::new(&TimeoutConfig::default())
    }
}

impl HttpsTransport {
    /// Larger responses fail instead of exhausting memory (streamed `@streaming` bodies have no limit).
    pub const DEFAULT_MAX_RESPONSE_BODY: usize = 128 * 1024 * 1024;

    /// Uses the connect, read and attempt timeouts of `timeouts`. The runtime applies the attempt
    /// timeout to the call's future as well; passing it to the agent also ends the request's thread.
    pub fn new(timeouts: &TimeoutConfig) -> Self {
        let tls = TlsConfig::builder()
            .provider(TlsProvider::Rustls)
            .root_certs(RootCerts::WebPki)
            .build();
        let config = ureq::Agent::config_builder()
            .tls_config(tls)
            .timeout_connect(timeouts.get_connect())
            // Per read, restarted by each read: "no byte for this long" (TLS handshake included).
            .timeout_per_read(timeouts.get_read())
            .timeout_global(timeouts.get_attempt())
            // Every status is an answer for the protocol to read, and a redirect is not followed:
            // the signature covers the host.
            .http_status_as_error(false)
            .max_redirects(0)
            // The runtime sets its own User-Agent; nothing is added after signing.
            .user_agent(AutoHeaderValue::None)
            .accept(AutoHeaderValue::None)
            .accept_encoding(AutoHeaderValue::None)
            .build();
        HttpsTransport {
            agent: ureq::Agent::new_with_config(config),
            max_response_body: Self::DEFAULT_MAX_RESPONSE_BODY,
            read_timeout: timeouts.get_read(),
        }
    }

    /// The largest response body read before the call fails (a bound against hostile servers).
    pub fn max_response_body(mut self, bytes: usize) -> Self {
        self.max_response_body = bytes;
        self
    }
}

fn classify(e: ureq::Error, limit: usize) -> TransportError {
    match e {
        ureq::Error::Timeout(t) => TransportError::timeout(format!("timed out ({t})")),
        ureq::Error::HostNotFound => TransportError::connect("cannot connect: host not found"),
        ureq::Error::ConnectionFailed => TransportError::connect("cannot connect"),
        ureq::Error::BodyExceedsLimit(_) => {
            TransportError::other(format!("the response body is larger than {limit} bytes"))
        }
        ureq::Error::Io(io) if is_connect_failure(&io) => {
            let msg = format!("cannot connect: {io}");
            TransportError::connect(msg).with_source(io)
        }
        ureq::Error::Io(io) => TransportError::io("the connection failed").with_source(io),
        other => TransportError::io("the connection failed").with_source(other),
    }
}

/// A failure while a streamed body is read, as the [`io::Error`] its reader gets: the read timeout as
/// `TimedOut`.
fn body_error(e: io::Error, read_timeout: Option<std::time::Duration>) -> io::Error {
    let timed_out = e.kind() == io::ErrorKind::TimedOut
        || e.get_ref()
            .and_then(|inner| inner.downcast_ref::<ureq::Error>())
            .is_some_and(|u| matches!(u, ureq::Error::Timeout(_)));
    if timed_out {
        let after = read_timeout.map_or(String::new(), |t| format!(" for {t:?}"));
        return io::Error::new(
            io::ErrorKind::TimedOut,
            format!("the response body stalled: no data{after} (read timeout)"),
        );
    }
    io::Error::new(e.kind(), format!("reading the response body failed: {e}"))
}

/// Reads `body` to its end into `tx`, a chunk at a time; stops (and so drops the connection) when the
/// stream is dropped.
fn pump(
    mut body: impl Read,
    tx: crate::types::BodySender,
    read_timeout: Option<std::time::Duration>,
) {
    let mut buf = vec![0; CHUNK_SIZE];
    loop {
        let mut filled = 0;
        let end = loop {
            match body.read(&mut buf[filled..]) {
                Ok(0) => break Ok(true),
                Ok(n) => {
                    filled += n;
                    if filled == buf.len() {
                        break Ok(false);
                    }
                }
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(e) => break Err(e),
            }
        };
        if filled > 0 && !tx.send(buf[..filled].to_vec()) {
            return;
        }
        match end {
            Ok(false) => {}
            Ok(true) => return,
            Err(e) => return tx.fail(body_error(e, read_timeout)),
        }
    }
}

fn is_connect_failure(e: &std::io::Error) -> bool {
    use std::io::ErrorKind::*;
    matches!(
        e.kind(),
        ConnectionRefused | AddrNotAvailable | HostUnreachable | NetworkUnreachable
    )
}

impl HttpTransport for HttpsTransport {
    fn send(
        &self,
        request: http::Request<super::Bytes>,
    ) -> BoxFuture<'_, Result<http::Response<Vec<u8>>, TransportError>> {
        let agent = self.agent.clone();
        let limit = self.max_response_body;
        let answer = spawn("smithy-https", move || {
            // Sent from the shared buffer: another attempt of the call may still hold it.
            let (parts, body) = request.into_parts();
            let request = http::Request::from_parts(parts, &body[..]);
            let response = agent.run(request).map_err(|e| classify(e, limit))?;
            let (parts, mut body) = response.into_parts();
            let body =
                body.with_config()
                    .limit(limit as u64)
                    .read_to_vec()
                    .map_err(|e| match e {
                        ureq::Error::BodyExceedsLimit(_) => classify(e, limit),
                        other => TransportError::io("reading the response body failed")
                            .with_source(other),
                    })?;
            Ok(http::Response::from_parts(parts, body))
        });
        Box::pin(async move {
            match answer {
                Ok(rx) => rx
                    .await
                    .unwrap_or_else(|| Err(TransportError::other("the request thread panicked"))),
                Err(e) => Err(TransportError::other(format!(
                    "cannot start the request thread: {e}"
                ))),
            }
        })
    }

    /// The request body is read in chunks while it is sent; a 2xx response to a [`StreamResponse`]
    /// request is handed over as it arrives, by the same thread, with no size limit, the read timeout
    /// between chunks, and at most a few chunks held at a time; dropping the stream closes the
    /// connection.
    fn send_streaming(
        &self,
        request: http::Request<ByteStream>,
    ) -> BoxFuture<'_, Result<http::Response<ByteStream>, TransportError>> {
        let agent = self.agent.clone();
        let limit = self.max_response_body;
        let read_timeout = self.read_timeout;
        let answer = spawn_with_reply("smithy-https", move |reply| {
            let (parts, body) = request.into_parts();
            let wants_stream = parts.extensions.get::<StreamResponse>().is_some();
            let request =
                http::Request::from_parts(parts, SendBody::from_owned_reader(body.into_reader()));
            let response = match agent.run(request) {
                Ok(r) => r,
                Err(e) => return reply.send(Err(classify(e, limit))),
            };
            let (parts, mut body) = response.into_parts();
            if !(wants_stream && parts.status.is_success()) {
                let whole = body
                    .with_config()
                    .limit(limit as u64)
                    .read_to_vec()
                    .map_err(|e| match e {
                        ureq::Error::BodyExceedsLimit(_) => classify(e, limit),
                        other => TransportError::io("reading the response body failed")
                            .with_source(other),
                    });
                return reply
                    .send(whole.map(|b| http::Response::from_parts(parts, ByteStream::new(b))));
            }
            let (tx, stream) = ByteStream::channel();
            reply.send(Ok(http::Response::from_parts(parts, stream)));
            pump(
                body.into_with_config().limit(u64::MAX).reader(),
                tx,
                read_timeout,
            );
        });
        Box::pin(async move {
            match answer {
                Ok(rx) => rx
                    .await
                    .unwrap_or_else(|| Err(TransportError::other("the request thread panicked"))),
                Err(e) => Err(TransportError::other(format!(
                    "cannot start the request thread: {e}"
                ))),
            }
        })
    }
}
