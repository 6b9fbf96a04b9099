/// Every way a call of `GetRecord` can fail.
#[derive(Debug)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum GetRecordError {
    RecordNotFound(crate::types::RecordNotFound),
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
    GetRecordError, [(RecordNotFound, "RecordNotFound"), (ServiceFault, "ServiceFault")]
);
static OPERATION: ::smithy_runtime::OperationMeta = ::smithy_runtime::OperationMeta {
    name: "GetRecord",
    retryable_errors: &[],
    http: ::smithy_runtime::HttpBinding::RPC,
    request_compression: &[],
    endpoint_params: &[],
    auth: ::smithy_runtime::Auth::SigV4,
};
impl crate::Client {
    /// Reads a record back.
    ///
    ///  Modeled errors: [`RecordNotFound`](crate::types::RecordNotFound), [`ServiceFault`](crate::types::ServiceFault).
    pub async fn get_record(
        &self,
        input: crate::types::GetRecordInput,
    ) -> Result<crate::types::GetRecordOutput, GetRecordError> {
        input
            .validate(self.handle.config().validate_constraints())
            .map_err(GetRecordError::Validation)?;
        Ok(
            self
                .handle
                .invoke::<crate::types::GetRecordOutput>(&OPERATION, &input)
                .await?,
        )
    }
}
