//! Wire types shared by every generated crate. They carry no wire format: the codecs in
//! [`crate::codec`] decide how each is written, and the `serde` feature adds a convenience serde form.

mod big;
mod blob;
mod build_error;
mod byte_stream;
mod datetime;
mod document;
mod error_meta;
#[cfg(feature = "serde")]
mod serde_impls;
#[cfg(feature = "serde")]
mod serde_wide;

pub(crate) use big::is_json_number;
pub use big::{BigDecimal, BigInteger};
pub use blob::Blob;
pub use build_error::BuildError;
pub use byte_stream::{BodySender, ByteStream, CHUNK_SIZE, StreamReader};
pub use datetime::{DateTime, DateTimeError};
pub use document::{Document, Number};
pub use error_meta::ErrorMeta;
#[cfg(feature = "serde")]
pub use serde_wide::{WideStruct, deserialize_wide};
