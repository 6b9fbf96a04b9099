/// Every way a call of `GetFunction` can fail.
#[derive(Debug)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum GetFunctionError {
    InvalidParameterValueException(crate::types::InvalidParameterValueException),
    /// The function does not exist.
    ResourceNotFoundException(crate::types::ResourceNotFoundException),
    ServiceException(crate::types::ServiceException),
    TooManyRequestsException(crate::types::TooManyRequestsException),
    /// An error that Lambda returned and this model does not describe (code, message, request id and HTTP status are kept).
    Unmodeled(::smithy_runtime::ServiceError),
    /// The input was rejected before anything was sent (a required member is missing, or a constraint
    /// failed while constraint checks are on).
    Validation(::smithy_runtime::ValidationError),
    /// The request could not be sent or its response could not be read: transport, timeout,
    /// credentials, endpoint resolution, or a malformed response.
    Dispatch(::smithy_runtime::DispatchError),
}
::smithy_runtime::operation_error!(
    GetFunctionError, [(InvalidParameterValueException,
    "InvalidParameterValueException"), (ResourceNotFoundException,
    "ResourceNotFoundException"), (ServiceException, "ServiceException"),
    (TooManyRequestsException, "TooManyRequestsException")]
);
static OPERATION: ::smithy_runtime::OperationMeta = ::smithy_runtime::OperationMeta {
    name: "GetFunction",
    retryable_errors: &[],
    http: ::smithy_runtime::HttpBinding::new(
        "GET",
        &[
            ::smithy_runtime::UriPart::Literal("/2015-03-31/functions/"),
            ::smithy_runtime::UriPart::Label(0),
        ],
        200,
    ),
    request_compression: &[],
    endpoint_params: &[],
    auth: ::smithy_runtime::Auth::SigV4,
};
impl crate::Client {
    /// Describes a function or a version of it, with a link to its code.
    ///
    ///  Modeled errors: [`InvalidParameterValueException`](crate::types::InvalidParameterValueException), [`ResourceNotFoundException`](crate::types::ResourceNotFoundException), [`ServiceException`](crate::types::ServiceException), [`TooManyRequestsException`](crate::types::TooManyRequestsException).
    pub async fn get_function(
        &self,
        input: crate::types::GetFunctionRequest,
    ) -> Result<crate::types::GetFunctionResponse, GetFunctionError> {
        input
            .validate(self.handle.config().validate_constraints())
            .map_err(GetFunctionError::Validation)?;
        Ok(
            self
                .handle
                .invoke::<crate::types::GetFunctionResponse>(&OPERATION, &input)
                .await?,
        )
    }
}
