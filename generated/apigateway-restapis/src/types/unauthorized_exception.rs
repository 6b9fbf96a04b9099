#[derive(Clone, PartialEq, Debug)]
#[cfg_attr(feature = "serde", derive(::serde::Serialize, ::serde::Deserialize))]
#[non_exhaustive]
pub struct UnauthorizedException {
    pub message: Option<String>,
    /// What the response said besides the members: code, message, request id, HTTP status.
    #[cfg_attr(feature = "serde", serde(skip))]
    pub meta: ::smithy_runtime::types::ErrorMeta,
}
impl UnauthorizedException {
    /// A builder for [`UnauthorizedException`].
    pub fn builder() -> UnauthorizedExceptionBuilder {
        UnauthorizedExceptionBuilder::default()
    }
}
/// A builder for [`UnauthorizedException`]: a method per member, or set the public fields directly (for an `Option`).
#[derive(Clone, PartialEq, Default, Debug)]
#[non_exhaustive]
pub struct UnauthorizedExceptionBuilder {
    pub message: Option<String>,
}
#[allow(clippy::should_implement_trait)]
impl UnauthorizedExceptionBuilder {
    /// Builds the [`UnauthorizedException`].
    pub fn build(self) -> UnauthorizedException {
        UnauthorizedException {
            message: self.message,
            meta: ::std::default::Default::default(),
        }
    }
}
::smithy_runtime::setters!(UnauthorizedExceptionBuilder, [(message, String, "message")]);
use ::smithy_runtime::codec;
static SCHEMA: codec::Schema = codec::Schema::new(
    "UnauthorizedException",
    &[codec::Member::new("message")],
);
::smithy_runtime::structure_codec!(
    UnauthorizedException, UnauthorizedExceptionBuilder, build, [message]
);
impl ::std::fmt::Display for UnauthorizedException {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self.message.as_deref().or_else(|| self.meta.message()) {
            Some(m) => write!(f, "UnauthorizedException: {}", m),
            None => f.write_str("UnauthorizedException"),
        }
    }
}
impl ::std::error::Error for UnauthorizedException {}
#[cfg(feature = "client")]
impl ::smithy_runtime::ModeledError for UnauthorizedException {
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
