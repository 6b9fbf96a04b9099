#[derive(Clone, PartialEq, Debug)]
#[cfg_attr(feature = "serde", derive(::serde::Serialize, ::serde::Deserialize))]
#[non_exhaustive]
pub struct BadRequestException {
    pub message: Option<String>,
    /// What the response said besides the members: code, message, request id, HTTP status.
    #[cfg_attr(feature = "serde", serde(skip))]
    pub meta: ::smithy_runtime::types::ErrorMeta,
}
impl BadRequestException {
    /// A builder for [`BadRequestException`].
    pub fn builder() -> BadRequestExceptionBuilder {
        BadRequestExceptionBuilder::default()
    }
}
/// A builder for [`BadRequestException`]: a method per member, or set the public fields directly (for an `Option`).
#[derive(Clone, PartialEq, Default, Debug)]
#[non_exhaustive]
pub struct BadRequestExceptionBuilder {
    pub message: Option<String>,
}
#[allow(clippy::should_implement_trait)]
impl BadRequestExceptionBuilder {
    /// Builds the [`BadRequestException`].
    pub fn build(self) -> BadRequestException {
        BadRequestException {
            message: self.message,
            meta: ::std::default::Default::default(),
        }
    }
}
::smithy_runtime::setters!(BadRequestExceptionBuilder, [(message, String, "message")]);
use ::smithy_runtime::codec;
static SCHEMA: codec::Schema = codec::Schema::new(
    "BadRequestException",
    &[codec::Member::new("message")],
);
::smithy_runtime::structure_codec!(
    BadRequestException, BadRequestExceptionBuilder, build, [message]
);
impl ::std::fmt::Display for BadRequestException {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self.message.as_deref().or_else(|| self.meta.message()) {
            Some(m) => write!(f, "BadRequestException: {}", m),
            None => f.write_str("BadRequestException"),
        }
    }
}
impl ::std::error::Error for BadRequestException {}
#[cfg(feature = "client")]
impl ::smithy_runtime::ModeledError for BadRequestException {
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
