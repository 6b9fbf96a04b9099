/// Every way a call of `CreateTopic` can fail.
#[derive(Debug)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum CreateTopicError {
    /// A request parameter does not comply with the associated constraints.
    InvalidParameterException(crate::types::InvalidParameterException),
    /// An error that SNS returned and this model does not describe (code, message, request id and HTTP status are kept).
    Unmodeled(::smithy_runtime::ServiceError),
    /// The input was rejected before anything was sent (a required member is missing, or a constraint
    /// failed while constraint checks are on).
    Validation(::smithy_runtime::ValidationError),
    /// The request could not be sent or its response could not be read: transport, timeout,
    /// credentials, endpoint resolution, or a malformed response.
    Dispatch(::smithy_runtime::DispatchError),
}
::smithy_runtime::operation_error!(
    CreateTopicError, [(InvalidParameterException, "InvalidParameterException" |
    "InvalidParameter")]
);
static OPERATION: ::smithy_runtime::OperationMeta = ::smithy_runtime::OperationMeta {
    name: "CreateTopic",
    retryable_errors: &[],
    http: ::smithy_runtime::HttpBinding::RPC,
    request_compression: &[],
    auth: ::smithy_runtime::Auth::SigV4,
};
impl crate::Client {
    ///  Modeled errors: [`InvalidParameterException`](crate::types::InvalidParameterException).
    pub async fn create_topic(
        &self,
        input: crate::types::CreateTopicInput,
    ) -> Result<crate::types::CreateTopicResponse, CreateTopicError> {
        input
            .validate(self.handle.config().validate_constraints())
            .map_err(CreateTopicError::Validation)?;
        Ok(
            self
                .handle
                .invoke::<crate::types::CreateTopicResponse>(&OPERATION, &input)
                .await?,
        )
    }
}
