/// The requested resource does not exist.
#[derive(Clone, PartialEq, Debug)]
#[cfg_attr(feature = "serde", derive(::serde::Serialize, ::serde::Deserialize))]
#[non_exhaustive]
pub struct NotFoundException {
    pub message: Option<String>,
    /// What the response said besides the members: code, message, request id, HTTP status.
    #[cfg_attr(feature = "serde", serde(skip))]
    pub meta: ::smithy_runtime::types::ErrorMeta,
}
impl NotFoundException {
    /// A builder for [`NotFoundException`].
    pub fn builder() -> NotFoundExceptionBuilder {
        NotFoundExceptionBuilder::default()
    }
}
/// A builder for [`NotFoundException`]: a method per member, or set the public fields directly (for an `Option`).
#[derive(Clone, PartialEq, Default, Debug)]
#[non_exhaustive]
pub struct NotFoundExceptionBuilder {
    pub message: Option<String>,
}
#[allow(clippy::should_implement_trait)]
impl NotFoundExceptionBuilder {
    /// Builds the [`NotFoundException`].
    pub fn build(self) -> NotFoundException {
        NotFoundException {
            message: self.message,
            meta: ::std::default::Default::default(),
        }
    }
}
::smithy_runtime::setters!(NotFoundExceptionBuilder, [(message, String, "message")]);
use ::smithy_runtime::codec;
static SCHEMA: codec::Schema = codec::Schema::new(
    "NotFoundException",
    &[codec::Member::new("message")],
);
::smithy_runtime::structure_codec!(
    NotFoundException, NotFoundExceptionBuilder, build, [message]
);
impl ::std::fmt::Display for NotFoundException {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self.message.as_deref().or_else(|| self.meta.message()) {
            Some(m) => write!(f, "NotFoundException: {}", m),
            None => f.write_str("NotFoundException"),
        }
    }
}
impl ::std::error::Error for NotFoundException {}
#[cfg(feature = "client")]
impl ::smithy_runtime::ModeledError for NotFoundException {
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
