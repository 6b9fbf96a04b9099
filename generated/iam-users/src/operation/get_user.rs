/// Every way a call of `GetUser` can fail.
#[derive(Debug)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum GetUserError {
    /// The named entity does not exist.
    NoSuchEntityException(crate::types::NoSuchEntityException),
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
    GetUserError, [(NoSuchEntityException, "NoSuchEntityException" | "NoSuchEntity")]
);
static OPERATION: ::smithy_runtime::OperationMeta = ::smithy_runtime::OperationMeta {
    name: "GetUser",
    retryable_errors: &[],
    http: ::smithy_runtime::HttpBinding::RPC,
    request_compression: &[],
    auth: ::smithy_runtime::Auth::SigV4,
};
impl crate::Client {
    ///  Modeled errors: [`NoSuchEntityException`](crate::types::NoSuchEntityException).
    pub async fn get_user(
        &self,
        input: crate::types::GetUserRequest,
    ) -> Result<crate::types::GetUserResponse, GetUserError> {
        input
            .validate(self.handle.config().validate_constraints())
            .map_err(GetUserError::Validation)?;
        Ok(
            self
                .handle
                .invoke::<crate::types::GetUserResponse>(&OPERATION, &input)
                .await?,
        )
    }
}
