/// Every way a call of `GetCallerIdentity` can fail.
#[derive(Debug)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum GetCallerIdentityError {
    /// An error that STS returned and this model does not describe (code, message, request id and HTTP status are kept).
    Unmodeled(::smithy_runtime::ServiceError),
    /// The input was rejected before anything was sent (a required member is missing, or a constraint
    /// failed while constraint checks are on).
    Validation(::smithy_runtime::ValidationError),
    /// The request could not be sent or its response could not be read: transport, timeout,
    /// credentials, endpoint resolution, or a malformed response.
    Dispatch(::smithy_runtime::DispatchError),
}
::smithy_runtime::operation_error!(GetCallerIdentityError, []);
static OPERATION: ::smithy_runtime::OperationMeta = ::smithy_runtime::OperationMeta {
    name: "GetCallerIdentity",
    retryable_errors: &[],
    http: ::smithy_runtime::HttpBinding::RPC,
    request_compression: &[],
    auth: ::smithy_runtime::Auth::SigV4,
};
impl crate::Client {
    pub async fn get_caller_identity(
        &self,
        input: crate::types::GetCallerIdentityRequest,
    ) -> Result<crate::types::GetCallerIdentityResponse, GetCallerIdentityError> {
        input
            .validate(self.handle.config().validate_constraints())
            .map_err(GetCallerIdentityError::Validation)?;
        Ok(
            self
                .handle
                .invoke::<crate::types::GetCallerIdentityResponse>(&OPERATION, &input)
                .await?,
        )
    }
}
