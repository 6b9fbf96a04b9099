#[derive(Clone, PartialEq, Debug)]
#[cfg_attr(feature = "serde", derive(::serde::Serialize, ::serde::Deserialize))]
#[non_exhaustive]
pub struct ConflictException {
    pub message: Option<String>,
    /// What the response said besides the members: code, message, request id, HTTP status.
    #[cfg_attr(feature = "serde", serde(skip))]
    pub meta: ::smithy_runtime::types::ErrorMeta,
}
impl ConflictException {
    /// A builder for [`ConflictException`].
    pub fn builder() -> ConflictExceptionBuilder {
        ConflictExceptionBuilder::default()
    }
}
/// A builder for [`ConflictException`]: a method per member, or set the public fields directly (for an `Option`).
#[derive(Clone, PartialEq, Default, Debug)]
#[non_exhaustive]
pub struct ConflictExceptionBuilder {
    pub message: Option<String>,
}
#[allow(clippy::should_implement_trait)]
impl ConflictExceptionBuilder {
    /// Builds the [`ConflictException`].
    pub fn build(self) -> ConflictException {
        ConflictException {
            message: self.message,
            meta: ::std::default::Default::default(),
        }
    }
}
::smithy_runtime::setters!(ConflictExceptionBuilder, [(message, String, "message")]);
use ::smithy_runtime::codec;
static SCHEMA: codec::Schema = codec::Schema::new(
    "ConflictException",
    &[codec::Member::new("message")],
);
::smithy_runtime::structure_codec!(
    ConflictException, ConflictExceptionBuilder, build, [message]
);
impl ::std::fmt::Display for ConflictException {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self.message.as_deref().or_else(|| self.meta.message()) {
            Some(m) => write!(f, "ConflictException: {}", m),
            None => f.write_str("ConflictException"),
        }
    }
}
impl ::std::error::Error for ConflictException {}
#[cfg(feature = "client")]
impl ::smithy_runtime::ModeledError for ConflictException {
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
