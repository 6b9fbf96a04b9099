/// The record broke a rule.
#[derive(Clone, PartialEq, Debug)]
#[cfg_attr(feature = "serde", derive(::serde::Serialize, ::serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "PascalCase"))]
#[non_exhaustive]
pub struct InvalidRecord {
    pub message: Option<String>,
    pub field: Option<String>,
    /// What the response said besides the members: code, message, request id, HTTP status.
    #[cfg_attr(feature = "serde", serde(skip))]
    pub meta: ::smithy_runtime::types::ErrorMeta,
}
impl InvalidRecord {
    /// A builder for [`InvalidRecord`].
    pub fn builder() -> InvalidRecordBuilder {
        InvalidRecordBuilder::default()
    }
}
/// A builder for [`InvalidRecord`]: a method per member, or set the public fields directly (for an `Option`).
#[derive(Clone, PartialEq, Default, Debug)]
#[non_exhaustive]
pub struct InvalidRecordBuilder {
    pub message: Option<String>,
    pub field: Option<String>,
}
#[allow(clippy::should_implement_trait)]
impl InvalidRecordBuilder {
    /// Builds the [`InvalidRecord`].
    pub fn build(self) -> InvalidRecord {
        InvalidRecord {
            message: self.message,
            field: self.field,
            meta: ::std::default::Default::default(),
        }
    }
}
::smithy_runtime::setters!(
    InvalidRecordBuilder, [(message, String, "Message"), (field, String, "Field")]
);
use ::smithy_runtime::codec;
static SCHEMA: codec::Schema = codec::Schema::new(
    "InvalidRecord",
    &[codec::Member::new("Message"), codec::Member::new("Field")],
);
::smithy_runtime::structure_codec!(
    InvalidRecord, InvalidRecordBuilder, build, [message, field]
);
impl ::std::fmt::Display for InvalidRecord {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self.message.as_deref().or_else(|| self.meta.message()) {
            Some(m) => write!(f, "InvalidRecord: {}", m),
            None => f.write_str("InvalidRecord"),
        }
    }
}
impl ::std::error::Error for InvalidRecord {}
#[cfg(feature = "client")]
impl ::smithy_runtime::ModeledError for InvalidRecord {
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
