/// A request parameter does not comply with the associated constraints.
#[derive(Clone, PartialEq, Debug)]
#[cfg_attr(feature = "serde", derive(::serde::Serialize, ::serde::Deserialize))]
#[non_exhaustive]
pub struct InvalidParameterException {
    pub message: Option<String>,
    /// What the response said besides the members: code, message, request id, HTTP status.
    #[cfg_attr(feature = "serde", serde(skip))]
    pub meta: ::smithy_runtime::types::ErrorMeta,
}
impl InvalidParameterException {
    /// A builder for [`InvalidParameterException`].
    pub fn builder() -> InvalidParameterExceptionBuilder {
        InvalidParameterExceptionBuilder::default()
    }
}
/// A builder for [`InvalidParameterException`]: a method per member, or set the public fields directly (for an `Option`).
#[derive(Clone, PartialEq, Default, Debug)]
#[non_exhaustive]
pub struct InvalidParameterExceptionBuilder {
    pub message: Option<String>,
}
#[allow(clippy::should_implement_trait)]
impl InvalidParameterExceptionBuilder {
    /// Builds the [`InvalidParameterException`].
    pub fn build(self) -> InvalidParameterException {
        InvalidParameterException {
            message: self.message,
            meta: ::std::default::Default::default(),
        }
    }
}
::smithy_runtime::setters!(
    InvalidParameterExceptionBuilder, [(message, String, "message")]
);
use ::smithy_runtime::codec;
static SCHEMA: codec::Schema = codec::Schema::new(
    "InvalidParameterException",
    &[codec::Member::new("message")],
);
::smithy_runtime::structure_codec!(
    InvalidParameterException, InvalidParameterExceptionBuilder, build, [message]
);
impl ::std::fmt::Display for InvalidParameterException {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self.message.as_deref().or_else(|| self.meta.message()) {
            Some(m) => write!(f, "InvalidParameterException: {}", m),
            None => f.write_str("InvalidParameterException"),
        }
    }
}
impl ::std::error::Error for InvalidParameterException {}
#[cfg(feature = "client")]
impl ::smithy_runtime::ModeledError for InvalidParameterException {
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
