//! The default credential chain, in the order every AWS SDK uses:
//!
//! 1. the environment: `AWS_ACCESS_KEY_ID` + `AWS_SECRET_ACCESS_KEY` (+ `AWS_SESSION_TOKEN`), unless
//!    the profile was chosen in code ([`DefaultCredentialsChain::explicit_profile`]);
//! 2. web identity: `AWS_WEB_IDENTITY_TOKEN_FILE` + `AWS_ROLE_ARN` (+ `AWS_ROLE_SESSION_NAME`), through
//!    STS `AssumeRoleWithWebIdentity`;
//! 3. the profile (`AWS_PROFILE` or `default`): `role_arn` chains through `source_profile` /
//!    `credential_source` (STS `AssumeRole`), `web_identity_token_file`, SSO (`sso_session` or the
//!    legacy `sso_start_url`, through the portal's `GetRoleCredentials`), static keys,
//!    `credential_process`;
//! 4. ECS / EKS container credentials: `AWS_CONTAINER_CREDENTIALS_RELATIVE_URI` or `_FULL_URI`;
//! 5. EC2 instance metadata (IMDSv2).
//!
//! The STS and SSO calls are made by the runtime itself, through the same protocol layer as generated
//! clients; an [`StsFetcher`] or [`SsoFetcher`] replaces them (to ask for MFA codes, or in tests).
//!
//! A source that is not configured is skipped, and says why; one that is configured and fails
//! stops the chain with its error (falling through to another identity would be worse). When none
//! applies, the error lists every source and why it did not.

use super::fetch::{SsoFetcher, StsFetcher};
use super::{Credentials, ProvideCredentials, calls, container, imds, profile_chain};
use crate::client::config::Config;
use crate::client::config_error::ConfigError;
use crate::client::env::Env;
use crate::client::error::{DispatchError, DispatchErrorKind};
use crate::client::profile::{Profile, ProfileSet};
use crate::client::settings::{origin_of, parse_bool};
use crate::client::sleep::{AsyncSleep, DefaultSleep, timeout};
#[cfg(not(feature = "default-https"))]
use crate::client::transport::TransportError;
use crate::client::transport::{BoxFuture, HttpTransport};
use std::fmt;
use std::sync::Arc;
use std::time::Duration;

/// Why a source gave no credentials.
pub(crate) enum Miss {
    /// Not configured: the chain goes on to the next source.
    NotHere(String),
    /// Configured and failed: the chain stops.
    Failed(DispatchError),
}

pub(crate) fn failed(message: impl Into<String>) -> DispatchError {
    DispatchError::new(DispatchErrorKind::Credentials, message)
}

/// How the chain talks to IMDS. Resolved from the environment and the profile by the loader.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImdsSettings {
    pub(crate) disabled: bool,
    pub(crate) endpoint: String,
    pub(crate) allow_v1: bool,
    pub(crate) timeout: Duration,
    pub(crate) attempts: u32,
}

impl Default for ImdsSettings {
    fn default() -> Self {
        ImdsSettings {
            disabled: false,
            endpoint: "http://169.254.169.254".into(),
            allow_v1: false,
            timeout: Duration::from_secs(1),
            attempts: 2,
        }
    }
}

impl ImdsSettings {
    /// `AWS_EC2_METADATA_DISABLED`; the endpoint from `AWS_EC2_METADATA_SERVICE_ENDPOINT` or the
    /// profile's `ec2_metadata_service_endpoint`, else from the mode (`..._ENDPOINT_MODE` /
    /// `ec2_metadata_service_endpoint_mode`: `IPv4`, `IPv6`); IMDSv1 only when
    /// `AWS_EC2_METADATA_V1_DISABLED` / `ec2_metadata_v1_disabled` is explicitly `false`.
    pub(crate) fn resolve(env: &Env, profile: Option<&Profile>) -> Result<Self, ConfigError> {
        let mut s = ImdsSettings::default();
        let pick = |var: &str, key: &str| -> Option<(String, String)> {
            env.setting(var).map(|v| (v, var.to_owned())).or_else(|| {
                let p = profile?;
                Some((p.get(key)?.to_owned(), origin_of(p, key)))
            })
        };
        if let Some((v, from)) = pick("AWS_EC2_METADATA_DISABLED", "ec2_metadata_disabled") {
            s.disabled = parse_bool("AWS_EC2_METADATA_DISABLED", &from, &v)?;
        }
        if let Some((v, from)) = pick("AWS_EC2_METADATA_V1_DISABLED", "ec2_metadata_v1_disabled") {
            s.allow_v1 = !parse_bool("ec2_metadata_v1_disabled", &from, &v)?;
        }
        let mode = pick(
            "AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE",
            "ec2_metadata_service_endpoint_mode",
        );
        if let Some((v, from)) = &mode {
            s.endpoint = match v.to_ascii_lowercase().as_str() {
                "ipv4" => "http://169.254.169.254".into(),
                "ipv6" => "http://[fd00:ec2::254]".into(),
                _ => {
                    return Err(ConfigError::Invalid {
                        setting: "ec2_metadata_service_endpoint_mode".into(),
                        origin: from.clone(),
                        what: format!("`{v}` is neither IPv4 nor IPv6"),
                    });
                }
            };
        }
        if let Some((v, from)) = pick(
            "AWS_EC2_METADATA_SERVICE_ENDPOINT",
            "ec2_metadata_service_endpoint",
        ) {
            crate::client::endpoint_resolve::target_uri(&v).map_err(|e| ConfigError::Invalid {
                setting: "ec2_metadata_service_endpoint".into(),
                origin: from,
                what: e.message().to_owned(),
            })?;
            s.endpoint = v.trim_end_matches('/').to_owned();
        }
        Ok(s)
    }

    /// Allows falling back to IMDSv1 (no session token) when the token request is refused with
    /// 403/404/405, which only very old or proxied metadata services do. Off unless asked for.
    pub fn allow_v1_fallback(mut self, on: bool) -> Self {
        self.allow_v1 = on;
        self
    }

    /// Each IMDS request's time limit (default 1 s) and attempts (default 2).
    pub fn timeout(mut self, d: Duration, attempts: u32) -> Self {
        self.timeout = d;
        self.attempts = attempts.max(1);
        self
    }
}

/// What every source may need: the environment, the profiles, the network and the plug-ins.
pub(crate) struct Ctx {
    pub(crate) env: Env,
    pub(crate) profiles: Arc<ProfileSet>,
    pub(crate) region: Option<String>,
    pub(crate) transport: Arc<dyn HttpTransport>,
    pub(crate) sleep: Arc<dyn AsyncSleep>,
    pub(crate) sts: Option<Arc<dyn StsFetcher>>,
    pub(crate) sso: Option<Arc<dyn SsoFetcher>>,
    pub(crate) imds: ImdsSettings,
    /// What the built-in STS and SSO calls are made with (credentials are given per call).
    pub(crate) calls: Config,
    /// The profile was chosen in code: the environment's keys do not stand in front of it.
    pub(crate) explicit_profile: bool,
}

/// The chain itself, without caching; [`crate::ConfigBuilder::load`] wraps it in a
/// [`super::CredentialsCache`].
pub struct DefaultCredentialsChain {
    ctx: Ctx,
}

impl fmt::Debug for DefaultCredentialsChain {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("DefaultCredentialsChain")
            .field("profile", &self.ctx.profiles.selected_name())
            .field("sts", &self.ctx.sts.is_some())
            .field("sso", &self.ctx.sso.is_some())
            .finish()
    }
}

impl DefaultCredentialsChain {
    /// A chain over these variables and profiles, with the IMDS settings they give. Container and
    /// IMDS requests go through `transport` (when `None`, the built-in one with feature
    /// `default-https`, limited to 1 s to connect and 5 s per request).
    pub fn new(
        env: Env,
        profiles: ProfileSet,
        transport: Option<Arc<dyn HttpTransport>>,
    ) -> Result<Self, ConfigError> {
        // Container and IMDS endpoints are local: tight limits. STS and the SSO portal are not.
        let (local, remote) = match transport {
            Some(t) => (t.clone(), t),
            None => (default_transport(), remote_transport()),
        };
        let transport = local;
        let imds = ImdsSettings::resolve(&env, profiles.selected())?;
        Ok(DefaultCredentialsChain {
            ctx: Ctx {
                env,
                profiles: Arc::new(profiles),
                region: None,
                transport,
                sleep: Arc::new(DefaultSleep),
                sts: None,
                sso: None,
                imds,
                calls: calls::base_config(remote),
                explicit_profile: false,
            },
        })
    }

    /// A profile named in code (`Config::builder().profile(..)`) is what the caller asked for: as
    /// botocore does for an explicit profile, the chain then skips the environment's keys and starts
    /// at the profile (whose `credential_source = Environment` may still use them). `AWS_PROFILE`
    /// does not do this.
    pub fn explicit_profile(mut self, on: bool) -> Self {
        self.ctx.explicit_profile = on;
        self
    }

    /// STS and SSO calls honour what `config` says about retries, FIPS, dual-stack, the endpoint
    /// URLs from the environment and the profile, the timer, the clock and the app id.
    pub(crate) fn calls_like(mut self, config: &Config) -> Self {
        let c = &mut self.ctx.calls;
        c.retry = config.retry.clone();
        c.use_fips = config.use_fips;
        c.use_dual_stack = config.use_dual_stack;
        c.configured_endpoints = config.configured_endpoints.clone();
        c.sleep = config.sleep.clone();
        c.clock = config.clock;
        c.app_id = config.app_id.clone();
        self
    }

    /// The region STS and SSO requests are made in.
    pub fn region(mut self, region: Option<String>) -> Self {
        self.ctx.region = region;
        self
    }

    /// The timer for the container and IMDS timeouts (and the STS and SSO calls' retries and timeouts).
    pub fn sleep(mut self, s: Arc<dyn AsyncSleep>) -> Self {
        self.ctx.calls.sleep = s.clone();
        self.ctx.sleep = s;
        self
    }

    /// The STS client role and web-identity profiles need; without one they fail naming it.
    pub fn sts_fetcher(mut self, f: Option<Arc<dyn StsFetcher>>) -> Self {
        self.ctx.sts = f;
        self
    }

    /// The SSO client SSO profiles need; without one they fail naming it.
    pub fn sso_fetcher(mut self, f: Option<Arc<dyn SsoFetcher>>) -> Self {
        self.ctx.sso = f;
        self
    }

    /// Allows the IMDSv1 fallback (see [`ImdsSettings::allow_v1_fallback`]).
    pub fn imds_v1_fallback(mut self, on: bool) -> Self {
        self.ctx.imds = self.ctx.imds.clone().allow_v1_fallback(on);
        self
    }

    async fn resolve(&self) -> Result<Credentials, DispatchError> {
        let ctx = &self.ctx;
        let profile_label = format!("profile `{}`", ctx.profiles.selected_name());
        let mut why: Vec<(String, String)> = Vec::new();
        macro_rules! attempt {
            ($label:expr, $source:expr) => {
                match $source {
                    Ok(c) => return Ok(c),
                    Err(Miss::NotHere(w)) => why.push(($label.to_string(), w)),
                    Err(Miss::Failed(e)) => return Err(e),
                }
            };
        }
        if ctx.explicit_profile {
            why.push((
                "environment".into(),
                format!(
                    "skipped: profile `{}` was chosen in code",
                    ctx.profiles.selected_name()
                ),
            ));
        } else {
            attempt!("environment", environment(&ctx.env));
        }
        attempt!("web identity", profile_chain::env_web_identity(ctx).await);
        attempt!(profile_label, profile_chain::from_profile(ctx).await);
        attempt!("container", container::provide(ctx).await);
        attempt!("instance metadata (IMDSv2)", imds::provide(ctx).await);
        let list: Vec<String> = why.iter().map(|(s, w)| format!("{s}: {w}")).collect();
        Err(failed(format!(
            "no AWS credentials found. Tried, in order: {}. Set them with \
             Config::builder().credentials(..), the environment or a profile (`aws configure`)",
            list.join("; ")
        )))
    }
}

impl ProvideCredentials for DefaultCredentialsChain {
    fn provide(&self) -> BoxFuture<'_, Result<Credentials, DispatchError>> {
        Box::pin(self.resolve())
    }
}

pub(crate) fn environment(env: &Env) -> Result<Credentials, Miss> {
    match (
        env.setting("AWS_ACCESS_KEY_ID"),
        env.setting("AWS_SECRET_ACCESS_KEY"),
    ) {
        (Some(_), Some(_)) => Credentials::from_env_view(env)
            .ok_or_else(|| Miss::NotHere("AWS_ACCESS_KEY_ID is not set".into())),
        (None, None) => Err(Miss::NotHere(
            "AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY are not set".into(),
        )),
        (Some(_), None) => Err(Miss::Failed(failed(
            "AWS_ACCESS_KEY_ID is set but AWS_SECRET_ACCESS_KEY is not",
        ))),
        (None, Some(_)) => Err(Miss::Failed(failed(
            "AWS_SECRET_ACCESS_KEY is set but AWS_ACCESS_KEY_ID is not",
        ))),
    }
}

#[cfg(feature = "default-https")]
fn default_transport() -> Arc<dyn HttpTransport> {
    // Tight limits of its own: these endpoints are local, and a credentials document is small.
    let t = crate::client::config::TimeoutConfig::new()
        .connect(Duration::from_secs(1))
        .attempt(Duration::from_secs(5));
    Arc::new(
        crate::client::https::HttpsTransport::new(&t)
            .max_response_body(super::json::MAX_DOCUMENT + 1),
    )
}

/// STS and the SSO portal are ordinary AWS endpoints: the client's default limits.
#[cfg(feature = "default-https")]
fn remote_transport() -> Arc<dyn HttpTransport> {
    Arc::new(crate::client::https::HttpsTransport::new(
        &crate::client::config::TimeoutConfig::default(),
    ))
}

#[cfg(not(feature = "default-https"))]
fn remote_transport() -> Arc<dyn HttpTransport> {
    default_transport()
}

#[cfg(not(feature = "default-https"))]
fn default_transport() -> Arc<dyn HttpTransport> {
    #[derive(Debug)]
    struct NoTransport;
    impl HttpTransport for NoTransport {
        fn send(
            &self,
            _: http::Request<crate::client::Bytes>,
        ) -> BoxFuture<'_, Result<http::Response<Vec<u8>>, TransportError>> {
            Box::pin(async {
                Err(TransportError::other(
                    "no HTTP transport: enable `default-https` or set Config::builder().transport(..)",
                ))
            })
        }
    }
    Arc::new(NoTransport)
}

/// One request to a credentials endpoint, with its own time limit and retries for what a retry may
/// fix (no connection, a timeout, a 5xx). `Err` says why, without the body.
pub(crate) async fn exchange(
    ctx: &Ctx,
    build: &(dyn Fn() -> Result<http::Request<Vec<u8>>, String> + Sync),
    limit: Duration,
    attempts: u32,
) -> Result<http::Response<Vec<u8>>, Unanswered> {
    let mut last = Unanswered::Transport(String::new());
    for _ in 0..attempts.max(1) {
        let req = build().map_err(Unanswered::Request)?;
        let sent = ctx.transport.send(req.map(crate::client::Bytes::from));
        match timeout(ctx.sleep.sleep(limit), sent).await {
            None => last = Unanswered::Transport(format!("no answer within {limit:?}")),
            Some(Err(e)) => last = Unanswered::Transport(e.to_string()),
            Some(Ok(r)) if r.status().is_server_error() => {
                last = Unanswered::Status(r.status().as_u16())
            }
            Some(Ok(r)) => return Ok(r),
        }
    }
    Err(last)
}

/// Why [`exchange`] got no usable response.
#[derive(Debug)]
pub(crate) enum Unanswered {
    /// Nothing came back (refused, timed out, cut off).
    Transport(String),
    /// Only 5xx answers.
    Status(u16),
    /// The request could not be built.
    Request(String),
}

impl fmt::Display for Unanswered {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Unanswered::Transport(w) => f.write_str(w),
            Unanswered::Status(s) => write!(f, "HTTP {s}"),
            Unanswered::Request(w) => f.write_str(w),
        }
    }
}
