/// Amazon FSx failed on its side.
#[derive(Clone, PartialEq, Debug)]
#[cfg_attr(feature = "serde", derive(::serde::Serialize, ::serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "PascalCase"))]
#[non_exhaustive]
pub struct InternalServerError {
    pub message: Option<String>,
    /// What the response said besides the members: code, message, request id, HTTP status.
    #[cfg_attr(feature = "serde", serde(skip))]
    pub meta: ::smithy_runtime::types::ErrorMeta,
}
impl InternalServerError {
    /// A builder for [`InternalServerError`].
    pub fn builder() -> InternalServerErrorBuilder {
        InternalServerErrorBuilder::default()
    }
}
/// A builder for [`InternalServerError`]: a method per member, or set the public fields directly (for an `Option`).
#[derive(Clone, PartialEq, Default, Debug)]
#[non_exhaustive]
pub struct InternalServerErrorBuilder {
    pub message: Option<String>,
}
#[allow(clippy::should_implement_trait)]
impl InternalServerErrorBuilder {
    /// Builds the [`InternalServerError`].
    pub fn build(self) -> InternalServerError {
        InternalServerError {
            message: self.message,
            meta: ::std::default::Default::default(),
        }
    }
}
::smithy_runtime::setters!(InternalServerErrorBuilder, [(message, String, "Message")]);
use ::smithy_runtime::codec;
static SCHEMA: codec::Schema = codec::Schema::new(
    "InternalServerError",
    &[codec::Member::new("Message")],
);
::smithy_runtime::structure_codec!(
    InternalServerError, InternalServerErrorBuilder, build, [message]
);
impl ::std::fmt::Display for InternalServerError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self.message.as_deref().or_else(|| self.meta.message()) {
            Some(m) => write!(f, "InternalServerError: {}", m),
            None => f.write_str("InternalServerError"),
        }
    }
}
impl ::std::error::Error for InternalServerError {}
#[cfg(feature = "client")]
impl ::smithy_runtime::ModeledError for InternalServerError {
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
