//! Modeled errors: the body of an error response read as the error structure its code names.

use super::error::ServiceError;
use crate::codec::ReadValue;
use crate::types::ErrorMeta;

/// A modeled error structure of a generated crate. Servers put the message in `message`, `Message` or
/// `errorMessage`; the protocol has already found it, and this fills the structure's own message member
/// when the body's spelling did not match it, and keeps the rest of what the response said in its `meta`.
pub trait ModeledError: ReadValue {
    /// Sets the message member to `message` if the body left it empty.
    fn fill_message(&mut self, message: Option<&str>) {
        let _ = message;
    }

    /// Keeps the code, message, request id and status the error came with.
    fn set_meta(&mut self, meta: ErrorMeta);

    /// What the error came with (empty for one built by hand).
    fn meta(&self) -> &ErrorMeta;
}

/// The typed error for a known error code: the body read as `T` (message filled in) and wrapped by
/// `modeled`, or, when the body does not fit `T`, the whole service error handed to `unmodeled` so
/// nothing is lost.
pub fn modeled_error<T: ModeledError, E>(
    error: ServiceError,
    modeled: impl FnOnce(T) -> E,
    unmodeled: impl FnOnce(ServiceError) -> E,
) -> E {
    let mut out: Option<T> = None;
    match error.protocol().read_error(&error, &mut out) {
        Ok(()) => match out {
            Some(mut parsed) => {
                parsed.fill_message(error.message());
                parsed.set_meta(ErrorMeta::new(
                    error.code(),
                    error.message().map(str::to_owned),
                    error.request_id().map(str::to_owned),
                    error.status(),
                ));
                modeled(parsed)
            }
            None => unmodeled(error),
        },
        Err(_) => unmodeled(error),
    }
}
