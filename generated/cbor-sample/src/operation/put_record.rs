/// Every way a call of `PutRecord` can fail.
#[derive(Debug)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum PutRecordError {
    /// The record broke a rule.
    InvalidRecord(crate::types::InvalidRecord),
    ServiceFault(crate::types::ServiceFault),
    /// An error that Cbor Sample returned and this model does not describe (code, message, request id and HTTP status are kept).
    Unmodeled(::smithy_runtime::ServiceError),
    /// The input was rejected before anything was sent (a required member is missing, or a constraint
    /// failed while constraint checks are on).
    Validation(::smithy_runtime::ValidationError),
    /// The request could not be sent or its response could not be read: transport, timeout,
    /// credentials, endpoint resolution, or a malformed response.
    Dispatch(::smithy_runtime::DispatchError),
}
::smithy_runtime::operation_error!(
    PutRecordError, [(InvalidRecord, "InvalidRecord"), (ServiceFault, "ServiceFault")]
);
static OPERATION: ::smithy_runtime::OperationMeta = ::smithy_runtime::OperationMeta {
    name: "PutRecord",
    retryable_errors: &[],
    http: ::smithy_runtime::HttpBinding::RPC,
    request_compression: &[],
    endpoint_params: &[],
    auth: ::smithy_runtime::Auth::SigV4,
};
impl crate::Client {
    /// Stores a record; the output echoes what the server read.
    ///
    ///  Modeled errors: [`InvalidRecord`](crate::types::InvalidRecord), [`ServiceFault`](crate::types::ServiceFault).
    pub async fn put_record(
        &self,
        mut input: crate::types::PutRecordInput,
    ) -> Result<crate::types::PutRecordOutput, PutRecordError> {
        if input.token.is_none() {
            input.token = Some(self.handle.idempotency_token());
        }
        input
            .validate(self.handle.config().validate_constraints())
            .map_err(PutRecordError::Validation)?;
        Ok(
            self
                .handle
                .invoke::<crate::types::PutRecordOutput>(&OPERATION, &input)
                .await?,
        )
    }
}
