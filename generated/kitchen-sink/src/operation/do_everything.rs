/// Every way a call of `DoEverything` can fail.
#[derive(Debug)]
#[non_exhaustive]
pub enum DoEverythingError {
    /// An error whose name is the same as a Rust prelude type.
    Error(crate::types::Error),
    /// The service failed; the call may succeed on retry.
    ServiceFault(crate::types::ServiceFault),
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
impl DoEverythingError {
    /// The error code as the service sent it, when the service answered with an error.
    pub fn code(&self) -> Option<&str> {
        match self {
            Self::Error(_) => Some("Error"),
            Self::ServiceFault(_) => Some("ServiceFault"),
            Self::ThrottledError(_) => Some("ThrottledError"),
            Self::Unmodeled(e) => Some(e.code()),
            Self::Validation(_) | Self::Dispatch(_) => None,
        }
    }
    fn from_service_error(err: ::smithy_runtime::ServiceError) -> Self {
        use ::smithy_runtime::modeled_error as modeled;
        match err.code() {
            "Error" => modeled(err, Self::Error, Self::Unmodeled),
            "ServiceFault" => modeled(err, Self::ServiceFault, Self::Unmodeled),
            "ThrottledError" => modeled(err, Self::ThrottledError, Self::Unmodeled),
            _ => Self::Unmodeled(err),
        }
    }
}
impl From<::smithy_runtime::CallError> for DoEverythingError {
    fn from(e: ::smithy_runtime::CallError) -> Self {
        match e {
            ::smithy_runtime::CallError::Service(err) => Self::from_service_error(err),
            ::smithy_runtime::CallError::Dispatch(err) => Self::Dispatch(err),
        }
    }
}
impl ::std::fmt::Display for DoEverythingError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Error(e) => ::std::fmt::Display::fmt(e, f),
            Self::ServiceFault(e) => ::std::fmt::Display::fmt(e, f),
            Self::ThrottledError(e) => ::std::fmt::Display::fmt(e, f),
            Self::Unmodeled(e) => ::std::fmt::Display::fmt(e, f),
            Self::Validation(e) => ::std::fmt::Display::fmt(e, f),
            Self::Dispatch(e) => ::std::fmt::Display::fmt(e, f),
        }
    }
}
impl ::std::error::Error for DoEverythingError {
    fn source(&self) -> Option<&(dyn ::std::error::Error + 'static)> {
        match self {
            Self::Error(e) => Some(e),
            Self::ServiceFault(e) => Some(e),
            Self::ThrottledError(e) => Some(e),
            Self::Unmodeled(e) => Some(e),
            Self::Validation(e) => Some(e),
            Self::Dispatch(e) => Some(e),
        }
    }
}
static OPERATION: ::smithy_runtime::OperationMeta = ::smithy_runtime::OperationMeta {
    name: "DoEverything",
    retryable_errors: &["ServiceFault", "ThrottledError"],
};
impl crate::Client {
    /// Echoes an `AllTypes` value back. Use it to round-trip every shape type through the serializer and the deserializer.
    ///
    ///  Modeled errors: [`Error`](crate::types::Error), [`ServiceFault`](crate::types::ServiceFault), [`ThrottledError`](crate::types::ThrottledError).
    pub async fn do_everything(
        &self,
        input: crate::types::DoEverythingInput,
    ) -> Result<crate::types::DoEverythingOutput, DoEverythingError> {
        input
            .validate(self.handle.config().validate_constraints())
            .map_err(DoEverythingError::Validation)?;
        Ok(
            self
                .handle
                .invoke::<crate::types::DoEverythingOutput>(&OPERATION, &input)
                .await?,
        )
    }
}
