//! The built-in HTTPS transport (feature `default-https`): hyper 1 through hyper-util's pooled
//! client, rustls with the `ring` provider and the Mozilla (webpki) roots. Needs a tokio runtime.

use super::config::TimeoutConfig;
use super::transport::{BoxFuture, HttpTransport, TransportError};
use http_body_util::{BodyExt, Full, Limited};
use hyper::body::Bytes;
use hyper_util::client::legacy::Client;
use hyper_util::client::legacy::connect::HttpConnector;
use hyper_util::rt::TokioExecutor;
use std::fmt;

type HyperClient = Client<hyper_rustls::HttpsConnector<HttpConnector>, Full<Bytes>>;

/// HTTP/1.1 over TLS (or plain HTTP for local endpoints), with connection pooling.
#[derive(Clone)]
pub struct HttpsTransport {
    client: Result<HyperClient, String>,
    max_response_body: usize,
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
    /// Larger responses fail instead of exhausting memory.
    pub const DEFAULT_MAX_RESPONSE_BODY: usize = 128 * 1024 * 1024;

    /// Uses the connect timeout of `timeouts`; the other timeouts are applied by the runtime.
    pub fn new(timeouts: &TimeoutConfig) -> Self {
        let mut http = HttpConnector::new();
        http.enforce_http(false);
        http.set_nodelay(true);
        http.set_connect_timeout(timeouts.get_connect());
        // An explicit provider: relying on the process default would panic if some other crate
        // also enabled rustls' aws-lc-rs backend.
        let client = hyper_rustls::HttpsConnectorBuilder::new()
            .with_provider_and_webpki_roots(rustls::crypto::ring::default_provider())
            .map(|b| {
                let tls = b.https_or_http().enable_http1().wrap_connector(http);
                Client::builder(TokioExecutor::new()).build(tls)
            })
            .map_err(|e| format!("cannot set up TLS: {e}"));
        HttpsTransport {
            client,
            max_response_body: Self::DEFAULT_MAX_RESPONSE_BODY,
        }
    }

    pub fn max_response_body(mut self, bytes: usize) -> Self {
        self.max_response_body = bytes;
        self
    }
}

fn classify(e: hyper_util::client::legacy::Error) -> TransportError {
    if e.is_connect() {
        let timed_out =
            std::error::Error::source(&e).is_some_and(|s| s.to_string().contains("timed out"));
        let msg = if timed_out {
            "connect timed out"
        } else {
            "cannot connect"
        };
        return TransportError::connect(msg).with_source(e);
    }
    TransportError::io("the connection failed").with_source(e)
}

impl HttpTransport for HttpsTransport {
    fn send(
        &self,
        request: http::Request<Vec<u8>>,
    ) -> BoxFuture<'_, Result<http::Response<Vec<u8>>, TransportError>> {
        Box::pin(async move {
            let client = self
                .client
                .as_ref()
                .map_err(|e| TransportError::other(e.clone()))?;
            let request = request.map(|b| Full::new(Bytes::from(b)));
            let response = client.request(request).await.map_err(classify)?;
            let (parts, body) = response.into_parts();
            let limit = self.max_response_body;
            let collected = Limited::new(body, limit).collect().await.map_err(|e| {
                if e.downcast_ref::<http_body_util::LengthLimitError>()
                    .is_some()
                {
                    TransportError::other(format!("the response body is larger than {limit} bytes"))
                } else {
                    TransportError::io("reading the response body failed").with_source(e)
                }
            })?;
            Ok(http::Response::from_parts(
                parts,
                collected.to_bytes().to_vec(),
            ))
        })
    }
}
