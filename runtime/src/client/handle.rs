use super::compress::compress;
use super::config::Config;
use super::endpoint_resolve::{Failure, Route, Target};
use super::error::{CallError, DispatchError, DispatchErrorKind, ServiceError, ServiceErrorData};
use super::meta::{Auth, OperationMeta, ServiceMeta};
use super::protocol::{Prepared, header_str, request_id};
use super::rate_limit::RateLimiter;
use super::retry::{RetryKind, RetryMode, TokenBucket, classify_service_error, retry_after};
use super::sign::{settings_for, sign_request};
use super::sleep::timeout;
use super::streaming::{self, StreamCell};
use super::transport::{Bytes, StreamResponse, TransportError, TransportErrorKind};
use crate::codec::{ReadValue, WriteValue};
use crate::types::ByteStream;
use http::header::{CONTENT_LENGTH, HOST, HeaderName, HeaderValue, USER_AGENT};
use std::collections::BTreeMap;
use std::fmt;
use std::future::Future;
use std::sync::{Arc, Mutex, OnceLock};
use std::time::Duration;

/// How many endpoints, per set of context parameters, a handle keeps resolved.
const ROUTES_KEPT: usize = 256;

const X_AMZN_QUERY_MODE: HeaderName = HeaderName::from_static("x-amzn-query-mode");
const X_AMZ_USER_AGENT: HeaderName = HeaderName::from_static("x-amz-user-agent");

/// How much of an error response to a streaming call is read to find the error (the transport's own
/// limit applies first).
const MAX_ERROR_BODY: usize = 16 * 1024 * 1024;

/// A successful (2xx) response.
#[derive(Clone, Debug)]
pub struct Response {
    /// The HTTP status.
    pub status: u16,
    /// The response headers.
    pub headers: http::HeaderMap,
    /// The body; empty when it is streamed (see [`Response::take_stream`]).
    pub body: Vec<u8>,
    /// The request id the service returned.
    pub request_id: Option<String>,
    stream: StreamCell,
}

impl Response {
    /// The body of a response to an operation whose output payload is `@streaming`, as the transport
    /// hands it over; taken once (by the protocol that reads the output).
    pub fn take_stream(&self) -> Option<ByteStream> {
        self.stream.take()
    }
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
    /// The endpoint, parsed and with its signing scope, once resolved, for the operations that bind
    /// no rule set parameters: it depends only on `service` and `config`, which never change. A
    /// failed resolution is not kept, so each call reports it afresh.
    route: OnceLock<Arc<Route>>,
    /// The same for operations that bind parameters from their input, per set of parameters;
    /// emptied when it reaches [`ROUTES_KEPT`] entries, so a caller that sends to many buckets
    /// keeps a bounded amount.
    routes: Mutex<BTreeMap<crate::endpoint::Params, Arc<Route>>>,
    /// Both user-agent headers' value, worked out once.
    user_agent: HeaderValue,
    /// The adaptive retry mode's limiter; `None` in standard mode.
    rate_limiter: Option<RateLimiter>,
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
    /// A handle for `service` with this configuration (what a generated client holds).
    pub fn new(service: &'static ServiceMeta, config: Config) -> Handle {
        Handle {
            inner: Arc::new(Inner {
                service,
                user_agent: super::user_agent::user_agent(service, config.app_id.as_deref()),
                rate_limiter: (config.retry.get_mode() == RetryMode::Adaptive)
                    .then(RateLimiter::new),
                config,
                bucket: TokenBucket::new(),
                route: OnceLock::new(),
                routes: Mutex::new(BTreeMap::new()),
            }),
        }
    }

    /// The configuration.
    pub fn config(&self) -> &Config {
        &self.inner.config
    }

    /// The service's static description.
    pub fn service(&self) -> &'static ServiceMeta {
        self.inner.service
    }

    /// A value for an `@idempotencyToken` member the caller left unset.
    pub fn idempotency_token(&self) -> String {
        self.inner.config.idempotency.token()
    }

    /// Calls one operation: the service's protocol frames `input`, the call goes out (endpoint,
    /// signature, retries, timeouts: see [`Handle::send`]), and the protocol reads the output. The input
    /// is serialized before the returned future first runs, so the future borrows only the handle.
    pub fn invoke<'a, O: ReadValue>(
        &'a self,
        op: &'static OperationMeta,
        input: &dyn WriteValue,
    ) -> impl Future<Output = Result<O, CallError>> + Send + use<'a, O> {
        self.invoke_with_host_prefix(op, input, None)
    }

    /// [`Handle::invoke`] for an operation with an `@endpoint` host prefix, already expanded
    /// ([`crate::expand_host_prefix`]): it goes before the endpoint's host unless the configuration
    /// disables host prefixes.
    pub fn invoke_with_host_prefix<'a, O: ReadValue>(
        &'a self,
        op: &'static OperationMeta,
        input: &dyn WriteValue,
        host_prefix: Option<String>,
    ) -> impl Future<Output = Result<O, CallError>> + Send + use<'a, O> {
        let protocol = self.inner.service.protocol;
        let context = self.context_params(op, input);
        let prepared = protocol
            .serialize(self.inner.service, op, input)
            .map(|mut p| {
                p.stream_response = O::schema().is_some_and(|s| s.has_stream_payload());
                p
            });
        async move {
            let context = context?;
            let mut response = self.send_to(op, prepared?, host_prefix, context).await?;
            let mut out: Option<O> = None;
            protocol.read_output(&mut response, &mut out)?;
            out.ok_or_else(|| {
                DispatchError::new(
                    DispatchErrorKind::ResponseParse,
                    "the response body held no output",
                )
                .with_response(response.status, response.request_id.as_deref())
                .into()
            })
        }
    }

    /// Frames a request of `op` from `input` and signs it in its query string for
    /// `presigning.get_expires_in()`, without sending it: the same endpoint (with the operation's
    /// context parameters), path, query and headers a call would use, the payload `UNSIGNED-PAYLOAD` for
    /// S3 (the hash of an empty body for services that do not take unsigned payloads).
    /// Only `host` and the protocol's headers (input members bound to headers, the endpoint's) are
    /// signed, not the user agents or `Content-Length`, which whoever sends the request picks. An input
    /// that puts anything in the body (other than a `@streaming` payload, which is left out) cannot be
    /// presigned and fails with a validation error, as do missing credentials or region.
    pub fn presign<'a>(
        &'a self,
        op: &'static OperationMeta,
        input: &dyn WriteValue,
        presigning: super::PresigningConfig,
    ) -> impl Future<Output = Result<super::PresignedRequest, CallError>> + Send + use<'a> {
        let context = self.context_params(op, input);
        let prepared = self
            .inner
            .service
            .protocol
            .serialize(self.inner.service, op, input);
        async move {
            let context = context?;
            let prepared = prepared?;
            let Inner {
                service, config, ..
            } = &*self.inner;
            if !prepared.body.is_empty() {
                return Err(DispatchError::new(
                    DispatchErrorKind::Validation,
                    format!(
                        "{}.{} cannot be presigned: its request has a body ({} bytes), which a URL does not carry; \
                         leave the members that go in the body unset",
                        service.sdk_id,
                        op.name,
                        prepared.body.len()
                    ),
                )
                .into());
            }
            if let Some(e) = &config.deferred_error {
                return Err(DispatchError::from((**e).clone()).into());
            }
            let route = self.route(context)?;
            let creds = config.credentials.provide().await?;
            let scope = route.scope.as_ref().ok_or_else(|| {
                DispatchError::new(
                    DispatchErrorKind::Config,
                    "no region: set Config::builder().region(..) or the AWS_REGION environment variable",
                )
            })?;
            let target = route.target.as_ref().map_err(Failure::to_error)?;
            let endpoint_headers = route.endpoint_headers.as_ref().map_err(Failure::to_error)?;
            let (_, uri_text) = join_uri(target, &prepared.path)?;
            let mut headers: Vec<(HeaderName, HeaderValue)> = prepared.headers;
            headers.extend(endpoint_headers.iter().cloned());
            let signed = super::sign::presign_request(
                prepared.method.as_str(),
                &uri_text,
                target.host.to_str().unwrap_or_default(),
                &headers,
                &creds,
                scope,
                presigning
                    .get_start_time()
                    .unwrap_or_else(|| (config.clock)()),
                settings_for(service),
                presigning.get_expires_in(),
            )?;
            Ok(super::PresignedRequest {
                method: prepared.method,
                uri: signed,
                headers,
            })
        }
    }

    /// Sends a framed request: resolves the endpoint, signs, retries what the standard retry mode
    /// retries, applies the timeouts and turns non-2xx responses into [`ServiceError`]s through the
    /// service's protocol. The endpoint is resolved without the operation's context parameters
    /// (there is no input to bind them from): use [`Handle::invoke`] for operations that have them.
    pub async fn send(
        &self,
        op: &'static OperationMeta,
        prepared: Prepared,
    ) -> Result<Response, CallError> {
        self.send_to(op, prepared, None, None).await
    }

    /// The rule set parameters `op` binds from `input`; `None` when it binds none (or the service has
    /// no rule set), so that the endpoint cached for the whole handle serves the call.
    fn context_params(
        &self,
        op: &'static OperationMeta,
        input: &dyn WriteValue,
    ) -> Result<Option<crate::endpoint::Params>, DispatchError> {
        if op.endpoint_params.is_empty() {
            return Ok(None);
        }
        let Some(rules) = self.inner.service.endpoint_rules else {
            return Ok(None);
        };
        let Ok(rules) = rules.get() else {
            // The same failure is reported, with its message, when the endpoint is resolved.
            return Ok(None);
        };
        rules
            .bind_context(op.endpoint_params, input)
            .map(Some)
            .map_err(|e| {
                DispatchError::new(
                    DispatchErrorKind::Validation,
                    format!("{}: {}", op.name, e.message()),
                )
            })
    }

    /// [`Handle::send`], with `host_prefix` before the endpoint's host.
    async fn send_to(
        &self,
        op: &'static OperationMeta,
        mut prepared: Prepared,
        host_prefix: Option<String>,
        context: Option<crate::endpoint::Params>,
    ) -> Result<Response, CallError> {
        let config = &self.inner.config;
        // Once per call, before signing: every attempt sends the same compressed bytes.
        compress(op, config, &mut prepared)?;
        let validate = match &op.http.http_checksum {
            Some(c) => {
                let trailer =
                    super::sign::settings_for(self.inner.service).unsigned_streaming_payload;
                super::checksum::add_request_checksum(
                    op.name,
                    c,
                    &mut prepared,
                    trailer,
                    config.request_checksum_calculation,
                )?;
                super::checksum::validation_requested(
                    c,
                    &mut prepared,
                    config.response_checksum_validation,
                )
                .then_some(c)
            }
            None => None,
        };
        let md5 = match &op.http.http_checksum {
            Some(c) => c.algorithm_header.is_none() && (c.required || op.http.checksum_required),
            None => op.http.checksum_required,
        };
        if md5 {
            super::checksum::add_content_md5(&mut prepared);
        }
        if let Some(c) = validate {
            let mut response = self.send_timed(op, prepared, host_prefix, context).await?;
            // A streamed body is checked as it is read; one in memory now.
            if let Some(stream) = response.stream.take() {
                let checked =
                    super::checksum::validating_stream(op.name, c, &response.headers, stream);
                response.stream = StreamCell::new(Some(checked));
                return Ok(response);
            }
            super::checksum::validate_response(op.name, c, &response.headers, &response.body)
                .map_err(|e| e.with_response(response.status, response.request_id.as_deref()))?;
            return Ok(response);
        }
        self.send_timed(op, prepared, host_prefix, context).await
    }

    /// The attempts of one call under the operation timeout.
    async fn send_timed(
        &self,
        op: &'static OperationMeta,
        prepared: Prepared,
        host_prefix: Option<String>,
        context: Option<crate::endpoint::Params>,
    ) -> Result<Response, CallError> {
        let config = &self.inner.config;
        let host_prefix = host_prefix.filter(|_| !config.disable_host_prefix);
        match config.timeouts.get_operation() {
            Some(limit) => {
                match timeout(
                    config.sleep.sleep(limit),
                    self.attempts(op, prepared, host_prefix, context),
                )
                .await
                {
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
            None => self.attempts(op, prepared, host_prefix, context).await,
        }
    }

    /// The cached [`Route`] for these context parameters, resolving it on first use.
    fn route(&self, context: Option<crate::endpoint::Params>) -> Result<Arc<Route>, DispatchError> {
        let Inner {
            service, config, ..
        } = &*self.inner;
        let Some(context) = context else {
            if let Some(route) = self.inner.route.get() {
                return Ok(route.clone());
            }
            let route = Arc::new(Route::new(service, config, crate::endpoint::Params::new())?);
            // Two calls racing here both resolve; they get the same answer, and one is kept.
            return Ok(self.inner.route.get_or_init(|| route).clone());
        };
        // A poisoned lock only means another call panicked mid-insert; the map is still sound.
        let cached = self
            .inner
            .routes
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .get(&context)
            .cloned();
        if let Some(route) = cached {
            return Ok(route);
        }
        let route = Arc::new(Route::new(service, config, context.clone())?);
        let mut routes = self.inner.routes.lock().unwrap_or_else(|p| p.into_inner());
        if routes.len() >= ROUTES_KEPT {
            routes.clear();
        }
        routes.insert(context, route.clone());
        Ok(route)
    }

    async fn attempts(
        &self,
        op: &'static OperationMeta,
        mut prepared: Prepared,
        host_prefix: Option<String>,
        context: Option<crate::endpoint::Params>,
    ) -> Result<Response, CallError> {
        let Inner {
            service,
            config,
            bucket,
            user_agent,
            rate_limiter,
            ..
        } = &*self.inner;
        if let Some(e) = &config.deferred_error {
            return Err(DispatchError::from((**e).clone()).into());
        }
        let transport = config.transport.as_ref().ok_or_else(|| {
            DispatchError::new(
                DispatchErrorKind::Config,
                "no HTTP transport: enable the `default-https` feature or set Config::builder().transport(..)",
            )
        })?;
        let route = self.route(context)?;
        let route = &*route;
        let creds = match op.auth {
            Auth::SigV4 => Some(config.credentials.provide().await?),
            // Anonymous when no credentials can be had; whatever went wrong finding them does not
            // stop a call that needs none.
            Auth::Optional => config.credentials.provide().await.ok(),
            Auth::None => None,
        };
        let signing = match creds {
            Some(creds) => Some((
                creds,
                route.scope.as_ref().ok_or_else(|| {
                    DispatchError::new(
                        DispatchErrorKind::Config,
                        "no region: set Config::builder().region(..) or the AWS_REGION environment variable",
                    )
                })?,
            )),
            None => None,
        };
        let target = route.target.as_ref().map_err(Failure::to_error)?;
        let prefixed;
        let target = match &host_prefix {
            Some(prefix) => {
                prefixed = target.with_host_prefix(prefix)?;
                &prefixed
            }
            None => target,
        };
        let (uri, uri_text) = join_uri(target, &prepared.path)?;
        let settings = settings_for(service);
        // A streamed body's hash is worked out once per call (a file is read for it, unless the service
        // takes UNSIGNED-PAYLOAD); a one-shot reader may end up in `prepared.body` instead.
        let streamed = streaming::prepare(&mut prepared, settings).await?;
        let stream_response = prepared.stream_response;
        // Shared by every attempt: a retry resends the same buffer instead of a copy of it.
        let body = Bytes::from(std::mem::take(&mut prepared.body));
        // Every protocol's requests to a query-compatible service say so (the awsJson and rpcv2Cbor
        // compliance tests both ask for it).
        if service.aws_query_compatible {
            prepared
                .headers
                .push((X_AMZN_QUERY_MODE, HeaderValue::from_static("true")));
        }

        let retry = &config.retry;
        let mut attempt: u32 = 1;
        loop {
            let mut req = frame(route, target, &uri, &prepared, body.clone(), user_agent)?;
            if let Some(s) = &streamed {
                streaming::set_length(req.headers_mut(), &s.stream);
            }
            // Signed per attempt: the signature covers the time, and a retry may be minutes later.
            if let Some((creds, scope)) = &signing {
                sign_request(
                    &mut req,
                    &uri_text,
                    creds,
                    scope,
                    (config.clock)(),
                    settings,
                    streamed.as_ref().map(|s| s.hash.as_str()),
                )?;
            }

            if let Some(limiter) = rate_limiter {
                let wait = limiter.acquire();
                if !wait.is_zero() {
                    config.sleep.sleep(wait).await;
                }
            }
            let hook_request = config.on_request.as_ref().map(|_| {
                (
                    req.method().to_string(),
                    super::hook::redact_url(&req.uri().to_string()),
                    std::time::Instant::now(),
                )
            });
            let sent = async {
                if streamed.is_none() && !stream_response {
                    return transport.send(req).await.map(|r| r.map(ByteStream::new));
                }
                // A file is opened afresh by each attempt; a one-shot reader is sent once.
                let mut req = match &streamed {
                    Some(s) => req.map(|_| s.stream.clone()),
                    None => req.map(|b| ByteStream::new(Vec::from(b))),
                };
                if stream_response {
                    req.extensions_mut().insert(StreamResponse);
                }
                transport.send_streaming(req).await
            };
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

            if let (Some(hook), Some((method, url, started))) = (&config.on_request, hook_request) {
                let (status, error, request_id) = match &outcome {
                    Ok(resp) => (
                        Some(resp.status().as_u16()),
                        None,
                        request_id(resp.headers()),
                    ),
                    Err(e) => (None, Some(e.to_string()), None),
                };
                (hook.0)(&super::hook::RequestReport {
                    service: service.sdk_id,
                    operation: op.name,
                    method,
                    url,
                    attempt,
                    status,
                    error,
                    elapsed: started.elapsed(),
                    request_id,
                });
            }
            let (kind, hint, error): (Option<RetryKind>, Option<Duration>, CallError) =
                match outcome {
                    Ok(resp) => {
                        let (parts, body) = resp.into_parts();
                        let status = parts.status.as_u16();
                        let success = parts.status.is_success();
                        let (body, stream) = if success && stream_response {
                            (Vec::new(), Some(body))
                        } else {
                            // Bodies the transport gave whole are within its own limit already.
                            let limit = if stream_response {
                                MAX_ERROR_BODY
                            } else {
                                usize::MAX
                            };
                            (whole_body(body, limit).await?, None)
                        };
                        if success
                            && (stream.is_some()
                                || !super::customize::error_in_success(
                                    service,
                                    &parts.headers,
                                    &body,
                                ))
                        {
                            if let Some(limiter) = rate_limiter {
                                limiter.record(false);
                            }
                            bucket.refund();
                            let request_id = request_id(&parts.headers);
                            return Ok(Response {
                                status,
                                headers: parts.headers,
                                body,
                                request_id,
                                stream: StreamCell::new(stream),
                            });
                        }
                        let err = service_error(service, status, parts.headers, body);
                        // An error S3 sends with 200 is retried as the 500 it stands for.
                        let classified = if status < 300 { 500 } else { status };
                        let kind =
                            classify_service_error(classified, err.code(), op.retryable_errors);
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
            if let Some(limiter) = rate_limiter {
                limiter.record(kind == Some(RetryKind::Throttling));
            }
            let Some(kind) = kind else { return Err(error) };
            // A one-shot reader cannot be sent again.
            let replayable = streamed.as_ref().is_none_or(|s| s.stream.is_replayable());
            if !replayable
                || attempt >= retry.get_max_attempts()
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

/// A response body as bytes: as it is when the transport gave it whole, else read up to `limit` bytes.
async fn whole_body(body: ByteStream, limit: usize) -> Result<Vec<u8>, DispatchError> {
    body.collect_limited(limit).await.map_err(|e| {
        DispatchError::new(
            DispatchErrorKind::Transport,
            format!("reading the response body failed: {e}"),
        )
    })
}

/// The endpoint URI extended by the operation's path: the endpoint's path joined with the operation's
/// path and their queries merged. `/` (every RPC protocol's path) on an endpoint without a path is the
/// endpoint as it is; on one with a path it is that path with a `/` after it, as the awsJson compliance
/// tests require (`https://example.com/custom` is sent to `/custom/`). An empty operation path is the
/// endpoint's path as it is.
fn join_uri<'t>(
    target: &'t Target,
    path: &str,
) -> Result<(http::Uri, std::borrow::Cow<'t, str>), DispatchError> {
    if path == "/" && target.uri.path() == "/" {
        return Ok((
            target.uri.clone(),
            std::borrow::Cow::Borrowed(target.uri_text.as_str()),
        ));
    }
    let base = target.uri.path().trim_end_matches('/');
    let (op_path, op_query) = path.split_once('?').unwrap_or((path, ""));
    // An empty operation path (the endpoint carries all of it, as S3's bucket) on an endpoint without
    // a path is still `/`.
    let op_path = if base.is_empty() && op_path.is_empty() {
        "/"
    } else {
        op_path
    };
    let mut joined = format!("{base}{op_path}");
    let queries: Vec<&str> = [target.uri.query().unwrap_or(""), op_query]
        .into_iter()
        .filter(|q| !q.is_empty())
        .collect();
    if !queries.is_empty() {
        joined.push('?');
        joined.push_str(&queries.join("&"));
    }
    let mut parts = target.uri.clone().into_parts();
    parts.path_and_query = Some(joined.parse().map_err(|e| {
        DispatchError::new(
            DispatchErrorKind::Serialization,
            format!("invalid request path `{joined}`: {e}"),
        )
    })?);
    let uri = http::Uri::from_parts(parts).map_err(|e| {
        DispatchError::new(
            DispatchErrorKind::Serialization,
            format!("invalid request URI: {e}"),
        )
    })?;
    let text = uri.to_string();
    Ok((uri, std::borrow::Cow::Owned(text)))
}

/// One attempt's request: the protocol's framing on the endpoint, with the headers every request
/// carries; signing comes later.
fn frame(
    route: &Route,
    target: &Target,
    uri: &http::Uri,
    prepared: &Prepared,
    body: Bytes,
    user_agent: &HeaderValue,
) -> Result<http::Request<Bytes>, DispatchError> {
    let endpoint_headers = route.endpoint_headers.as_ref().map_err(Failure::to_error)?;
    // The protocol's headers, Host, Content-Length, both user agents, the endpoint's, and the three
    // the signer adds.
    let mut headers =
        http::HeaderMap::with_capacity(7 + prepared.headers.len() + endpoint_headers.len());
    headers.insert(HOST, target.host.clone());
    for (name, value) in &prepared.headers {
        headers.append(name.clone(), value.clone());
    }
    // A request without a body says nothing about its length, unless its method is one a server may
    // expect a body for (some answer a bodiless POST without Content-Length with 411).
    if !body.is_empty()
        || matches!(
            prepared.method,
            http::Method::POST | http::Method::PUT | http::Method::PATCH
        )
    {
        headers.insert(CONTENT_LENGTH, HeaderValue::from(body.len()));
    }
    headers.insert(USER_AGENT, user_agent.clone());
    headers.insert(X_AMZ_USER_AGENT, user_agent.clone());
    for (name, value) in endpoint_headers {
        headers.append(name.clone(), value.clone());
    }
    let mut req = http::Request::new(body);
    *req.method_mut() = prepared.method.clone();
    *req.uri_mut() = uri.clone();
    *req.headers_mut() = headers;
    Ok(req)
}

/// Any non-2xx response as a [`ServiceError`]; the protocol finds the code and message.
fn service_error(
    service: &ServiceMeta,
    status: u16,
    headers: http::HeaderMap,
    body: Vec<u8>,
) -> ServiceError {
    let fields = service.protocol.error_fields(status, &headers, &body);
    // `@awsQueryCompatible` is a service's trait whatever its protocol: such a service names the error by
    // its awsQuery code (`Code;Fault`), the code its users know.
    let query_code = service
        .aws_query_compatible
        .then(|| header_str(&headers, "x-amzn-query-error"))
        .flatten()
        .and_then(|h| h.split(';').next().map(|c| c.trim().to_owned()))
        .filter(|c| !c.is_empty());
    ServiceError(Box::new(ServiceErrorData {
        service: service.sdk_id,
        code: query_code
            .or(fields.code)
            .or_else(|| super::customize::code_without_body(service, status, &body))
            // What botocore reports too: the status is all such a response says.
            .unwrap_or_else(|| status.to_string()),
        message: fields.message,
        request_id: request_id(&headers).or(fields.request_id),
        status,
        headers,
        body,
        protocol: service.protocol,
    }))
}
