/// Every way a call of `AssumeRole` can fail.
#[derive(Debug)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum AssumeRoleError {
    ExpiredTokenException(crate::types::ExpiredTokenException),
    MalformedPolicyDocumentException(crate::types::MalformedPolicyDocumentException),
    PackedPolicyTooLargeException(crate::types::PackedPolicyTooLargeException),
    RegionDisabledException(crate::types::RegionDisabledException),
    /// An error that STS returned and this model does not describe (code, message, request id and HTTP status are kept).
    Unmodeled(::smithy_runtime::ServiceError),
    /// The input was rejected before anything was sent (a required member is missing, or a constraint
    /// failed while constraint checks are on).
    Validation(::smithy_runtime::ValidationError),
    /// The request could not be sent or its response could not be read: transport, timeout,
    /// credentials, endpoint resolution, or a malformed response.
    Dispatch(::smithy_runtime::DispatchError),
}
::smithy_runtime::operation_error!(
    AssumeRoleError, [(ExpiredTokenException, "ExpiredTokenException"),
    (MalformedPolicyDocumentException, "MalformedPolicyDocumentException" |
    "MalformedPolicyDocument"), (PackedPolicyTooLargeException,
    "PackedPolicyTooLargeException" | "PackedPolicyTooLarge"), (RegionDisabledException,
    "RegionDisabledException")]
);
static OPERATION: ::smithy_runtime::OperationMeta = ::smithy_runtime::OperationMeta {
    name: "AssumeRole",
    retryable_errors: &[],
    http: ::smithy_runtime::HttpBinding::RPC,
    request_compression: &[],
    auth: ::smithy_runtime::Auth::SigV4,
};
impl crate::Client {
    ///  Modeled errors: [`ExpiredTokenException`](crate::types::ExpiredTokenException), [`MalformedPolicyDocumentException`](crate::types::MalformedPolicyDocumentException), [`PackedPolicyTooLargeException`](crate::types::PackedPolicyTooLargeException), [`RegionDisabledException`](crate::types::RegionDisabledException).
    pub async fn assume_role(
        &self,
        input: crate::types::AssumeRoleRequest,
    ) -> Result<crate::types::AssumeRoleResponse, AssumeRoleError> {
        input
            .validate(self.handle.config().validate_constraints())
            .map_err(AssumeRoleError::Validation)?;
        Ok(
            self
                .handle
                .invoke::<crate::types::AssumeRoleResponse>(&OPERATION, &input)
                .await?,
        )
    }
}
