/// Every way a call of `PutThing` can fail.
#[derive(Debug)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum PutThingError {
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
::smithy_runtime::operation_error!(PutThingError, [(ThrottledError, "ThrottledError")]);
static OPERATION: ::smithy_runtime::OperationMeta = ::smithy_runtime::OperationMeta {
    name: "PutThing",
    retryable_errors: &["ThrottledError"],
    http: ::smithy_runtime::HttpBinding::RPC,
    request_compression: &["br", "gzip"],
    endpoint_params: &[],
    auth: ::smithy_runtime::Auth::SigV4,
};
impl crate::Client {
    /// Stores a thing under its ID, replacing any earlier one. Calls with the same `ClientToken` are carried out once.
    ///
    ///  Modeled errors: [`ThrottledError`](crate::types::ThrottledError).
    pub async fn put_thing(
        &self,
        mut input: crate::types::PutThingInput,
    ) -> Result<crate::types::PutThingOutput, PutThingError> {
        if input.client_token.is_none() {
            input.client_token = Some(self.handle.idempotency_token());
        }
        input
            .validate(self.handle.config().validate_constraints())
            .map_err(PutThingError::Validation)?;
        Ok(self.handle.invoke::<crate::types::PutThingOutput>(&OPERATION, &input).await?)
    }
}
