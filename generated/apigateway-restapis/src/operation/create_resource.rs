/// Every way a call of `CreateResource` can fail.
#[derive(Debug)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum CreateResourceError {
    BadRequestException(crate::types::BadRequestException),
    ConflictException(crate::types::ConflictException),
    LimitExceededException(crate::types::LimitExceededException),
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
    CreateResourceError, [(BadRequestException, "BadRequestException"),
    (ConflictException, "ConflictException"), (LimitExceededException,
    "LimitExceededException"), (NotFoundException, "NotFoundException"),
    (TooManyRequestsException, "TooManyRequestsException"), (UnauthorizedException,
    "UnauthorizedException")]
);
static OPERATION: ::smithy_runtime::OperationMeta = ::smithy_runtime::OperationMeta {
    name: "CreateResource",
    retryable_errors: &[],
    http: ::smithy_runtime::HttpBinding::new(
        "POST",
        &[
            ::smithy_runtime::UriPart::Literal("/restapis/"),
            ::smithy_runtime::UriPart::Label(0),
            ::smithy_runtime::UriPart::Literal("/resources/"),
            ::smithy_runtime::UriPart::Label(1),
        ],
        201,
    ),
    request_compression: &[],
    endpoint_params: &[],
    auth: ::smithy_runtime::Auth::SigV4,
};
impl crate::Client {
    /// Creates a resource under a parent resource.
    ///
    ///  Modeled errors: [`BadRequestException`](crate::types::BadRequestException), [`ConflictException`](crate::types::ConflictException), [`LimitExceededException`](crate::types::LimitExceededException), [`NotFoundException`](crate::types::NotFoundException), [`TooManyRequestsException`](crate::types::TooManyRequestsException), [`UnauthorizedException`](crate::types::UnauthorizedException).
    pub async fn create_resource(
        &self,
        input: crate::types::CreateResourceRequest,
    ) -> Result<crate::types::Resource, CreateResourceError> {
        input
            .validate(self.handle.config().validate_constraints())
            .map_err(CreateResourceError::Validation)?;
        Ok(self.handle.invoke::<crate::types::Resource>(&OPERATION, &input).await?)
    }
}
