/// The named entity does not exist.
#[derive(Clone, PartialEq, Debug)]
#[cfg_attr(feature = "serde", derive(::serde::Serialize, ::serde::Deserialize))]
#[non_exhaustive]
pub struct NoSuchEntityException {
    pub message: Option<String>,
    /// What the response said besides the members: code, message, request id, HTTP status.
    #[cfg_attr(feature = "serde", serde(skip))]
    pub meta: ::smithy_runtime::types::ErrorMeta,
}
impl NoSuchEntityException {
    /// A builder for [`NoSuchEntityException`].
    pub fn builder() -> NoSuchEntityExceptionBuilder {
        NoSuchEntityExceptionBuilder::default()
    }
}
/// A builder for [`NoSuchEntityException`]: a method per member, or set the public fields directly (for an `Option`).
#[derive(Clone, PartialEq, Default, Debug)]
#[non_exhaustive]
pub struct NoSuchEntityExceptionBuilder {
    pub message: Option<String>,
}
#[allow(clippy::should_implement_trait)]
impl NoSuchEntityExceptionBuilder {
    /// Builds the [`NoSuchEntityException`].
    pub fn build(self) -> NoSuchEntityException {
        NoSuchEntityException {
            message: self.message,
            meta: ::std::default::Default::default(),
        }
    }
}
::smithy_runtime::setters!(NoSuchEntityExceptionBuilder, [(message, String, "message")]);
use ::smithy_runtime::codec;
static SCHEMA: codec::Schema = codec::Schema::new(
    "NoSuchEntityException",
    &[codec::Member::new("message")],
);
::smithy_runtime::structure_codec!(
    NoSuchEntityException, NoSuchEntityExceptionBuilder, build, [message]
);
impl ::std::fmt::Display for NoSuchEntityException {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self.message.as_deref().or_else(|| self.meta.message()) {
            Some(m) => write!(f, "NoSuchEntityException: {}", m),
            None => f.write_str("NoSuchEntityException"),
        }
    }
}
impl ::std::error::Error for NoSuchEntityException {}
#[cfg(feature = "client")]
impl ::smithy_runtime::ModeledError for NoSuchEntityException {
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
