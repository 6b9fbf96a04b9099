//! The client half of the runtime (feature `client`).

mod checksum;
mod compress;
mod config;
mod credentials;
mod customize;
mod endpoint_resolve;
mod error;
mod handle;
mod host_prefix;
#[cfg(feature = "default-https")]
mod https;
mod idempotency;
mod meta;
mod modeled;
mod retry;
mod sign;
mod sleep;
mod transport;

pub mod mock;
pub mod protocol;
pub mod validate;

pub use config::{Config, ConfigBuilder, TimeoutConfig};
pub use credentials::{Credentials, EnvCredentials, ProvideCredentials};
pub use error::{CallError, DispatchError, DispatchErrorKind, ServiceError};
pub use handle::{Handle, Response};
pub use host_prefix::expand_host_prefix;
#[cfg(feature = "default-https")]
pub use https::HttpsTransport;
pub use idempotency::{FixedToken, IdempotencyTokenProvider, UuidV4Tokens};
pub use meta::{Customization, HttpBinding, OperationMeta, ServiceMeta, UriPart};
pub use modeled::{ModeledError, modeled_error};
pub use retry::RetryConfig;
#[cfg(feature = "tokio")]
pub use sleep::TokioSleep;
pub use sleep::{AsyncSleep, DefaultSleep, ThreadTimerSleep};
pub use transport::{BoxFuture, HttpTransport, TransportError, TransportErrorKind};
pub use validate::ValidationError;
