//! The client half of the runtime (feature `client`).

mod any_error;
mod aws_chunked;
mod blocking;
mod checksum;
mod compress;
mod config;
mod config_error;
mod credentials;
mod customize;
pub(crate) mod endpoint_resolve;
mod env;
mod error;
mod handle;
mod hook;
mod host_prefix;
#[cfg(feature = "default-https")]
mod https;
mod idempotency;
mod meta;
mod modeled;
mod presign;
mod rate_limit;
mod retry;
mod settings;
mod sign;
mod sleep;
mod streaming;
mod transport;
mod user_agent;

pub mod mock;
pub mod profile;
pub mod protocol;
pub mod validate;
pub mod waiter;

pub use any_error::{Error, ErrorParts};
pub use blocking::block_on;
pub use checksum::ChecksumPolicy;
pub use config::{Config, ConfigBuilder, TimeoutConfig};
pub use config_error::ConfigError;
pub use credentials::{
    AssumeRoleRequest, Credentials, CredentialsCache, DefaultCredentialsChain, EnvCredentials,
    ImdsSettings, ProvideCredentials, SsoFetcher, SsoRoleRequest, StsFetcher, WebIdentityRequest,
};
#[doc(hidden)]
pub use credentials::{DescribedCall, service_calls};
pub use env::Env;
pub use error::{CallError, DispatchError, DispatchErrorKind, ServiceError};
pub use handle::{Handle, Response};
pub use hook::RequestReport;
pub use host_prefix::expand_host_prefix;
#[cfg(feature = "default-https")]
pub use https::HttpsTransport;
pub use idempotency::{FixedToken, IdempotencyTokenProvider, UuidV4Tokens};
pub use meta::{
    Auth, Customization, HttpBinding, HttpChecksum, OperationMeta, ServiceMeta, UriPart,
};
pub use modeled::{ModeledError, modeled_error};
pub use presign::{PresignedRequest, PresigningConfig};
pub use retry::{RetryConfig, RetryMode};
#[cfg(feature = "tokio")]
pub use sleep::TokioSleep;
pub use sleep::{AsyncSleep, DefaultSleep, ThreadTimerSleep};
pub use transport::{
    BoxFuture, Bytes, HttpTransport, StreamResponse, TransportError, TransportErrorKind,
};
pub use validate::ValidationError;
