#[derive(Clone, PartialEq, Debug)]
#[cfg_attr(feature = "serde", derive(::serde::Serialize, ::serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "camelCase"))]
#[non_exhaustive]
pub struct TooManyRequestsException {
    pub retry_after_seconds: Option<String>,
    pub message: Option<String>,
    /// What the response said besides the members: code, message, request id, HTTP status.
    #[cfg_attr(feature = "serde", serde(skip))]
    pub meta: ::smithy_runtime::types::ErrorMeta,
}
impl TooManyRequestsException {
    /// A builder for [`TooManyRequestsException`].
    pub fn builder() -> TooManyRequestsExceptionBuilder {
        TooManyRequestsExceptionBuilder::default()
    }
}
/// A builder for [`TooManyRequestsException`]: a method per member, or set the public fields directly (for an `Option`).
#[derive(Clone, PartialEq, Default, Debug)]
#[non_exhaustive]
pub struct TooManyRequestsExceptionBuilder {
    pub retry_after_seconds: Option<String>,
    pub message: Option<String>,
}
#[allow(clippy::should_implement_trait)]
impl TooManyRequestsExceptionBuilder {
    /// Builds the [`TooManyRequestsException`].
    pub fn build(self) -> TooManyRequestsException {
        TooManyRequestsException {
            retry_after_seconds: self.retry_after_seconds,
            message: self.message,
            meta: ::std::default::Default::default(),
        }
    }
}
::smithy_runtime::setters!(
    TooManyRequestsExceptionBuilder, [(retry_after_seconds, String, "retryAfterSeconds"),
    (message, String, "message")]
);
use ::smithy_runtime::codec;
static SCHEMA: codec::Schema = codec::Schema::new(
    "TooManyRequestsException",
    &[
        codec::Member::new("retryAfterSeconds")
            .at(codec::Location::Header("Retry-After")),
        codec::Member::new("message"),
    ],
);
::smithy_runtime::structure_codec!(
    TooManyRequestsException, TooManyRequestsExceptionBuilder, build,
    [retry_after_seconds, message]
);
impl ::std::fmt::Display for TooManyRequestsException {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self.message.as_deref().or_else(|| self.meta.message()) {
            Some(m) => write!(f, "TooManyRequestsException: {}", m),
            None => f.write_str("TooManyRequestsException"),
        }
    }
}
impl ::std::error::Error for TooManyRequestsException {}
#[cfg(feature = "client")]
impl ::smithy_runtime::ModeledError for TooManyRequestsException {
    fn fill_message(&mut self, message: Option<&str>) {
        if self.message.is_none() {
            self.message = message.map(ToOwned::to_owned);
        }
    }
    fn set_meta(&mut self, meta: ::smithy_runtime::types::ErrorMeta) {
        self.meta = meta;
    }
    fn meta(&self) -> &::smithy_runtime::types::ErrorMeta {
        &self.meta
    }
}
