/// No backup matches the given ID or filters.
#[derive(Clone, PartialEq, Debug)]
#[cfg_attr(feature = "serde", derive(::serde::Serialize, ::serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "PascalCase"))]
#[non_exhaustive]
pub struct BackupNotFound {
    pub message: Option<String>,
    /// What the response said besides the members: code, message, request id, HTTP status.
    #[cfg_attr(feature = "serde", serde(skip))]
    pub meta: ::smithy_runtime::types::ErrorMeta,
}
impl BackupNotFound {
    /// A builder for [`BackupNotFound`].
    pub fn builder() -> BackupNotFoundBuilder {
        BackupNotFoundBuilder::default()
    }
}
/// A builder for [`BackupNotFound`]: a method per member, or set the public fields directly (for an `Option`).
#[derive(Clone, PartialEq, Default, Debug)]
#[non_exhaustive]
pub struct BackupNotFoundBuilder {
    pub message: Option<String>,
}
#[allow(clippy::should_implement_trait)]
impl BackupNotFoundBuilder {
    /// Builds the [`BackupNotFound`].
    pub fn build(self) -> BackupNotFound {
        BackupNotFound {
            message: self.message,
            meta: ::std::default::Default::default(),
        }
    }
}
::smithy_runtime::setters!(BackupNotFoundBuilder, [(message, String, "Message")]);
use ::smithy_runtime::codec;
static SCHEMA: codec::Schema = codec::Schema::new(
    "BackupNotFound",
    &[codec::Member::new("Message")],
);
::smithy_runtime::structure_codec!(
    BackupNotFound, BackupNotFoundBuilder, build, [message]
);
impl ::std::fmt::Display for BackupNotFound {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self.message.as_deref().or_else(|| self.meta.message()) {
            Some(m) => write!(f, "BackupNotFound: {}", m),
            None => f.write_str("BackupNotFound"),
        }
    }
}
impl ::std::error::Error for BackupNotFound {}
#[cfg(feature = "client")]
impl ::smithy_runtime::ModeledError for BackupNotFound {
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
