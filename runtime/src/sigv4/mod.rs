//! AWS Signature Version 4 (feature `client`): header signing ([`sign_headers`]) and presigning
//! ([`presign`], the signature in the query string).
//!
//! The signer sees a request as text: method, path and query exactly as they will be sent
//! (percent-encoded), the headers (including `host`) and the payload or its hash. It returns what
//! to add; it never changes the request itself, so it works with any HTTP type.
//!
//! Checked against every case of the official SigV4 test suite (`runtime/tests/sigv4_suite.rs`)
//! and against botocore (`tests/client/tests/oracle.rs`).

mod canonical;
pub(crate) mod encode;
mod headers;
pub(crate) mod key;
mod output;
mod presign;
mod scope;

pub use headers::{SignedHeaders, sign_headers};
pub use output::{InHeaders, InQuery, Placement, Signed};
pub use presign::{MAX_EXPIRES, Presigned, presign};

use crate::Credentials;
use sha2::{Digest, Sha256};
use std::borrow::Cow;
use std::fmt;
use std::time::SystemTime;

pub const ALGORITHM: &str = "AWS4-HMAC-SHA256";

/// The payload hash for a body the signature does not cover (S3 and presigned URLs).
pub const UNSIGNED_PAYLOAD: &str = "UNSIGNED-PAYLOAD";

/// Headers a proxy or the transport may add or rewrite after signing, so signing them would
/// break the signature: the same list as aws-sigv4's defaults.
pub const DEFAULT_UNSIGNED_HEADERS: [&str; 5] = [
    "authorization",
    "user-agent",
    "x-amzn-trace-id",
    "transfer-encoding",
    "expect",
];

/// Whether the session token takes part in the signature.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum SessionTokenMode {
    /// Signed like any other header (or query parameter): what every service accepts.
    #[default]
    Signed,
    /// Added after signing, for the few services that want it outside the signature.
    Unsigned,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Settings {
    /// Remove `.`, `..` and empty segments from the path before signing. S3 keys may contain
    /// them literally, so S3 turns this off.
    pub normalize_path: bool,
    /// Percent-encode the (already encoded) path once more. Every service but S3.
    pub double_encode_path: bool,
    /// Also send (and sign) the payload hash as `x-amz-content-sha256`, which S3 requires.
    pub content_sha256_header: bool,
    pub session_token: SessionTokenMode,
    /// Header names (any case) left out of the signature.
    pub unsigned_headers: Vec<Cow<'static, str>>,
    /// A streamed request body (a file, a reader) is signed as [`UNSIGNED_PAYLOAD`] instead of being read
    /// once more for its hash. Only services that accept it (S3) turn this on; for the others the
    /// runtime hashes a file before sending it and reads a one-shot reader into memory.
    pub unsigned_streaming_payload: bool,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            normalize_path: true,
            double_encode_path: true,
            content_sha256_header: false,
            session_token: SessionTokenMode::Signed,
            unsigned_headers: DEFAULT_UNSIGNED_HEADERS
                .iter()
                .map(|&h| Cow::Borrowed(h))
                .collect(),
            unsigned_streaming_payload: false,
        }
    }
}

impl Settings {
    /// What S3 expects: the path signed as sent, the payload hash in a header, and `UNSIGNED-PAYLOAD`
    /// for streamed bodies.
    pub fn s3() -> Self {
        Settings {
            normalize_path: false,
            double_encode_path: false,
            content_sha256_header: true,
            unsigned_streaming_payload: true,
            ..Settings::default()
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Payload<'a> {
    /// The body: its SHA-256 is signed.
    Bytes(&'a [u8]),
    /// A hash computed elsewhere, or a marker such as [`UNSIGNED_PAYLOAD`].
    Hash(&'a str),
}

/// The payload hash as it goes into the canonical request.
enum PayloadHash<'a> {
    Computed(encode::Hex),
    Given(&'a str),
}

impl PayloadHash<'_> {
    fn as_str(&self) -> &str {
        match self {
            PayloadHash::Computed(h) => h.as_str(),
            PayloadHash::Given(h) => h,
        }
    }
}

impl<'a> Payload<'a> {
    fn hash(&self) -> PayloadHash<'a> {
        match *self {
            Payload::Bytes(b) => PayloadHash::Computed(encode::hex(&Sha256::digest(b).into())),
            Payload::Hash(h) => PayloadHash::Given(h),
        }
    }
}

/// A request as it will go on the wire.
#[derive(Clone, Copy, Debug)]
pub struct SignableRequest<'a> {
    pub method: &'a str,
    /// Percent-encoded as sent; empty means `/`.
    pub path: &'a str,
    /// Without the `?`; empty when there is none.
    pub query: &'a str,
    /// Names in any case; must include `host`. Repeated names are allowed.
    pub headers: &'a [(&'a str, &'a str)],
    pub payload: Payload<'a>,
}

#[derive(Clone, Copy, Debug)]
pub struct SigningParams<'a> {
    pub credentials: &'a Credentials,
    pub region: &'a str,
    /// The signing name (`@sigv4` `name`), e.g. `fsx`.
    pub service: &'a str,
    pub time: SystemTime,
    pub settings: &'a Settings,
}

/// Why a request cannot be signed. The message names the input at fault, never key material.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SigningError(String);

impl fmt::Display for SigningError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for SigningError {}
