/// The backup is being used to restore a file system and cannot be deleted now.
#[derive(Clone, PartialEq, Debug)]
#[cfg_attr(feature = "serde", derive(::serde::Serialize, ::serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "PascalCase"))]
#[non_exhaustive]
pub struct BackupRestoring {
    pub message: Option<String>,
    /// The file system that is being restored from the backup.
    pub file_system_id: Option<String>,
    /// What the response said besides the members: code, message, request id, HTTP status.
    #[cfg_attr(feature = "serde", serde(skip))]
    pub meta: ::smithy_runtime::types::ErrorMeta,
}
impl BackupRestoring {
    /// A builder for [`BackupRestoring`].
    pub fn builder() -> BackupRestoringBuilder {
        BackupRestoringBuilder::default()
    }
}
/// A builder for [`BackupRestoring`]: a method per member, or set the public fields directly (for an `Option`).
#[derive(Clone, PartialEq, Default, Debug)]
#[non_exhaustive]
pub struct BackupRestoringBuilder {
    pub message: Option<String>,
    pub file_system_id: Option<String>,
}
#[allow(clippy::should_implement_trait)]
impl BackupRestoringBuilder {
    /// Builds the [`BackupRestoring`].
    pub fn build(self) -> BackupRestoring {
        BackupRestoring {
            message: self.message,
            file_system_id: self.file_system_id,
            meta: ::std::default::Default::default(),
        }
    }
}
::smithy_runtime::setters!(
    BackupRestoringBuilder, [(message, String, "Message"), (file_system_id, String,
    "FileSystemId")]
);
use ::smithy_runtime::codec;
static SCHEMA: codec::Schema = codec::Schema::new(
    "BackupRestoring",
    &[codec::Member::new("Message"), codec::Member::new("FileSystemId")],
);
::smithy_runtime::structure_codec!(
    BackupRestoring, BackupRestoringBuilder, build, [message, file_system_id]
);
impl ::std::fmt::Display for BackupRestoring {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self.message.as_deref().or_else(|| self.meta.message()) {
            Some(m) => write!(f, "BackupRestoring: {}", m),
            None => f.write_str("BackupRestoring"),
        }
    }
}
impl ::std::error::Error for BackupRestoring {}
#[cfg(feature = "client")]
impl ::smithy_runtime::ModeledError for BackupRestoring {
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
