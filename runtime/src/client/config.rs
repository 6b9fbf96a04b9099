use super::credentials::{Credentials, EnvCredentials, ProvideCredentials};
use super::idempotency::{IdempotencyTokenProvider, UuidV4Tokens};
use super::retry::RetryConfig;
use super::sleep::{AsyncSleep, DefaultSleep};
use super::transport::HttpTransport;
use std::fmt;
use std::sync::Arc;
use std::time::{Duration, SystemTime};

/// Time limits. `None` means no limit.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TimeoutConfig {
    connect: Option<Duration>,
    attempt: Option<Duration>,
    operation: Option<Duration>,
}

impl Default for TimeoutConfig {
    /// Connect timeout 3.1 s (the AWS SDKs' default); no attempt or call limit.
    fn default() -> Self {
        TimeoutConfig {
            connect: Some(Duration::from_millis(3100)),
            attempt: None,
            operation: None,
        }
    }
}

impl TimeoutConfig {
    pub fn new() -> Self {
        Self::default()
    }

    /// No limits at all.
    pub fn disabled() -> Self {
        TimeoutConfig {
            connect: None,
            attempt: None,
            operation: None,
        }
    }

    /// Establishing a connection (TCP + TLS); applied by the built-in HTTPS transport.
    pub fn connect(mut self, d: impl Into<Option<Duration>>) -> Self {
        self.connect = d.into();
        self
    }

    /// One attempt, from sending to the last byte of the response; a timed-out attempt is retried.
    pub fn attempt(mut self, d: impl Into<Option<Duration>>) -> Self {
        self.attempt = d.into();
        self
    }

    /// The whole call, retries and backoff included; never retried.
    pub fn operation(mut self, d: impl Into<Option<Duration>>) -> Self {
        self.operation = d.into();
        self
    }

    pub fn get_connect(&self) -> Option<Duration> {
        self.connect
    }

    pub fn get_attempt(&self) -> Option<Duration> {
        self.attempt
    }

    pub fn get_operation(&self) -> Option<Duration> {
        self.operation
    }
}

/// Client configuration, shared by every call of a [`crate::Handle`].
#[derive(Clone)]
pub struct Config {
    pub(crate) region: Option<String>,
    pub(crate) credentials: Arc<dyn ProvideCredentials>,
    pub(crate) endpoint_url: Option<String>,
    pub(crate) use_fips: bool,
    pub(crate) use_dual_stack: bool,
    pub(crate) retry: RetryConfig,
    pub(crate) timeouts: TimeoutConfig,
    pub(crate) transport: Option<Arc<dyn HttpTransport>>,
    pub(crate) sleep: Arc<dyn AsyncSleep>,
    pub(crate) idempotency: Arc<dyn IdempotencyTokenProvider>,
    pub(crate) validate_constraints: bool,
    pub(crate) disable_host_prefix: bool,
    pub(crate) disable_request_compression: bool,
    pub(crate) request_min_compression_size_bytes: u32,
    pub(crate) clock: fn() -> SystemTime,
}

impl Config {
    pub fn builder() -> ConfigBuilder {
        ConfigBuilder::default()
    }

    /// Region, credentials and endpoint URL from the standard environment variables.
    pub fn from_env() -> Config {
        ConfigBuilder::default().with_env().build()
    }

    /// A builder holding this configuration, to change a few settings.
    pub fn to_builder(&self) -> ConfigBuilder {
        ConfigBuilder {
            config: self.clone(),
            transport_set: true,
            credentials_set: true,
        }
    }

    pub fn region(&self) -> Option<&str> {
        self.region.as_deref()
    }

    pub fn endpoint_url(&self) -> Option<&str> {
        self.endpoint_url.as_deref()
    }

    pub fn use_fips(&self) -> bool {
        self.use_fips
    }

    pub fn use_dual_stack(&self) -> bool {
        self.use_dual_stack
    }

    pub fn retry(&self) -> &RetryConfig {
        &self.retry
    }

    pub fn timeouts(&self) -> &TimeoutConfig {
        &self.timeouts
    }

    /// Whether generated code checks `@length`, `@range` and `@pattern` before sending
    /// (`@required` is always checked).
    pub fn validate_constraints(&self) -> bool {
        self.validate_constraints
    }

    /// Whether `@requestCompression` operations send their bodies uncompressed.
    pub fn disable_request_compression(&self) -> bool {
        self.disable_request_compression
    }

    /// The smallest body `@requestCompression` operations compress, in bytes.
    pub fn request_min_compression_size_bytes(&self) -> u32 {
        self.request_min_compression_size_bytes
    }

    /// Whether the `@endpoint` host prefixes of operations are left off the endpoint host.
    pub fn disable_host_prefix(&self) -> bool {
        self.disable_host_prefix
    }

    pub fn sleep(&self) -> &Arc<dyn AsyncSleep> {
        &self.sleep
    }

    pub fn idempotency_token_provider(&self) -> &Arc<dyn IdempotencyTokenProvider> {
        &self.idempotency
    }
}

impl fmt::Debug for Config {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // `credentials` is a provider whose Debug redacts secrets (see `Credentials`).
        f.debug_struct("Config")
            .field("region", &self.region)
            .field("credentials", &self.credentials)
            .field("endpoint_url", &self.endpoint_url)
            .field("use_fips", &self.use_fips)
            .field("use_dual_stack", &self.use_dual_stack)
            .field("retry", &self.retry)
            .field("timeouts", &self.timeouts)
            .field("transport", &self.transport)
            .field("sleep", &self.sleep)
            .field("idempotency", &self.idempotency)
            .field("validate_constraints", &self.validate_constraints)
            .field("disable_host_prefix", &self.disable_host_prefix)
            .field(
                "disable_request_compression",
                &self.disable_request_compression,
            )
            .field(
                "request_min_compression_size_bytes",
                &self.request_min_compression_size_bytes,
            )
            .finish()
    }
}

/// Builds a [`Config`]; every setting has a default.
#[derive(Clone, Debug)]
pub struct ConfigBuilder {
    config: Config,
    transport_set: bool,
    credentials_set: bool,
}

impl Default for ConfigBuilder {
    fn default() -> Self {
        ConfigBuilder {
            config: Config {
                region: None,
                credentials: Arc::new(EnvCredentials),
                endpoint_url: None,
                use_fips: false,
                use_dual_stack: false,
                retry: RetryConfig::standard(),
                timeouts: TimeoutConfig::default(),
                transport: None,
                sleep: Arc::new(DefaultSleep),
                idempotency: Arc::new(UuidV4Tokens),
                validate_constraints: false,
                disable_host_prefix: false,
                disable_request_compression: false,
                // The default of the AWS SDKs' shared configuration.
                request_min_compression_size_bytes: 10_240,
                clock: SystemTime::now,
            },
            transport_set: false,
            credentials_set: false,
        }
    }
}

fn env(k: &str) -> Option<String> {
    std::env::var(k).ok().filter(|v| !v.trim().is_empty())
}

impl ConfigBuilder {
    pub fn region(mut self, region: impl Into<String>) -> Self {
        self.config.region = Some(region.into());
        self
    }

    /// Fixed credentials. Without this, credentials come from the environment at call time.
    pub fn credentials(mut self, c: Credentials) -> Self {
        self.config.credentials = Arc::new(c);
        self.credentials_set = true;
        self
    }

    pub fn credentials_provider(mut self, p: impl ProvideCredentials) -> Self {
        self.config.credentials = Arc::new(p);
        self.credentials_set = true;
        self
    }

    /// Sends every request to this URL (a local mock server, a VPC endpoint); with endpoint
    /// rules it becomes the `SDK::Endpoint` built-in.
    pub fn endpoint_url(mut self, url: impl Into<String>) -> Self {
        self.config.endpoint_url = Some(url.into());
        self
    }

    pub fn use_fips(mut self, on: bool) -> Self {
        self.config.use_fips = on;
        self
    }

    pub fn use_dual_stack(mut self, on: bool) -> Self {
        self.config.use_dual_stack = on;
        self
    }

    pub fn retry(mut self, r: RetryConfig) -> Self {
        self.config.retry = r;
        self
    }

    pub fn timeouts(mut self, t: TimeoutConfig) -> Self {
        self.config.timeouts = t;
        self
    }

    pub fn transport(mut self, t: impl HttpTransport) -> Self {
        self.config.transport = Some(Arc::new(t));
        self.transport_set = true;
        self
    }

    pub fn sleep(mut self, s: impl AsyncSleep) -> Self {
        self.config.sleep = Arc::new(s);
        self
    }

    pub fn idempotency_token_provider(mut self, p: impl IdempotencyTokenProvider) -> Self {
        self.config.idempotency = Arc::new(p);
        self
    }

    /// Leaves operations' `@endpoint` host prefixes (`data.` in `data.example.com`) off the endpoint host,
    /// for endpoints that already name the exact host. Members bound to host labels are still sent.
    pub fn disable_host_prefix(mut self, on: bool) -> Self {
        self.config.disable_host_prefix = on;
        self
    }

    /// Sends the bodies of `@requestCompression` operations uncompressed.
    pub fn disable_request_compression(mut self, on: bool) -> Self {
        self.config.disable_request_compression = on;
        self
    }

    /// Compresses bodies of `@requestCompression` operations from `bytes` on (default 10240; at most
    /// 10485760, the AWS SDKs' limit, which larger values are capped to).
    pub fn request_min_compression_size_bytes(mut self, bytes: u32) -> Self {
        self.config.request_min_compression_size_bytes = bytes.min(10_485_760);
        self
    }

    pub fn validate_constraints(mut self, on: bool) -> Self {
        self.config.validate_constraints = on;
        self
    }

    /// The clock used for signing; tests pin it to get stable signatures.
    pub fn clock(mut self, now: fn() -> SystemTime) -> Self {
        self.config.clock = now;
        self
    }

    /// Fills what is still unset from `AWS_REGION` (or `AWS_DEFAULT_REGION`),
    /// `AWS_ACCESS_KEY_ID`/`AWS_SECRET_ACCESS_KEY`/`AWS_SESSION_TOKEN` and `AWS_ENDPOINT_URL`.
    pub fn with_env(mut self) -> Self {
        if self.config.region.is_none() {
            self.config.region = env("AWS_REGION").or_else(|| env("AWS_DEFAULT_REGION"));
        }
        if !self.credentials_set
            && let Some(c) = Credentials::from_env()
        {
            self.config.credentials = Arc::new(c);
            self.credentials_set = true;
        }
        if self.config.endpoint_url.is_none() {
            self.config.endpoint_url = env("AWS_ENDPOINT_URL");
        }
        self
    }

    /// Without a transport and without feature `default-https` there is no network stack:
    /// calls then fail with a clear [`crate::DispatchError`].
    #[cfg_attr(not(feature = "default-https"), allow(unused_mut))]
    pub fn build(self) -> Config {
        let mut config = self.config;
        #[cfg(feature = "default-https")]
        if !self.transport_set {
            config.transport = Some(Arc::new(super::https::HttpsTransport::new(
                &config.timeouts,
            )));
        }
        config
    }
}
