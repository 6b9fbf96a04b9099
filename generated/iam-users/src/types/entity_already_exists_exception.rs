/// An entity with that name exists already.
#[derive(Clone, PartialEq, Debug)]
#[cfg_attr(feature = "serde", derive(::serde::Serialize, ::serde::Deserialize))]
#[non_exhaustive]
pub struct EntityAlreadyExistsException {
    pub message: Option<String>,
    /// What the response said besides the members: code, message, request id, HTTP status.
    #[cfg_attr(feature = "serde", serde(skip))]
    pub meta: ::smithy_runtime::types::ErrorMeta,
}
impl EntityAlreadyExistsException {
    /// A builder for [`EntityAlreadyExistsException`].
    pub fn builder() -> EntityAlreadyExistsExceptionBuilder {
        EntityAlreadyExistsExceptionBuilder::default()
    }
}
/// A builder for [`EntityAlreadyExistsException`]: a method per member, or set the public fields directly (for an `Option`).
#[derive(Clone, PartialEq, Default, Debug)]
#[non_exhaustive]
pub struct EntityAlreadyExistsExceptionBuilder {
    pub message: Option<String>,
}
#[allow(clippy::should_implement_trait)]
impl EntityAlreadyExistsExceptionBuilder {
    /// Builds the [`EntityAlreadyExistsException`].
    pub fn build(self) -> EntityAlreadyExistsException {
        EntityAlreadyExistsException {
            message: self.message,
            meta: ::std::default::Default::default(),
        }
    }
}
::smithy_runtime::setters!(
    EntityAlreadyExistsExceptionBuilder, [(message, String, "message")]
);
use ::smithy_runtime::codec;
static SCHEMA: codec::Schema = codec::Schema::new(
    "EntityAlreadyExistsException",
    &[codec::Member::new("message")],
);
::smithy_runtime::structure_codec!(
    EntityAlreadyExistsException, EntityAlreadyExistsExceptionBuilder, build, [message]
);
impl ::std::fmt::Display for EntityAlreadyExistsException {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self.message.as_deref().or_else(|| self.meta.message()) {
            Some(m) => write!(f, "EntityAlreadyExistsException: {}", m),
            None => f.write_str("EntityAlreadyExistsException"),
        }
    }
}
impl ::std::error::Error for EntityAlreadyExistsException {}
#[cfg(feature = "client")]
impl ::smithy_runtime::ModeledError for EntityAlreadyExistsException {
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
