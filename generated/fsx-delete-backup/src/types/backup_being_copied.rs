/// The backup is being copied and cannot be deleted until the copy finishes.
#[derive(Clone, PartialEq, Debug)]
#[cfg_attr(feature = "serde", derive(::serde::Serialize, ::serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "PascalCase"))]
#[non_exhaustive]
pub struct BackupBeingCopied {
    pub message: Option<String>,
    /// The backup that is being copied.
    pub backup_id: Option<String>,
    /// What the response said besides the members: code, message, request id, HTTP status.
    #[cfg_attr(feature = "serde", serde(skip))]
    pub meta: ::smithy_runtime::types::ErrorMeta,
}
impl BackupBeingCopied {
    /// A builder for [`BackupBeingCopied`].
    pub fn builder() -> BackupBeingCopiedBuilder {
        BackupBeingCopiedBuilder::default()
    }
}
/// A builder for [`BackupBeingCopied`]: a method per member, or set the public fields directly (for an `Option`).
#[derive(Clone, PartialEq, Default, Debug)]
#[non_exhaustive]
pub struct BackupBeingCopiedBuilder {
    pub message: Option<String>,
    pub backup_id: Option<String>,
}
#[allow(clippy::should_implement_trait)]
impl BackupBeingCopiedBuilder {
    /// Builds the [`BackupBeingCopied`].
    pub fn build(self) -> BackupBeingCopied {
        BackupBeingCopied {
            message: self.message,
            backup_id: self.backup_id,
            meta: ::std::default::Default::default(),
        }
    }
}
::smithy_runtime::setters!(
    BackupBeingCopiedBuilder, [(message, String, "Message"), (backup_id, String,
    "BackupId")]
);
use ::smithy_runtime::codec;
static SCHEMA: codec::Schema = codec::Schema::new(
    "BackupBeingCopied",
    &[codec::Member::new("Message"), codec::Member::new("BackupId")],
);
::smithy_runtime::structure_codec!(
    BackupBeingCopied, BackupBeingCopiedBuilder, build, [message, backup_id]
);
impl ::std::fmt::Display for BackupBeingCopied {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self.message.as_deref().or_else(|| self.meta.message()) {
            Some(m) => write!(f, "BackupBeingCopied: {}", m),
            None => f.write_str("BackupBeingCopied"),
        }
    }
}
impl ::std::error::Error for BackupBeingCopied {}
#[cfg(feature = "client")]
impl ::smithy_runtime::ModeledError for BackupBeingCopied {
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
