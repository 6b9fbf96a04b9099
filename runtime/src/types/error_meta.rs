/// What came with a modeled error besides its members: the code, message and request id the service
/// sent and the HTTP status. Kept in every generated error structure (`meta`), so that a modeled error
/// loses nothing an unmodeled one would keep.
///
/// It describes the response, not the error's value: two errors with the same members are equal whatever
/// their metadata, so that an error read from a response compares equal to one built in a test.
#[derive(Clone, Debug, Default)]
pub struct ErrorMeta {
    code: String,
    message: Option<String>,
    request_id: Option<String>,
    status: u16,
}

impl PartialEq for ErrorMeta {
    fn eq(&self, _: &ErrorMeta) -> bool {
        true
    }
}

impl ErrorMeta {
    /// What a response said about an error.
    pub fn new(
        code: impl Into<String>,
        message: Option<String>,
        request_id: Option<String>,
        status: u16,
    ) -> Self {
        ErrorMeta {
            code: code.into(),
            message,
            request_id,
            status,
        }
    }

    /// The code as the service sent it (empty for an error that did not come from a response).
    pub fn code(&self) -> &str {
        &self.code
    }

    /// The message the response carried, whichever key it was under.
    pub fn message(&self) -> Option<&str> {
        self.message.as_deref()
    }

    /// The same without its message: for an error whose message member is `@sensitive`, so that the
    /// text stays in the (redacted) member only.
    pub fn without_message(self) -> Self {
        ErrorMeta {
            message: None,
            ..self
        }
    }

    /// The request id of the response.
    pub fn request_id(&self) -> Option<&str> {
        self.request_id.as_deref()
    }

    /// The HTTP status (0 for an error that did not come from a response).
    pub fn status(&self) -> u16 {
        self.status
    }
}
