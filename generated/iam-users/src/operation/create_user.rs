/// Every way a call of `CreateUser` can fail.
#[derive(Debug)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum CreateUserError {
    /// An entity with that name exists already.
    EntityAlreadyExistsException(crate::types::EntityAlreadyExistsException),
    /// An error that IAM returned and this model does not describe (code, message, request id and HTTP status are kept).
    Unmodeled(::smithy_runtime::ServiceError),
    /// The input was rejected before anything was sent (a required member is missing, or a constraint
    /// failed while constraint checks are on).
    Validation(::smithy_runtime::ValidationError),
    /// The request could not be sent or its response could not be read: transport, timeout,
    /// credentials, endpoint resolution, or a malformed response.
    Dispatch(::smithy_runtime::DispatchError),
}
::smithy_runtime::operation_error!(
    CreateUserError, [(EntityAlreadyExistsException, "EntityAlreadyExistsException" |
    "EntityAlreadyExists")]
);
static OPERATION: ::smithy_runtime::OperationMeta = ::smithy_runtime::OperationMeta {
    name: "CreateUser",
    retryable_errors: &[],
    http: ::smithy_runtime::HttpBinding::RPC,
    request_compression: &[],
    auth: ::smithy_runtime::Auth::SigV4,
};
impl crate::Client {
    ///  Modeled errors: [`EntityAlreadyExistsException`](crate::types::EntityAlreadyExistsException).
    pub async fn create_user(
        &self,
        input: crate::types::CreateUserRequest,
    ) -> Result<crate::types::CreateUserResponse, CreateUserError> {
        input
            .validate(self.handle.config().validate_constraints())
            .map_err(CreateUserError::Validation)?;
        Ok(
            self
                .handle
                .invoke::<crate::types::CreateUserResponse>(&OPERATION, &input)
                .await?,
        )
    }
}
