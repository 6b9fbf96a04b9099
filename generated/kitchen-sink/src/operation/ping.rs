/// Every way a call of `Ping` can fail.
#[derive(Debug)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum PingError {
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
::smithy_runtime::operation_error!(PingError, [(ThrottledError, "ThrottledError")]);
static OPERATION: ::smithy_runtime::OperationMeta = ::smithy_runtime::OperationMeta {
    name: "Ping",
    retryable_errors: &["ThrottledError"],
    http: ::smithy_runtime::HttpBinding::RPC,
    request_compression: &[],
    endpoint_params: &[],
    auth: ::smithy_runtime::Auth::SigV4,
};
impl crate::Client {
    /// Takes no input. Handy as a health check.
    ///
    ///  Modeled errors: [`ThrottledError`](crate::types::ThrottledError).
    pub async fn ping(&self) -> Result<crate::types::PingOutput, PingError> {
        let host_prefix = ::smithy_runtime::expand_host_prefix("ping.", &[])
            .map_err(PingError::Validation)?;
        Ok(
            self
                .handle
                .invoke_with_host_prefix::<
                    crate::types::PingOutput,
                >(&OPERATION, &(), Some(host_prefix))
                .await?,
        )
    }
}
