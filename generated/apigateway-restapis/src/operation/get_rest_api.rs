/// Every way a call of `GetRestApi` can fail.
#[derive(Debug)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum GetRestApiError {
    BadRequestException(crate::types::BadRequestException),
    NotFoundException(crate::types::NotFoundException),
    TooManyRequestsException(crate::types::TooManyRequestsException),
    UnauthorizedException(crate::types::UnauthorizedException),
    /// An error that API Gateway returned and this model does not describe (code, message, request id and HTTP status are kept).
    Unmodeled(::smithy_runtime::ServiceError),
    /// The input was rejected before anything was sent (a required member is missing, or a constraint
    /// failed while constraint checks are on).
    Validation(::smithy_runtime::ValidationError),
    /// The request could not be sent or its response could not be read: transport, timeout,
    /// credentials, endpoint resolution, or a malformed response.
    Dispatch(::smithy_runtime::DispatchError),
}
::smithy_runtime::operation_error!(
    GetRestApiError, [(BadRequestException, "BadRequestException"), (NotFoundException,
    "NotFoundException"), (TooManyRequestsException, "TooManyRequestsException"),
    (UnauthorizedException, "UnauthorizedException")]
);
static OPERATION: ::smithy_runtime::OperationMeta = ::smithy_runtime::OperationMeta {
    name: "GetRestApi",
    retryable_errors: &[],
    http: ::smithy_runtime::HttpBinding::new(
        "GET",
        &[
            ::smithy_runtime::UriPart::Literal("/restapis/"),
            ::smithy_runtime::UriPart::Label(0),
        ],
        200,
    ),
    request_compression: &[],
    endpoint_params: &[],
    auth: ::smithy_runtime::Auth::SigV4,
};
impl crate::Client {
    /// Describes one REST API.
    ///
    ///  Modeled errors: [`BadRequestException`](crate::types::BadRequestException), [`NotFoundException`](crate::types::NotFoundException), [`TooManyRequestsException`](crate::types::TooManyRequestsException), [`UnauthorizedException`](crate::types::UnauthorizedException).
    pub async fn get_rest_api(
        &self,
        input: crate::types::GetRestApiRequest,
    ) -> Result<crate::types::RestApi, GetRestApiError> {
        input
            .validate(self.handle.config().validate_constraints())
            .map_err(GetRestApiError::Validation)?;
        Ok(self.handle.invoke::<crate::types::RestApi>(&OPERATION, &input).await?)
    }
}
