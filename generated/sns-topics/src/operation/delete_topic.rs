/// Every way a call of `DeleteTopic` can fail.
#[derive(Debug)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum DeleteTopicError {
    /// A request parameter does not comply with the associated constraints.
    InvalidParameterException(crate::types::InvalidParameterException),
    /// The requested resource does not exist.
    NotFoundException(crate::types::NotFoundException),
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
    DeleteTopicError, [(InvalidParameterException, "InvalidParameterException" |
    "InvalidParameter"), (NotFoundException, "NotFoundException" | "NotFound")]
);
static OPERATION: ::smithy_runtime::OperationMeta = ::smithy_runtime::OperationMeta {
    name: "DeleteTopic",
    retryable_errors: &[],
    http: ::smithy_runtime::HttpBinding::RPC,
    request_compression: &[],
    auth: ::smithy_runtime::Auth::SigV4,
};
impl crate::Client {
    ///  Modeled errors: [`InvalidParameterException`](crate::types::InvalidParameterException), [`NotFoundException`](crate::types::NotFoundException).
    pub async fn delete_topic(
        &self,
        input: crate::types::DeleteTopicInput,
    ) -> Result<(), DeleteTopicError> {
        input
            .validate(self.handle.config().validate_constraints())
            .map_err(DeleteTopicError::Validation)?;
        Ok(self.handle.invoke::<()>(&OPERATION, &input).await?)
    }
}
