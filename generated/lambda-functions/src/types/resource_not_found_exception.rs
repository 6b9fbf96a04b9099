/// The function does not exist.
#[derive(Clone, PartialEq, Debug)]
#[cfg_attr(feature = "serde", derive(::serde::Serialize, ::serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "PascalCase"))]
#[non_exhaustive]
pub struct ResourceNotFoundException {
    pub r#type: Option<String>,
    pub message: Option<String>,
    /// What the response said besides the members: code, message, request id, HTTP status.
    #[cfg_attr(feature = "serde", serde(skip))]
    pub meta: ::smithy_runtime::types::ErrorMeta,
}
impl ResourceNotFoundException {
    /// A builder for [`ResourceNotFoundException`].
    pub fn builder() -> ResourceNotFoundExceptionBuilder {
        ResourceNotFoundExceptionBuilder::default()
    }
}
/// A builder for [`ResourceNotFoundException`]: a method per member, or set the public fields directly (for an `Option`).
#[derive(Clone, PartialEq, Default, Debug)]
#[non_exhaustive]
pub struct ResourceNotFoundExceptionBuilder {
    pub r#type: Option<String>,
    pub message: Option<String>,
}
#[allow(clippy::should_implement_trait)]
impl ResourceNotFoundExceptionBuilder {
    /// Builds the [`ResourceNotFoundException`].
    pub fn build(self) -> ResourceNotFoundException {
        ResourceNotFoundException {
            r#type: self.r#type,
            message: self.message,
            meta: ::std::default::Default::default(),
        }
    }
}
::smithy_runtime::setters!(
    ResourceNotFoundExceptionBuilder, [(r#type, String, "Type"), (message, String,
    "Message")]
);
use ::smithy_runtime::codec;
static SCHEMA: codec::Schema = codec::Schema::new(
    "ResourceNotFoundException",
    &[codec::Member::new("Type"), codec::Member::new("Message")],
);
::smithy_runtime::structure_codec!(
    ResourceNotFoundException, ResourceNotFoundExceptionBuilder, build, [r#type, message]
);
impl ::std::fmt::Display for ResourceNotFoundException {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self.message.as_deref().or_else(|| self.meta.message()) {
            Some(m) => write!(f, "ResourceNotFoundException: {}", m),
            None => f.write_str("ResourceNotFoundException"),
        }
    }
}
impl ::std::error::Error for ResourceNotFoundException {}
#[cfg(feature = "client")]
impl ::smithy_runtime::ModeledError for ResourceNotFoundException {
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
