#[derive(Clone, PartialEq, Debug)]
#[cfg_attr(feature = "serde", derive(::serde::Serialize, ::serde::Deserialize))]
#[non_exhaustive]
pub struct InvalidParameterValueException {
    #[cfg_attr(feature = "serde", serde(rename = "Type"))]
    pub r#type: Option<String>,
    pub message: Option<String>,
    /// What the response said besides the members: code, message, request id, HTTP status.
    #[cfg_attr(feature = "serde", serde(skip))]
    pub meta: ::smithy_runtime::types::ErrorMeta,
}
impl InvalidParameterValueException {
    /// A builder for [`InvalidParameterValueException`].
    pub fn builder() -> InvalidParameterValueExceptionBuilder {
        InvalidParameterValueExceptionBuilder::default()
    }
}
/// A builder for [`InvalidParameterValueException`]: a method per member, or set the public fields directly (for an `Option`).
#[derive(Clone, PartialEq, Default, Debug)]
#[non_exhaustive]
pub struct InvalidParameterValueExceptionBuilder {
    pub r#type: Option<String>,
    pub message: Option<String>,
}
#[allow(clippy::should_implement_trait)]
impl InvalidParameterValueExceptionBuilder {
    /// Builds the [`InvalidParameterValueException`].
    pub fn build(self) -> InvalidParameterValueException {
        InvalidParameterValueException {
            r#type: self.r#type,
            message: self.message,
            meta: ::std::default::Default::default(),
        }
    }
}
::smithy_runtime::setters!(
    InvalidParameterValueExceptionBuilder, [(r#type, String, "Type"), (message, String,
    "message")]
);
use ::smithy_runtime::codec;
static SCHEMA: codec::Schema = codec::Schema::new(
    "InvalidParameterValueException",
    &[codec::Member::new("Type"), codec::Member::new("message")],
);
::smithy_runtime::structure_codec!(
    InvalidParameterValueException, InvalidParameterValueExceptionBuilder, build,
    [r#type, message]
);
impl ::std::fmt::Display for InvalidParameterValueException {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self.message.as_deref().or_else(|| self.meta.message()) {
            Some(m) => write!(f, "InvalidParameterValueException: {}", m),
            None => f.write_str("InvalidParameterValueException"),
        }
    }
}
impl ::std::error::Error for InvalidParameterValueException {}
#[cfg(feature = "client")]
impl ::smithy_runtime::ModeledError for InvalidParameterValueException {
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
