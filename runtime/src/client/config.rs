use super::checksum::ChecksumPolicy;
use super::config_error::ConfigError;
use super::credentials::{
    Credentials, CredentialsCache, DefaultCredentialsChain, EnvCredentials, ProvideCredentials,
    SsoFetcher, StsFetcher,
};
use super::env::Env;
use super::idempotency::{IdempotencyTokenProvider, UuidV4Tokens};
use super::profile::ProfileSet;
use super::retry::RetryConfig;
use super::settings::{self, ConfiguredEndpoints};
use super::sleep::{AsyncSleep, DefaultSleep};
use super::transport::HttpTransport;
use std::fmt;
use std::sync::Arc;
use std::time::{Duration, SystemTime};

/// Time limits. `None` means no limit.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TimeoutConfig {
    connect: Option<Duration>,
    read: Option<Duration>,
    attempt: Option<Duration>,
    operation: Option<Duration>,
}

impl Default for TimeoutConfig {
    /// Connect timeout 3.1 s (the AWS SDKs' default), read timeout 60 s (a server that sends no byte
    /// for that long ends the attempt, which is retried as a timeout); no attempt or call limit.
    fn default() -> Self {
        TimeoutConfig {
            connect: Some(Duration::from_millis(3100)),
            read: Some(Duration::from_secs(60)),
            attempt: None,
            operation: None,
        }
    }
}

impl TimeoutConfig {
    /// The default limits: see the type's docs.
    pub fn new() -> Self {
        Self::default()
    }

    /// No limits at all.
    pub fn disabled() -> Self {
        TimeoutConfig {
            connect: None,
            read: None,
            attempt: None,
            operation: None,
        }
    }

    /// Establishing a connection (TCP + TLS); applied by the built-in HTTPS transport.
    pub fn connect(mut self, d: impl Into<Option<Duration>>) -> Self {
        self.connect = d.into();
        self
    }

    /// The longest wait for the next byte of a response (restarted by each byte that arrives); applied
    /// by the built-in HTTPS transport. An attempt that hits it fails as a timeout and is retried.
    pub fn read(mut self, d: impl Into<Option<Duration>>) -> Self {
        self.read = d.into();
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

    /// The connect limit.
    pub fn get_connect(&self) -> Option<Duration> {
        self.connect
    }

    /// The read limit: the longest wait for the next bytes of a response.
    pub fn get_read(&self) -> Option<Duration> {
        self.read
    }

    /// The limit of one attempt.
    pub fn get_attempt(&self) -> Option<Duration> {
        self.attempt
    }

    /// The limit of the whole call, retries included.
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
    pub(crate) request_checksum_calculation: ChecksumPolicy,
    pub(crate) response_checksum_validation: ChecksumPolicy,
    pub(crate) clock: fn() -> SystemTime,
    /// `sdk_ua_app_id` / `AWS_SDK_UA_APP_ID`: added to the user agent.
    pub(crate) app_id: Option<String>,
    /// Endpoint URLs from the environment and the profile, resolved per service (the one in
    /// `endpoint_url`, set by code, wins over them).
    pub(crate) configured_endpoints: Option<Arc<ConfiguredEndpoints>>,
    /// The profile the settings came from, if files were read.
    pub(crate) profile: Option<String>,
    /// What [`Config::from_env`] could not load: every call reports it.
    pub(crate) deferred_error: Option<Arc<ConfigError>>,
    /// [`ConfigBuilder::on_request`].
    pub(crate) on_request: Option<super::hook::RequestHook>,
    /// The rule-set built-ins beyond region, FIPS, dual-stack and endpoint (S3's path style,
    /// acceleration, ...); those four are taken from the fields above when a call resolves.
    pub(crate) built_ins: crate::endpoint::BuiltIns,
    /// `@clientContextParams` values by rule set parameter name; they win over built-ins and lose to
    /// what an operation binds.
    pub(crate) client_context_params: crate::endpoint::Params,
}

impl Config {
    /// A builder with every setting at its default; see [`ConfigBuilder::build`] and [`ConfigBuilder::load`].
    pub fn builder() -> ConfigBuilder {
        ConfigBuilder::default()
    }

    /// Everything from where AWS users keep it: the environment, then the shared config and
    /// credentials files (`aws configure`), with the default credential chain. See
    /// [`ConfigBuilder::load`]; this is `Config::builder().load()`, except that a configuration that
    /// cannot be loaded (a malformed file, a profile that does not exist) does not fail here but
    /// makes every call fail with that error.
    pub fn from_env() -> Config {
        ConfigBuilder::default().load_or_defer()
    }

    /// `Config::builder().load()`: region, endpoint, retries and credentials as the AWS SDKs find
    /// them, or the reason they cannot be loaded.
    pub fn load() -> Result<Config, ConfigError> {
        ConfigBuilder::default().load()
    }

    /// A builder holding this configuration, to change a few settings.
    pub fn to_builder(&self) -> ConfigBuilder {
        ConfigBuilder {
            config: self.clone(),
            transport_set: true,
            credentials_set: true,
            ..ConfigBuilder::default()
        }
    }

    /// The region requests are signed for and endpoints resolved in.
    pub fn region(&self) -> Option<&str> {
        self.region.as_deref()
    }

    /// The endpoint URL that applies to a service with no service-specific setting: the one set in
    /// code, else `AWS_ENDPOINT_URL`, else the profile's `endpoint_url`.
    pub fn endpoint_url(&self) -> Option<&str> {
        self.endpoint_url
            .as_deref()
            .or_else(|| self.configured_endpoints.as_ref()?.global())
    }

    /// The endpoint URL for the service with this sdkId (`FSx`): the one set in code, else
    /// `AWS_ENDPOINT_URL_<SERVICE>` (`AWS_ENDPOINT_URL_FSX`), `AWS_ENDPOINT_URL`, the profile's
    /// `services` section, the profile's `endpoint_url`.
    pub fn endpoint_url_for(&self, sdk_id: &str) -> Option<&str> {
        self.endpoint_url
            .as_deref()
            .or_else(|| self.configured_endpoints.as_ref()?.for_service(sdk_id))
    }

    /// `sdk_ua_app_id` / `AWS_SDK_UA_APP_ID` / [`ConfigBuilder::app_id`].
    pub fn app_id(&self) -> Option<&str> {
        self.app_id.as_deref()
    }

    /// The profile settings were read from, when [`ConfigBuilder::load`] read the shared files.
    pub fn profile(&self) -> Option<&str> {
        self.profile.as_deref()
    }

    /// Whether FIPS endpoints are used.
    pub fn use_fips(&self) -> bool {
        self.use_fips
    }

    /// Whether dual-stack (IPv6) endpoints are used.
    pub fn use_dual_stack(&self) -> bool {
        self.use_dual_stack
    }

    /// The retry settings.
    pub fn retry(&self) -> &RetryConfig {
        &self.retry
    }

    /// The time limits.
    pub fn timeouts(&self) -> &TimeoutConfig {
        &self.timeouts
    }

    /// Whether generated code checks `@length`, `@range` and `@pattern` before sending
    /// (`@required` is always checked).
    pub fn validate_constraints(&self) -> bool {
        self.validate_constraints
    }

    /// Where calls get their credentials (after [`ConfigBuilder::load`]: the cached default chain).
    pub fn credentials_provider(&self) -> &Arc<dyn ProvideCredentials> {
        &self.credentials
    }

    /// Whether `@requestCompression` operations send their bodies uncompressed.
    pub fn disable_request_compression(&self) -> bool {
        self.disable_request_compression
    }

    /// The smallest body `@requestCompression` operations compress, in bytes.
    pub fn request_min_compression_size_bytes(&self) -> u32 {
        self.request_min_compression_size_bytes
    }

    /// When requests of `@httpChecksum` operations carry a checksum the caller did not choose.
    pub fn request_checksum_calculation(&self) -> ChecksumPolicy {
        self.request_checksum_calculation
    }

    /// When responses of `@httpChecksum` operations are validated without the caller asking.
    pub fn response_checksum_validation(&self) -> ChecksumPolicy {
        self.response_checksum_validation
    }

    /// Whether the `@endpoint` host prefixes of operations are left off the endpoint host.
    pub fn disable_host_prefix(&self) -> bool {
        self.disable_host_prefix
    }

    /// The sleep used between retries and for timeouts.
    pub fn sleep(&self) -> &Arc<dyn AsyncSleep> {
        &self.sleep
    }

    /// The rule-set built-ins set in code (S3's path style, acceleration, ...); region, FIPS,
    /// dual-stack and the endpoint URL are the fields of their own.
    pub fn built_ins(&self) -> &crate::endpoint::BuiltIns {
        &self.built_ins
    }

    /// The `@clientContextParams` values set with [`ConfigBuilder::client_context_param`].
    pub fn client_context_params(&self) -> &crate::endpoint::Params {
        &self.client_context_params
    }

    /// What fills an empty `@idempotencyToken` member.
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
            .field("app_id", &self.app_id)
            .field("configured_endpoints", &self.configured_endpoints)
            .field("profile", &self.profile)
            .field("deferred_error", &self.deferred_error)
            .field("on_request", &self.on_request)
            .field("built_ins", &self.built_ins)
            .field("client_context_params", &self.client_context_params)
            .field("disable_host_prefix", &self.disable_host_prefix)
            .field(
                "disable_request_compression",
                &self.disable_request_compression,
            )
            .field(
                "request_min_compression_size_bytes",
                &self.request_min_compression_size_bytes,
            )
            .field(
                "request_checksum_calculation",
                &self.request_checksum_calculation,
            )
            .field(
                "response_checksum_validation",
                &self.response_checksum_validation,
            )
            .finish()
    }
}

/// Builds a [`Config`]; every setting has a default. What code sets here always wins;
/// [`ConfigBuilder::build`] fills the rest from environment variables, [`ConfigBuilder::load`] from
/// environment variables, then the shared files (and the whole credential chain).
#[derive(Clone, Debug)]
pub struct ConfigBuilder {
    config: Config,
    transport_set: bool,
    credentials_set: bool,
    retry_set: bool,
    fips_set: bool,
    dual_stack_set: bool,
    request_checksum_set: bool,
    response_checksum_set: bool,
    profile: Option<String>,
    env: Env,
    sts: Option<Arc<dyn StsFetcher>>,
    sso: Option<Arc<dyn SsoFetcher>>,
    imds_v1_fallback: Option<bool>,
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
                request_checksum_calculation: ChecksumPolicy::WhenSupported,
                response_checksum_validation: ChecksumPolicy::WhenSupported,
                clock: SystemTime::now,
                app_id: None,
                configured_endpoints: None,
                profile: None,
                deferred_error: None,
                built_ins: crate::endpoint::BuiltIns::default(),
                client_context_params: crate::endpoint::Params::new(),
                on_request: None,
            },
            transport_set: false,
            credentials_set: false,
            retry_set: false,
            fips_set: false,
            dual_stack_set: false,
            request_checksum_set: false,
            response_checksum_set: false,
            profile: None,
            env: Env::process(),
            sts: None,
            sso: None,
            imds_v1_fallback: None,
        }
    }
}

impl ConfigBuilder {
    /// The region (`us-east-1`): the signing scope and the endpoint rules' `Region`. Wins over `AWS_REGION`
    /// and the profile's `region`.
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

    /// A source of credentials asked before each call (cache it yourself, or wrap it in a
    /// [`CredentialsCache`]); replaces the default chain.
    pub fn credentials_provider(mut self, p: impl ProvideCredentials) -> Self {
        self.config.credentials = Arc::new(p);
        self.credentials_set = true;
        self
    }

    /// Calls `hook` after every HTTP attempt with what it was and what came of it: method, URL,
    /// attempt number, status (or the transport's error), time taken and request id. Secrets are not in
    /// the report (see [`crate::RequestReport`]). A way to see what the client does without a tracing
    /// stack: `.on_request(|r| eprintln!("{r}"))`.
    pub fn on_request(
        mut self,
        hook: impl Fn(&super::RequestReport) + Send + Sync + 'static,
    ) -> Self {
        self.config.on_request = Some(super::hook::RequestHook(Arc::new(hook)));
        self
    }

    /// Sends every request to this URL (a local mock server, a VPC endpoint); with endpoint
    /// rules it becomes the `SDK::Endpoint` built-in.
    pub fn endpoint_url(mut self, url: impl Into<String>) -> Self {
        self.config.endpoint_url = Some(url.into());
        self
    }

    /// Use FIPS endpoints (`AWS_USE_FIPS_ENDPOINT`, `use_fips_endpoint`).
    pub fn use_fips(mut self, on: bool) -> Self {
        self.config.use_fips = on;
        self.fips_set = true;
        self
    }

    /// Use dual-stack endpoints (`AWS_USE_DUALSTACK_ENDPOINT`, `use_dualstack_endpoint`).
    pub fn use_dual_stack(mut self, on: bool) -> Self {
        self.config.use_dual_stack = on;
        self.dual_stack_set = true;
        self
    }

    /// Retries: attempts, back-off and mode ([`RetryConfig::standard`] by default; `AWS_MAX_ATTEMPTS` and
    /// `AWS_RETRY_MODE` otherwise fill them).
    pub fn retry(mut self, r: RetryConfig) -> Self {
        self.config.retry = r;
        self.retry_set = true;
        self
    }

    /// The profile [`ConfigBuilder::load`] reads (instead of `AWS_PROFILE`, else `default`).
    pub fn profile(mut self, name: impl Into<String>) -> Self {
        self.profile = Some(name.into());
        self
    }

    /// The environment variables [`ConfigBuilder::load`] reads: the process's by default. Tests and
    /// programs that must not depend on the process environment pass [`Env::from_vars`]; `HOME` in
    /// it decides where `~/.aws` is.
    pub fn environment(mut self, env: Env) -> Self {
        self.env = env;
        self
    }

    /// Makes the default chain's STS calls (`role_arn`, web identity) instead of the built-in ones:
    /// needed for roles with `mfa_serial`, whose token code only such a fetcher can ask for.
    pub fn sts_fetcher(mut self, f: impl StsFetcher) -> Self {
        self.sts = Some(Arc::new(f));
        self
    }

    /// Makes the default chain's SSO-portal call instead of the built-in one.
    pub fn sso_fetcher(mut self, f: impl SsoFetcher) -> Self {
        self.sso = Some(Arc::new(f));
        self
    }

    /// Lets the IMDS source fall back to IMDSv1 when the IMDSv2 token request is refused (off by
    /// default; `AWS_EC2_METADATA_V1_DISABLED=false` turns it on too).
    pub fn imds_v1_fallback(mut self, on: bool) -> Self {
        self.imds_v1_fallback = Some(on);
        self
    }

    /// Added to the user agent as `app/<id>` (also `AWS_SDK_UA_APP_ID`, `sdk_ua_app_id`).
    pub fn app_id(mut self, id: impl Into<String>) -> Self {
        self.config.app_id = Some(id.into());
        self
    }

    /// Time limits of connecting, reading, one attempt and the whole call.
    pub fn timeouts(mut self, t: TimeoutConfig) -> Self {
        self.config.timeouts = t;
        self
    }

    /// The HTTP transport: the built-in HTTPS one by default, a [`crate::mock::MockTransport`] in tests,
    /// or your own [`HttpTransport`].
    pub fn transport(mut self, t: impl HttpTransport) -> Self {
        self.config.transport = Some(Arc::new(t));
        self.transport_set = true;
        self
    }

    /// How the client waits between retries ([`DefaultSleep`] by default; [`crate::mock::InstantSleep`]
    /// in tests).
    pub fn sleep(mut self, s: impl AsyncSleep) -> Self {
        self.config.sleep = Arc::new(s);
        self
    }

    /// What fills an empty `@idempotencyToken` member (a random UUID v4 by default).
    pub fn idempotency_token_provider(mut self, p: impl IdempotencyTokenProvider) -> Self {
        self.config.idempotency = Arc::new(p);
        self
    }

    /// `AWS::S3::ForcePathStyle`: S3 buckets in the path (`https://s3.us-east-1.amazonaws.com/bucket/key`)
    /// instead of the host (`https://bucket.s3.us-east-1.amazonaws.com/key`); what the rule set of
    /// the service makes of it decides.
    pub fn force_path_style(mut self, on: bool) -> Self {
        self.config.built_ins.s3_force_path_style = on;
        self
    }

    /// `AWS::S3::Accelerate`: S3 Transfer Acceleration endpoints.
    pub fn accelerate(mut self, on: bool) -> Self {
        self.config.built_ins.s3_accelerate = on;
        self
    }

    /// `AWS::S3::UseArnRegion` and `AWS::S3Control::UseArnRegion`: whether an ARN's region may
    /// differ from the client's.
    pub fn use_arn_region(mut self, on: bool) -> Self {
        self.config.built_ins.s3_use_arn_region = Some(on);
        self.config.built_ins.s3_control_use_arn_region = Some(on);
        self
    }

    /// `AWS::S3::DisableMultiRegionAccessPoints`.
    pub fn disable_multi_region_access_points(mut self, on: bool) -> Self {
        self.config.built_ins.s3_disable_multi_region_access_points = on;
        self
    }

    /// `AWS::UseGlobalEndpoint` (and its STS and S3 forms): the legacy global endpoint in `us-east-1`.
    pub fn use_global_endpoint(mut self, on: bool) -> Self {
        self.config.built_ins.use_global_endpoint = on;
        self
    }

    /// Any other built-in, by its full name (`AWS::Auth::AccountId`, ...).
    /// `AWS::Region`, `AWS::UseFIPS`, `AWS::UseDualStack` and `SDK::Endpoint` set the settings of
    /// their own ([`ConfigBuilder::region`], ...).
    pub fn built_in(self, name: &str, value: impl Into<crate::endpoint::Value>) -> Self {
        use crate::endpoint::Value;
        match (name, value.into()) {
            ("AWS::Region", Value::String(s)) => self.region(s),
            ("AWS::UseFIPS", Value::Bool(b)) => self.use_fips(b),
            ("AWS::UseDualStack", Value::Bool(b)) => self.use_dual_stack(b),
            ("SDK::Endpoint", Value::String(s)) => self.endpoint_url(s),
            (name, value) => {
                let mut this = self;
                this.config.built_ins.set(name, value);
                this
            }
        }
    }

    /// A `@clientContextParams` value of the service (the generated crate's docs list them, e.g.
    /// S3's `ForcePathStyle`, `Accelerate`, `DisableS3ExpressSessionAuth`), by its rule set name.
    pub fn client_context_param(
        mut self,
        name: &str,
        value: impl Into<crate::endpoint::Value>,
    ) -> Self {
        self.config
            .client_context_params
            .insert(name.to_owned(), value.into());
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

    /// When a request of an `@httpChecksum` operation whose caller chose no checksum algorithm gets one
    /// (a CRC32): [`ChecksumPolicy::WhenSupported`] (the default) always,
    /// [`ChecksumPolicy::WhenRequired`] only where the model requires a checksum
    /// (`AWS_REQUEST_CHECKSUM_CALCULATION`, `request_checksum_calculation`).
    pub fn request_checksum_calculation(mut self, policy: ChecksumPolicy) -> Self {
        self.config.request_checksum_calculation = policy;
        self.request_checksum_set = true;
        self
    }

    /// When the response of an `@httpChecksum` operation is checked against its checksum header:
    /// [`ChecksumPolicy::WhenSupported`] (the default) unless the caller set the validation-mode member
    /// (S3: `checksum_mode`) to something other than `ENABLED`, [`ChecksumPolicy::WhenRequired`] only when
    /// the caller set it to `ENABLED` (`AWS_RESPONSE_CHECKSUM_VALIDATION`,
    /// `response_checksum_validation`). A mismatch fails the call (a streamed body: its last read).
    pub fn response_checksum_validation(mut self, policy: ChecksumPolicy) -> Self {
        self.config.response_checksum_validation = policy;
        self.response_checksum_set = true;
        self
    }

    /// Compresses bodies of `@requestCompression` operations from `bytes` on (default 10240; at most
    /// 10485760, the AWS SDKs' limit, which larger values are capped to).
    pub fn request_min_compression_size_bytes(mut self, bytes: u32) -> Self {
        self.config.request_min_compression_size_bytes = bytes.min(10_485_760);
        self
    }

    /// Check the model's constraints (`@length`, `@range`, `@pattern`, ...) before sending; off by default,
    /// as in the AWS SDKs, since the service checks them anyway.
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
    /// `AWS_ACCESS_KEY_ID`/`AWS_SECRET_ACCESS_KEY`/`AWS_SESSION_TOKEN` and `AWS_ENDPOINT_URL`, and
    /// nothing else: no files, no credential chain (that is [`ConfigBuilder::load`]).
    pub fn with_env(mut self) -> Self {
        let env = &self.env;
        if self.config.region.is_none() {
            self.config.region = env
                .setting("AWS_REGION")
                .or_else(|| env.setting("AWS_DEFAULT_REGION"));
        }
        if !self.credentials_set
            && let Some(c) = Credentials::from_env_view(env)
        {
            self.config.credentials = Arc::new(c);
            self.credentials_set = true;
        }
        if self.config.endpoint_url.is_none() {
            self.config.endpoint_url = env.setting("AWS_ENDPOINT_URL");
        }
        self
    }

    /// Fills what code did not set from the environment, then from the profile (precedence: code,
    /// environment variable, profile), and installs the default credential chain when no credentials
    /// were set ([`DefaultCredentialsChain`], cached by a [`CredentialsCache`]):
    ///
    /// | setting | environment | profile key |
    /// |---|---|---|
    /// | region | `AWS_REGION`, `AWS_DEFAULT_REGION` | `region` |
    /// | endpoint URL | `AWS_ENDPOINT_URL_<SERVICE>`, `AWS_ENDPOINT_URL` | `services` section, `endpoint_url` |
    /// | ignore the two above | `AWS_IGNORE_CONFIGURED_ENDPOINT_URLS` | `ignore_configured_endpoint_urls` |
    /// | FIPS / dual-stack endpoints | `AWS_USE_FIPS_ENDPOINT`, `AWS_USE_DUALSTACK_ENDPOINT` | `use_fips_endpoint`, `use_dualstack_endpoint` |
    /// | attempts, retry mode | `AWS_MAX_ATTEMPTS`, `AWS_RETRY_MODE` (`standard`, `adaptive`) | `max_attempts`, `retry_mode` |
    /// | user-agent app id | `AWS_SDK_UA_APP_ID` | `sdk_ua_app_id` |
    /// | checksums ([`ChecksumPolicy`]) | `AWS_REQUEST_CHECKSUM_CALCULATION`, `AWS_RESPONSE_CHECKSUM_VALIDATION` | `request_checksum_calculation`, `response_checksum_validation` |
    ///
    /// The profile is [`ConfigBuilder::profile`], else `AWS_PROFILE`, else `default`; the files are
    /// `AWS_CONFIG_FILE` (`~/.aws/config`) and `AWS_SHARED_CREDENTIALS_FILE` (`~/.aws/credentials`).
    /// Errors name the file and line or the variable: a malformed file, a profile asked for by name
    /// that does not exist, a value a setting cannot have.
    pub fn load(mut self) -> Result<Config, ConfigError> {
        let env = self.env.clone();
        let profiles = ProfileSet::load(&env, self.profile.as_deref())?;
        let loaded = settings::resolve(&env, &profiles)?;
        self.fill(loaded);
        let c = &mut self.config;
        c.profile = Some(profiles.selected_name().to_owned());
        if !self.credentials_set {
            let transport = self.config.transport.clone().filter(|_| self.transport_set);
            let mut chain = DefaultCredentialsChain::new(env, profiles, transport)?
                .region(self.config.region.clone())
                .sleep(self.config.sleep.clone())
                .sts_fetcher(self.sts.clone())
                .sso_fetcher(self.sso.clone())
                .calls_like(&self.config)
                .explicit_profile(self.profile.is_some());
            if let Some(on) = self.imds_v1_fallback {
                chain = chain.imds_v1_fallback(on);
            }
            self.config.credentials = Arc::new(CredentialsCache::new(chain));
            self.credentials_set = true;
        }
        Ok(self.finish())
    }

    /// Fills what code did not set from what the environment (and, for `load`, the profile) says.
    fn fill(&mut self, loaded: settings::Loaded) {
        let c = &mut self.config;
        if c.region.is_none() {
            c.region = loaded.region;
        }
        if !self.fips_set {
            c.use_fips = loaded.use_fips.unwrap_or(false);
        }
        if !self.dual_stack_set {
            c.use_dual_stack = loaded.use_dual_stack.unwrap_or(false);
        }
        if !self.retry_set {
            let mut r = RetryConfig::standard();
            if let Some(m) = loaded.retry_mode {
                r = r.mode(m);
            }
            if let Some(n) = loaded.max_attempts {
                r = r.max_attempts(n);
            }
            c.retry = r;
        }
        if c.app_id.is_none() {
            c.app_id = loaded.app_id;
        }
        if !self.request_checksum_set {
            c.request_checksum_calculation =
                loaded.request_checksum_calculation.unwrap_or_default();
        }
        if !self.response_checksum_set {
            c.response_checksum_validation =
                loaded.response_checksum_validation.unwrap_or_default();
        }
        c.configured_endpoints = loaded.endpoints.map(Arc::new);
    }

    /// [`ConfigBuilder::load`], with a failure kept for every call to report.
    pub(crate) fn load_or_defer(self) -> Config {
        let fallback = self.clone();
        match self.load() {
            Ok(c) => c,
            Err(e) => {
                let mut c = fallback.finish();
                c.deferred_error = Some(Arc::new(e));
                c
            }
        }
    }

    /// The configuration from what code set, then environment variables: the precedence of
    /// [`ConfigBuilder::load`] (code, environment variable, profile) without the profile. Every variable of
    /// `load`'s table (region, endpoint URLs, FIPS, dual-stack, attempts, retry mode, app id, checksums) fills what
    /// code left unset, and credentials not set in code are `AWS_ACCESS_KEY_ID` /
    /// `AWS_SECRET_ACCESS_KEY` / `AWS_SESSION_TOKEN`; no file is read and no other credential source is
    /// tried (that is `load`). A variable with a value its setting cannot have (`AWS_MAX_ATTEMPTS=many`)
    /// makes every call fail with that error.
    ///
    /// Without a transport and without feature `default-https` there is no network stack:
    /// calls then fail with a clear [`crate::DispatchError`].
    pub fn build(mut self) -> Config {
        match settings::resolve(&self.env, &ProfileSet::empty()) {
            Ok(loaded) => self.fill(loaded),
            Err(e) => self.config.deferred_error = Some(Arc::new(e)),
        }
        if !self.credentials_set
            && let Some(c) = Credentials::from_env_view(&self.env)
        {
            self.config.credentials = Arc::new(c);
            self.credentials_set = true;
        }
        self.finish()
    }

    #[cfg_attr(not(feature = "default-https"), allow(unused_mut))]
    fn finish(self) -> Config {
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
