/// Every way a call of `ListThings` can fail.
#[derive(Debug)]
#[non_exhaustive]
pub enum ListThingsError {
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
impl ListThingsError {
    /// The error code as the service sent it, when the service answered with an error.
    pub fn code(&self) -> ::std::option::Option<&str> {
        match self {
            Self::ThrottledError(_) => ::std::option::Option::Some("ThrottledError"),
            Self::Unmodeled(e) => ::std::option::Option::Some(e.code()),
            Self::Validation(_) | Self::Dispatch(_) => ::std::option::Option::None,
        }
    }
    fn from_service_error(err: ::smithy_runtime::ServiceError) -> Self {
        match err.code() {
            "ThrottledError" => {
                match ::smithy_runtime::json::parse_error_body::<
                    crate::types::ThrottledError,
                >(&err) {
                    ::std::result::Result::Ok(mut parsed) => {
                        if parsed.message.is_none() {
                            parsed.message = err
                                .message()
                                .map(::std::borrow::ToOwned::to_owned);
                        }
                        Self::ThrottledError(parsed)
                    }
                    ::std::result::Result::Err(_) => Self::Unmodeled(err),
                }
            }
            _ => Self::Unmodeled(err),
        }
    }
}
impl ::std::convert::From<::smithy_runtime::CallError> for ListThingsError {
    fn from(e: ::smithy_runtime::CallError) -> Self {
        match e {
            ::smithy_runtime::CallError::Service(err) => Self::from_service_error(err),
            ::smithy_runtime::CallError::Dispatch(err) => Self::Dispatch(err),
        }
    }
}
impl ::std::fmt::Display for ListThingsError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::ThrottledError(e) => ::std::fmt::Display::fmt(e, f),
            Self::Unmodeled(e) => ::std::fmt::Display::fmt(e, f),
            Self::Validation(e) => ::std::fmt::Display::fmt(e, f),
            Self::Dispatch(e) => ::std::fmt::Display::fmt(e, f),
        }
    }
}
impl ::std::error::Error for ListThingsError {
    fn source(&self) -> ::std::option::Option<&(dyn ::std::error::Error + 'static)> {
        match self {
            Self::ThrottledError(e) => ::std::option::Option::Some(e),
            Self::Unmodeled(e) => ::std::option::Option::Some(e),
            Self::Validation(e) => ::std::option::Option::Some(e),
            Self::Dispatch(e) => ::std::option::Option::Some(e),
        }
    }
}
static OPERATION: ::smithy_runtime::OperationMeta = ::smithy_runtime::OperationMeta {
    name: "ListThings",
    retryable_errors: &["ThrottledError"],
};
impl crate::Client {
    /// Lists things a page at a time.
    ///
    ///  Modeled errors: [`ThrottledError`](crate::types::ThrottledError).
    pub async fn list_things(
        &self,
        input: crate::types::ListThingsInput,
    ) -> ::std::result::Result<crate::types::ListThingsOutput, ListThingsError> {
        input
            .validate(self.handle.config().validate_constraints())
            .map_err(ListThingsError::Validation)?;
        let body = ::smithy_runtime::json::to_body(&input)
            .map_err(ListThingsError::Dispatch)?;
        let response = self.handle.invoke_json(&OPERATION, body).await?;
        ::smithy_runtime::json::parse_output(&response)
            .map_err(ListThingsError::Dispatch)
    }
}
