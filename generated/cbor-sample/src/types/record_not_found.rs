#[derive(Clone, PartialEq, Debug)]
#[cfg_attr(feature = "serde", derive(::serde::Serialize, ::serde::Deserialize))]
#[non_exhaustive]
pub struct RecordNotFound {
    pub message: Option<String>,
    #[cfg_attr(feature = "serde", serde(rename = "Name"))]
    pub name: Option<String>,
    /// What the response said besides the members: code, message, request id, HTTP status.
    #[cfg_attr(feature = "serde", serde(skip))]
    pub meta: ::smithy_runtime::types::ErrorMeta,
}
impl RecordNotFound {
    /// A builder for [`RecordNotFound`].
    pub fn builder() -> RecordNotFoundBuilder {
        RecordNotFoundBuilder::default()
    }
}
/// A builder for [`RecordNotFound`]: a method per member, or set the public fields directly (for an `Option`).
#[derive(Clone, PartialEq, Default, Debug)]
#[non_exhaustive]
pub struct RecordNotFoundBuilder {
    pub message: Option<String>,
    pub name: Option<String>,
}
#[allow(clippy::should_implement_trait)]
impl RecordNotFoundBuilder {
    /// Builds the [`RecordNotFound`].
    pub fn build(self) -> RecordNotFound {
        RecordNotFound {
            message: self.message,
            name: self.name,
            meta: ::std::default::Default::default(),
        }
    }
}
::smithy_runtime::setters!(
    RecordNotFoundBuilder, [(message, String, "message"), (name, String, "Name")]
);
use ::smithy_runtime::codec;
static SCHEMA: codec::Schema = codec::Schema::new(
    "RecordNotFound",
    &[codec::Member::new("message"), codec::Member::new("Name")],
);
::smithy_runtime::structure_codec!(
    RecordNotFound, RecordNotFoundBuilder, build, [message, name]
);
impl ::std::fmt::Display for RecordNotFound {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self.message.as_deref().or_else(|| self.meta.message()) {
            Some(m) => write!(f, "RecordNotFound: {}", m),
            None => f.write_str("RecordNotFound"),
        }
    }
}
impl ::std::error::Error for RecordNotFound {}
#[cfg(feature = "client")]
impl ::smithy_runtime::ModeledError for RecordNotFound {
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
