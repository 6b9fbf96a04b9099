/// Every way a call of `DoEverything` can fail.
#[derive(Debug)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum DoEverythingError {
    /// An error whose name is the same as a Rust prelude type.
    Error(crate::types::Error),
    /// The service failed; the call may succeed on retry.
    ServiceFault(crate::types::ServiceFault),
    /// Too many requests; retry after a back-off.
    ThrottledError(crate::types::ThrottledError),
    /// An error that Kitchen Sink returned and this model does not describe (code, message, request id and HTTP status are kept).
    Unmodeled(::smithy_runtime::ServiceError),
    /// The input was rejected before anything was sent (a required member is missing, or a constraint
    /// failed while constraint checks are on).
    Validation(::smithy_runtime::ValidationError),
    /// The request could not be sent or its response could not be read: transport, timeout,
    /// credentials, endpoint resolution, or a malformed response.
    Dispatch(::smithy_runtime::DispatchError),
}
::smithy_runtime::operation_error!(
    DoEverythingError, [(Error, "Error"), (ServiceFault, "ServiceFault"),
    (ThrottledError, "ThrottledError")]
);
static OPERATION: ::smithy_runtime::OperationMeta = ::smithy_runtime::OperationMeta {
    name: "DoEverything",
    retryable_errors: &["ServiceFault", "ThrottledError"],
    http: ::smithy_runtime::HttpBinding::RPC,
    request_compression: &[],
    endpoint_params: &[],
    auth: ::smithy_runtime::Auth::SigV4,
};
impl crate::Client {
    /// Echoes an `AllTypes` value back. Use it to round-trip every shape type through the serializer and the deserializer.
    ///
    ///  Modeled errors: [`Error`](crate::types::Error), [`ServiceFault`](crate::types::ServiceFault), [`ThrottledError`](crate::types::ThrottledError).
    pub async fn do_everything(
        &self,
        input: crate::types::DoEverythingInput,
    ) -> Result<crate::types::DoEverythingOutput, DoEverythingError> {
        input
            .validate(self.handle.config().validate_constraints())
            .map_err(DoEverythingError::Validation)?;
        Ok(
            self
                .handle
                .invoke::<crate::types::DoEverythingOutput>(&OPERATION, &input)
                .await?,
        )
    }
}
