/// Every way a call of `Ping` can fail.
#[derive(Debug)]
#[non_exhaustive]
pub enum PingError {
    /// Too many requests; retry after a back-off.
    ThrottledError(crate::types::ThrottledError),
    /// An error that Kitchen Sink returned and this model does not describe (code, message, request id and HTTP status are kept).
    Unmodeled(::smithy_runtime::ServiceError),
    /// The input was rejected before anything was sent (a required member is missing, or a constraint
    /// failed while constraint checks are on).
    Validation(::smithy_runtime::ValidationError),
    /// The request could not be sent or its response could not be read: transport, timeout,
    /// credentials, endpoint resolution, or a malformed response.
    Dispatch(::smithy_runtime::DispatchError),
}
impl PingError {
    /// The error code as the service sent it, when the service answered with an error.
    pub fn code(&self) -> Option<&str> {
        match self {
            Self::ThrottledError(_) => Some("ThrottledError"),
            Self::Unmodeled(e) => Some(e.code()),
            Self::Validation(_) | Self::Dispatch(_) => None,
        }
    }
    fn from_service_error(err: ::smithy_runtime::ServiceError) -> Self {
        use ::smithy_runtime::modeled_error as modeled;
        match err.code() {
            "ThrottledError" => modeled(err, Self::ThrottledError, Self::Unmodeled),
            _ => Self::Unmodeled(err),
        }
    }
}
impl From<::smithy_runtime::CallError> for PingError {
    fn from(e: ::smithy_runtime::CallError) -> Self {
        match e {
            ::smithy_runtime::CallError::Service(err) => Self::from_service_error(err),
            ::smithy_runtime::CallError::Dispatch(err) => Self::Dispatch(err),
        }
    }
}
impl ::std::fmt::Display for PingError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::ThrottledError(e) => ::std::fmt::Display::fmt(e, f),
            Self::Unmodeled(e) => ::std::fmt::Display::fmt(e, f),
            Self::Validation(e) => ::std::fmt::Display::fmt(e, f),
            Self::Dispatch(e) => ::std::fmt::Display::fmt(e, f),
        }
    }
}
impl ::std::error::Error for PingError {
    fn source(&self) -> Option<&(dyn ::std::error::Error + 'static)> {
        match self {
            Self::ThrottledError(e) => Some(e),
            Self::Unmodeled(e) => Some(e),
            Self::Validation(e) => Some(e),
            Self::Dispatch(e) => Some(e),
        }
    }
}
static OPERATION: ::smithy_runtime::OperationMeta = ::smithy_runtime::OperationMeta {
    name: "Ping",
    retryable_errors: &["ThrottledError"],
};
impl crate::Client {
    /// Takes no input. Handy as a health check.
    ///
    ///  Modeled errors: [`ThrottledError`](crate::types::ThrottledError).
    pub async fn ping(&self) -> Result<crate::types::PingOutput, PingError> {
        Ok(self.handle.invoke::<crate::types::PingOutput>(&OPERATION, &()).await?)
    }
}
