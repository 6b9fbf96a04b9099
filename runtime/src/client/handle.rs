use super::aws_json::{parse_error, request_id};
use super::config::Config;
use super::endpoint_resolve::Route;
use super::error::{CallError, DispatchError, DispatchErrorKind};
use super::meta::{OperationMeta, ServiceMeta};
use super::retry::{RetryKind, TokenBucket, classify_service_error, retry_after};
use super::sign::sign_request;
use super::sleep::timeout;
use super::transport::{TransportError, TransportErrorKind};
use std::fmt;
use std::sync::{Arc, OnceLock};
use std::time::Duration;

/// A successful (2xx) response.
#[derive(Clone, Debug)]
pub struct Response {
    pub status: u16,
    pub headers: http::HeaderMap,
    pub body: Vec<u8>,
    pub request_id: Option<String>,
}

/// A service plus its configuration: what a generated client wraps. Cheap to clone; clones
/// share the configuration and the retry quota.
#[derive(Clone)]
pub struct Handle {
    inner: Arc<Inner>,
}

struct Inner {
    service: &'static ServiceMeta,
    config: Config,
    bucket: TokenBucket,
    /// The endpoint, parsed and with its signing scope, once resolved: it depends only on
    /// `service` and `config`, which never change. A failed resolution is not kept, so each
    /// call reports it afresh.
    route: OnceLock<Route>,
}

impl fmt::Debug for Handle {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Handle")
            .field("service", &self.inner.service.sdk_id)
            .field("config", &self.inner.config)
            .finish()
    }
}

fn transport_error(op: &str, mut e: TransportError) -> DispatchError {
    let kind = if e.kind() == TransportErrorKind::Timeout {
        DispatchErrorKind::Timeout
    } else {
        DispatchErrorKind::Transport
    };
    let source = e.take_source();
    let mut d = DispatchError::new(kind, format!("{op}: {}", e.message()));
    if let Some(s) = source {
        d = d.with_source(s);
    }
    d
}

impl Handle {
    pub fn new(service: &'static ServiceMeta, config: Config) -> Handle {
        Handle {
            inner: Arc::new(Inner {
                service,
                config,
                bucket: TokenBucket::new(),
                route: OnceLock::new(),
            }),
        }
    }

    pub fn config(&self) -> &Config {
        &self.inner.config
    }

    pub fn service(&self) -> &'static ServiceMeta {
        self.inner.service
    }

    /// A value for an `@idempotencyToken` member the caller left unset.
    pub fn idempotency_token(&self) -> String {
        self.inner.config.idempotency.token()
    }

    /// Sends one awsJson operation call: resolves the endpoint, frames and signs the request,
    /// retries what the standard retry mode retries, applies the timeouts and turns non-2xx
    /// responses into [`crate::ServiceError`]s. `body` is the serialized input (empty = `{}`).
    pub async fn invoke_json(
        &self,
        op: &'static OperationMeta,
        body: Vec<u8>,
    ) -> Result<Response, CallError> {
        let config = &self.inner.config;
        match config.timeouts.get_operation() {
            Some(limit) => {
                match timeout(config.sleep.sleep(limit), self.attempts(op, body)).await {
                    Some(result) => result,
                    None => Err(DispatchError::new(
                        DispatchErrorKind::Timeout,
                        format!(
                            "{}.{} timed out after {limit:?} (operation timeout)",
                            self.inner.service.sdk_id, op.name
                        ),
                    )
                    .into()),
                }
            }
            None => self.attempts(op, body).await,
        }
    }

    /// The cached [`Route`], resolving it on first use.
    fn route(&self) -> Result<&Route, DispatchError> {
        if let Some(route) = self.inner.route.get() {
            return Ok(route);
        }
        let route = Route::new(self.inner.service, &self.inner.config)?;
        // Two calls racing here both resolve; they get the same answer, and one is kept.
        Ok(self.inner.route.get_or_init(|| route))
    }

    async fn attempts(
        &self,
        op: &'static OperationMeta,
        body: Vec<u8>,
    ) -> Result<Response, CallError> {
        let Inner {
            service,
            config,
            bucket,
            ..
        } = &*self.inner;
        let transport = config.transport.as_ref().ok_or_else(|| {
            DispatchError::new(
                DispatchErrorKind::Config,
                "no HTTP transport: enable the `default-https` feature or set Config::builder().transport(..)",
            )
        })?;
        let route = self.route()?;
        let creds = config.credentials.provide().await?;
        let scope = route.scope.as_ref().ok_or_else(|| {
            DispatchError::new(
                DispatchErrorKind::Config,
                "no region: set Config::builder().region(..) or the AWS_REGION environment variable",
            )
        })?;
        let uri = route.framing.uri_text()?;
        let mut body = if body.is_empty() {
            b"{}".to_vec()
        } else {
            body
        };

        let retry = &config.retry;
        let mut attempt: u32 = 1;
        loop {
            // The last attempt the retry policy allows takes the body itself; earlier ones a copy.
            let this_body = if attempt >= retry.get_max_attempts() {
                std::mem::take(&mut body)
            } else {
                body.clone()
            };
            let mut req = route.framing.request(service, op, this_body)?;
            // Signed per attempt: the signature covers the time, and a retry may be minutes later.
            sign_request(&mut req, uri, &creds, scope, (config.clock)())?;

            let sent = transport.send(req);
            let outcome = match config.timeouts.get_attempt() {
                Some(limit) => timeout(config.sleep.sleep(limit), sent)
                    .await
                    .unwrap_or_else(|| {
                        Err(TransportError::timeout(format!(
                            "attempt timed out after {limit:?}"
                        )))
                    }),
                None => sent.await,
            };

            let (kind, hint, error): (Option<RetryKind>, Option<Duration>, CallError) =
                match outcome {
                    Ok(resp) => {
                        let (parts, body) = resp.into_parts();
                        let status = parts.status.as_u16();
                        if parts.status.is_success() {
                            bucket.refund();
                            let request_id = request_id(&parts.headers);
                            return Ok(Response {
                                status,
                                headers: parts.headers,
                                body,
                                request_id,
                            });
                        }
                        let err = parse_error(service, status, parts.headers, body);
                        let kind = classify_service_error(status, err.code(), op.retryable_errors);
                        (kind, retry_after(err.headers()), err.into())
                    }
                    Err(e) => {
                        let kind = match e.kind() {
                            TransportErrorKind::Connect | TransportErrorKind::Io => {
                                Some(RetryKind::Transient)
                            }
                            TransportErrorKind::Timeout => Some(RetryKind::Timeout),
                            _ => None,
                        };
                        let op_name = format!("{}.{}", service.sdk_id, op.name);
                        (kind, None, transport_error(&op_name, e).into())
                    }
                };
            let Some(kind) = kind else { return Err(error) };
            if attempt >= retry.get_max_attempts()
                || (retry.token_bucket_enabled() && !bucket.try_acquire(kind))
            {
                return Err(error);
            }
            let delay = retry.delay(attempt - 1, kind, hint);
            if !delay.is_zero() {
                config.sleep.sleep(delay).await;
            }
            attempt += 1;
        }
    }
}
