//! Wire types shared by every generated crate; their serde impls follow the awsJson defaults.

mod big;
mod blob;
mod build_error;
mod datetime;
mod document;

pub use big::{BigDecimal, BigInteger};
pub use blob::Blob;
pub use build_error::BuildError;
pub use datetime::{DateTime, DateTimeError};
pub use document::Document;

pub(crate) mod datetime_serde {
    pub(crate) use super::datetime::{deserialize_epoch_seconds, serialize_epoch_seconds};
}
