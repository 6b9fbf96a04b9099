use super::protocol::Protocol;

/// What the runtime needs to know about a service; generated as a `static`.
#[derive(Debug)]
pub struct ServiceMeta {
    /// Human name used in error messages (`FSx`).
    pub sdk_id: &'static str,
    /// The service shape name, the `X-Amz-Target` prefix (`AWSSimbaAPIService_v20180301`).
    pub target_prefix: &'static str,
    /// The protocol the generated crate speaks (one of [`crate::protocol`]'s statics).
    pub protocol: &'static dyn Protocol,
    /// SigV4 signing name (`fsx`), unless the endpoint's auth scheme says otherwise.
    pub signing_name: &'static str,
    pub endpoint_prefix: &'static str,
    pub api_version: &'static str,
    /// `@awsQueryCompatible`: a service that moved from awsQuery and still names its errors by their
    /// `@awsQueryError` codes (in the `x-amzn-query-error` header); requests say `x-amzn-query-mode: true`.
    pub aws_query_compatible: bool,
    #[cfg(feature = "endpoints")]
    pub endpoint_rules: Option<&'static crate::endpoint::LazyRuleSet>,
}

/// What the runtime needs to know about one operation; generated as a `static`.
#[derive(Debug)]
pub struct OperationMeta {
    /// The operation shape name (`DeleteBackup`).
    pub name: &'static str,
    /// Error codes the model marks `@retryable`; retried like throttling/transient errors.
    pub retryable_errors: &'static [&'static str],
    /// `@requestCompression` encodings, in the model's order of preference (empty: never compressed).
    pub request_compression: &'static [&'static str],
}
