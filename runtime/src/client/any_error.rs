//! [`Error`]: any operation's error, so that `?` works across the operations of a crate (and across crates)
//! without `Box<dyn Error>`, keeping what a caller logs or branches on.

use std::error::Error as StdError;
use std::fmt;

/// Any operation's error: every generated operation error converts into it (`?` in a function that returns
/// `Result<_, smithy_runtime::Error>`, which each generated crate re-exports as its `Error`). It keeps the
/// error code, message, request id and HTTP status, and the operation's own error, which
/// [`downcast_ref`](Error::downcast_ref) gives back for a `match` on its variants.
pub struct Error {
    error_type: &'static str,
    code: Option<String>,
    message: Option<String>,
    request_id: Option<String>,
    status: Option<u16>,
    source: Box<dyn StdError + Send + Sync + 'static>,
}

/// What an operation error says about itself, for [`Error::from_operation`].
#[doc(hidden)]
pub struct ErrorParts {
    pub error_type: &'static str,
    pub code: Option<String>,
    pub message: Option<String>,
    pub request_id: Option<String>,
    pub status: Option<u16>,
}

impl Error {
    /// Used by the generated `From` impls (through `operation_error!`).
    #[doc(hidden)]
    pub fn from_operation(parts: ErrorParts, error: impl StdError + Send + Sync + 'static) -> Self {
        Error {
            error_type: parts.error_type,
            code: parts.code,
            message: parts.message,
            request_id: parts.request_id,
            status: parts.status.filter(|s| *s != 0),
            source: Box::new(error),
        }
    }

    /// The name of the operation's error type (`DeleteBackupError`).
    pub fn error_type(&self) -> &'static str {
        self.error_type
    }

    /// The error code the service sent (`None` when no service error came back: validation, dispatch).
    pub fn code(&self) -> Option<&str> {
        self.code.as_deref()
    }

    /// The message: the service's, or what went wrong before or after talking to it.
    pub fn message(&self) -> Option<&str> {
        self.message.as_deref()
    }

    /// The request id of the response, when there was one.
    pub fn request_id(&self) -> Option<&str> {
        self.request_id.as_deref()
    }

    /// The HTTP status of the response, when there was one.
    pub fn status(&self) -> Option<u16> {
        self.status
    }

    /// The operation's own error (`DeleteBackupError`), when it is of type `E`.
    pub fn downcast_ref<E: StdError + 'static>(&self) -> Option<&E> {
        self.source.downcast_ref()
    }

    /// The operation's own error, boxed.
    pub fn into_inner(self) -> Box<dyn StdError + Send + Sync + 'static> {
        self.source
    }
}

impl fmt::Debug for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Error")
            .field("error_type", &self.error_type)
            .field("code", &self.code)
            .field("message", &self.message)
            .field("request_id", &self.request_id)
            .field("status", &self.status)
            .field("source", &self.source)
            .finish()
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.source, f)
    }
}

impl StdError for Error {
    // Display is the operation error's, so the chain goes on with what that error wraps.
    fn source(&self) -> Option<&(dyn StdError + 'static)> {
        self.source.source()
    }
}
