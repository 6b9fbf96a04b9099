#[derive(Clone, PartialEq, Debug)]
#[cfg_attr(feature = "serde", derive(::serde::Serialize, ::serde::Deserialize))]
#[non_exhaustive]
pub struct ExpiredTokenException {
    pub message: Option<String>,
    /// What the response said besides the members: code, message, request id, HTTP status.
    #[cfg_attr(feature = "serde", serde(skip))]
    pub meta: ::smithy_runtime::types::ErrorMeta,
}
impl ExpiredTokenException {
    /// A builder for [`ExpiredTokenException`].
    pub fn builder() -> ExpiredTokenExceptionBuilder {
        ExpiredTokenExceptionBuilder::default()
    }
}
/// A builder for [`ExpiredTokenException`]: a method per member, or set the public fields directly (for an `Option`).
#[derive(Clone, PartialEq, Default, Debug)]
#[non_exhaustive]
pub struct ExpiredTokenExceptionBuilder {
    pub message: Option<String>,
}
#[allow(clippy::should_implement_trait)]
impl ExpiredTokenExceptionBuilder {
    /// Builds the [`ExpiredTokenException`].
    pub fn build(self) -> ExpiredTokenException {
        ExpiredTokenException {
            message: self.message,
            meta: ::std::default::Default::default(),
        }
    }
}
::smithy_runtime::setters!(ExpiredTokenExceptionBuilder, [(message, String, "message")]);
use ::smithy_runtime::codec;
static SCHEMA: codec::Schema = codec::Schema::new(
    "ExpiredTokenException",
    &[codec::Member::new("message")],
);
::smithy_runtime::structure_codec!(
    ExpiredTokenException, ExpiredTokenExceptionBuilder, build, [message]
);
impl ::std::fmt::Display for ExpiredTokenException {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self.message.as_deref().or_else(|| self.meta.message()) {
            Some(m) => write!(f, "ExpiredTokenException: {}", m),
            None => f.write_str("ExpiredTokenException"),
        }
    }
}
impl ::std::error::Error for ExpiredTokenException {}
#[cfg(feature = "client")]
impl ::smithy_runtime::ModeledError for ExpiredTokenException {
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
