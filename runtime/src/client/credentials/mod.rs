//! Credentials, the trait that provides them, and the sources of the default chain (module docs of
//! [`DefaultCredentialsChain`]).

mod cache;
mod calls;
mod chain;
mod container;
mod fetch;
mod imds;
mod json;
mod portal;
mod process;
mod profile_chain;
mod sso;
mod sts;

pub use cache::CredentialsCache;
#[doc(hidden)]
pub use calls::{DescribedCall, described as service_calls};
pub use chain::{DefaultCredentialsChain, ImdsSettings};
pub use fetch::{AssumeRoleRequest, SsoFetcher, SsoRoleRequest, StsFetcher, WebIdentityRequest};

use super::env::Env;
use super::error::{DispatchError, DispatchErrorKind};
use super::transport::BoxFuture;
use crate::sigv4::key::{KeyCache, KeyedMac};
use std::fmt;
use std::sync::Arc;
use std::time::SystemTime;

/// AWS credentials. Debug and every error show the access key id at most, never the secret
/// or the session token.
///
/// Cheap to clone (an `Arc` inside): a provider hands out a clone per call.
#[derive(Clone)]
pub struct Credentials(Arc<Keys>);

struct Keys {
    access_key_id: String,
    secret_access_key: String,
    session_token: Option<String>,
    /// When temporary credentials stop working; `None` for long-term keys.
    expiry: Option<SystemTime>,
    /// The SigV4 key derived from the secret, shared by every call signed with these credentials
    /// (clones included) so that only the first call of the day pays for it.
    signing_keys: KeyCache,
}

impl PartialEq for Credentials {
    fn eq(&self, other: &Self) -> bool {
        self.access_key_id() == other.access_key_id()
            && self.secret_access_key() == other.secret_access_key()
            && self.session_token() == other.session_token()
            && self.expiry() == other.expiry()
    }
}

impl Eq for Credentials {}

impl Credentials {
    pub fn new(
        access_key_id: impl Into<String>,
        secret_access_key: impl Into<String>,
        session_token: Option<String>,
    ) -> Self {
        Credentials(Arc::new(Keys {
            access_key_id: access_key_id.into(),
            secret_access_key: secret_access_key.into(),
            session_token,
            expiry: None,
            signing_keys: KeyCache::default(),
        }))
    }

    /// Temporary credentials, valid until `expiry`: a [`CredentialsCache`] fetches new ones before then.
    pub fn with_expiry(self, expiry: SystemTime) -> Self {
        let k = &self.0;
        Credentials(Arc::new(Keys {
            access_key_id: k.access_key_id.clone(),
            secret_access_key: k.secret_access_key.clone(),
            session_token: k.session_token.clone(),
            expiry: Some(expiry),
            signing_keys: KeyCache::default(),
        }))
    }

    pub fn expiry(&self) -> Option<SystemTime> {
        self.0.expiry
    }

    pub fn access_key_id(&self) -> &str {
        &self.0.access_key_id
    }

    pub fn secret_access_key(&self) -> &str {
        &self.0.secret_access_key
    }

    pub fn session_token(&self) -> Option<&str> {
        self.0.session_token.as_deref()
    }

    /// The SigV4 signing key for a day (`YYYYMMDD`) and scope, as a keyed HMAC.
    pub(crate) fn signing_key(&self, date: &str, region: &str, service: &str) -> KeyedMac {
        self.0
            .signing_keys
            .get(self.secret_access_key(), date, region, service)
    }

    /// `AWS_ACCESS_KEY_ID` + `AWS_SECRET_ACCESS_KEY` (+ `AWS_SESSION_TOKEN`); `None` when either
    /// of the first two is unset or empty.
    pub fn from_env() -> Option<Credentials> {
        Self::from_env_view(&Env::process())
    }

    pub(crate) fn from_env_view(env: &Env) -> Option<Credentials> {
        Some(Credentials::new(
            env.setting("AWS_ACCESS_KEY_ID")?,
            env.setting("AWS_SECRET_ACCESS_KEY")?,
            env.setting("AWS_SESSION_TOKEN"),
        ))
    }
}

impl fmt::Debug for Credentials {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Credentials")
            .field("access_key_id", &self.access_key_id())
            .field("secret_access_key", &"** redacted **")
            .field(
                "session_token",
                &self.session_token().map(|_| "** redacted **"),
            )
            .field("expiry", &self.expiry().map(crate::types::DateTime::from))
            .finish()
    }
}

/// A source of credentials, asked once per call (so rotated credentials are picked up).
pub trait ProvideCredentials: Send + Sync + fmt::Debug + 'static {
    fn provide(&self) -> BoxFuture<'_, Result<Credentials, DispatchError>>;
}

impl ProvideCredentials for Credentials {
    fn provide(&self) -> BoxFuture<'_, Result<Credentials, DispatchError>> {
        let c = self.clone();
        Box::pin(async move { Ok(c) })
    }
}

/// Reads the standard environment variables at call time.
#[derive(Clone, Copy, Debug, Default)]
pub struct EnvCredentials;

impl ProvideCredentials for EnvCredentials {
    fn provide(&self) -> BoxFuture<'_, Result<Credentials, DispatchError>> {
        Box::pin(async {
            Credentials::from_env().ok_or_else(|| {
                DispatchError::new(
                    DispatchErrorKind::Credentials,
                    "no AWS credentials: set them with Config::builder().credentials(..) or the \
                     AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY environment variables",
                )
            })
        })
    }
}
