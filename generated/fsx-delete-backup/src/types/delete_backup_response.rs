/// Output of `DeleteBackup`.
#[derive(Clone, PartialEq, Debug)]
#[cfg_attr(feature = "serde", derive(::serde::Serialize, ::serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "PascalCase"))]
#[non_exhaustive]
pub struct DeleteBackupResponse {
    /// The ID of the deleted backup.
    pub backup_id: Option<String>,
    /// Where the backup stands in its lifecycle; `DELETED` after a successful `DeleteBackup`.
    pub lifecycle: Option<crate::types::BackupLifecycle>,
}
impl DeleteBackupResponse {
    /// A builder for [`DeleteBackupResponse`].
    pub fn builder() -> DeleteBackupResponseBuilder {
        DeleteBackupResponseBuilder::default()
    }
}
/// A builder for [`DeleteBackupResponse`]: a method per member, or set the public fields directly (for an `Option`).
#[derive(Clone, PartialEq, Default, Debug)]
#[non_exhaustive]
pub struct DeleteBackupResponseBuilder {
    pub backup_id: Option<String>,
    pub lifecycle: Option<crate::types::BackupLifecycle>,
}
#[allow(clippy::should_implement_trait)]
impl DeleteBackupResponseBuilder {
    /// Builds the [`DeleteBackupResponse`].
    pub fn build(self) -> DeleteBackupResponse {
        DeleteBackupResponse {
            backup_id: self.backup_id,
            lifecycle: self.lifecycle,
        }
    }
}
::smithy_runtime::setters!(
    DeleteBackupResponseBuilder, [(backup_id, String, "BackupId"), (lifecycle, crate
    ::types::BackupLifecycle, "Lifecycle")]
);
use ::smithy_runtime::codec;
static SCHEMA: codec::Schema = codec::Schema::new(
    "DeleteBackupResponse",
    &[codec::Member::new("BackupId"), codec::Member::new("Lifecycle")],
);
::smithy_runtime::structure_codec!(
    DeleteBackupResponse, DeleteBackupResponseBuilder, build, [backup_id, lifecycle]
);
