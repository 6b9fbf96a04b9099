/// Too many requests; retry after a back-off.
#[derive(Clone, PartialEq, Debug)]
#[cfg_attr(feature = "serde", derive(::serde::Serialize, ::serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "PascalCase"))]
#[non_exhaustive]
pub struct ThrottledError {
    pub message: Option<String>,
    /// What the response said besides the members: code, message, request id, HTTP status.
    #[cfg_attr(feature = "serde", serde(skip))]
    pub meta: ::smithy_runtime::types::ErrorMeta,
}
impl ThrottledError {
    /// A builder for [`ThrottledError`].
    pub fn builder() -> ThrottledErrorBuilder {
        ThrottledErrorBuilder::default()
    }
}
/// A builder for [`ThrottledError`]: a method per member, or set the public fields directly (for an `Option`).
#[derive(Clone, PartialEq, Default, Debug)]
#[non_exhaustive]
pub struct ThrottledErrorBuilder {
    pub message: Option<String>,
}
#[allow(clippy::should_implement_trait)]
impl ThrottledErrorBuilder {
    /// Builds the [`ThrottledError`].
    pub fn build(self) -> ThrottledError {
        ThrottledError {
            message: self.message,
            meta: ::std::default::Default::default(),
        }
    }
}
::smithy_runtime::setters!(ThrottledErrorBuilder, [(message, String, "Message")]);
use ::smithy_runtime::codec;
static SCHEMA: codec::Schema = codec::Schema::new(
    "ThrottledError",
    &[codec::Member::new("Message")],
);
::smithy_runtime::structure_codec!(
    ThrottledError, ThrottledErrorBuilder, build, [message]
);
impl ::std::fmt::Display for ThrottledError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self.message.as_deref().or_else(|| self.meta.message()) {
            Some(m) => write!(f, "ThrottledError: {}", m),
            None => f.write_str("ThrottledError"),
        }
    }
}
impl ::std::error::Error for ThrottledError {}
#[cfg(feature = "client")]
impl ::smithy_runtime::ModeledError for ThrottledError {
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
