#[derive(Clone, PartialEq, Debug)]
#[cfg_attr(feature = "serde", derive(::serde::Serialize, ::serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "PascalCase"))]
#[non_exhaustive]
pub struct ServiceException {
    pub r#type: Option<String>,
    pub message: Option<String>,
    /// What the response said besides the members: code, message, request id, HTTP status.
    #[cfg_attr(feature = "serde", serde(skip))]
    pub meta: ::smithy_runtime::types::ErrorMeta,
}
impl ServiceException {
    /// A builder for [`ServiceException`].
    pub fn builder() -> ServiceExceptionBuilder {
        ServiceExceptionBuilder::default()
    }
}
/// A builder for [`ServiceException`]: a method per member, or set the public fields directly (for an `Option`).
#[derive(Clone, PartialEq, Default, Debug)]
#[non_exhaustive]
pub struct ServiceExceptionBuilder {
    pub r#type: Option<String>,
    pub message: Option<String>,
}
#[allow(clippy::should_implement_trait)]
impl ServiceExceptionBuilder {
    /// Builds the [`ServiceException`].
    pub fn build(self) -> ServiceException {
        ServiceException {
            r#type: self.r#type,
            message: self.message,
            meta: ::std::default::Default::default(),
        }
    }
}
::smithy_runtime::setters!(
    ServiceExceptionBuilder, [(r#type, String, "Type"), (message, String, "Message")]
);
use ::smithy_runtime::codec;
static SCHEMA: codec::Schema = codec::Schema::new(
    "ServiceException",
    &[codec::Member::new("Type"), codec::Member::new("Message")],
);
::smithy_runtime::structure_codec!(
    ServiceException, ServiceExceptionBuilder, build, [r#type, message]
);
impl ::std::fmt::Display for ServiceException {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self.message.as_deref().or_else(|| self.meta.message()) {
            Some(m) => write!(f, "ServiceException: {}", m),
            None => f.write_str("ServiceException"),
        }
    }
}
impl ::std::error::Error for ServiceException {}
#[cfg(feature = "client")]
impl ::smithy_runtime::ModeledError for ServiceException {
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
