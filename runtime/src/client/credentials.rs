use super::error::{DispatchError, DispatchErrorKind};
use super::transport::BoxFuture;
use aws_smithy_runtime_api::client::identity::Identity;
use std::fmt;
use std::sync::{Arc, OnceLock};

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
    /// The same keys in the form aws-sigv4 takes, made on first use and then shared by every call
    /// signed with these credentials.
    identity: OnceLock<Identity>,
}

impl PartialEq for Credentials {
    fn eq(&self, other: &Self) -> bool {
        self.access_key_id() == other.access_key_id()
            && self.secret_access_key() == other.secret_access_key()
            && self.session_token() == other.session_token()
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
            identity: OnceLock::new(),
        }))
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

    pub(crate) fn identity(&self) -> &Identity {
        self.0.identity.get_or_init(|| {
            aws_credential_types::Credentials::new(
                self.access_key_id(),
                self.secret_access_key(),
                self.session_token().map(str::to_owned),
                None,
                "smithy-runtime",
            )
            .into()
        })
    }

    /// `AWS_ACCESS_KEY_ID` + `AWS_SECRET_ACCESS_KEY` (+ `AWS_SESSION_TOKEN`); `None` when either
    /// of the first two is unset or empty.
    pub fn from_env() -> Option<Credentials> {
        let var = |k: &str| std::env::var(k).ok().filter(|v| !v.trim().is_empty());
        Some(Credentials::new(
            var("AWS_ACCESS_KEY_ID")?,
            var("AWS_SECRET_ACCESS_KEY")?,
            var("AWS_SESSION_TOKEN"),
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
