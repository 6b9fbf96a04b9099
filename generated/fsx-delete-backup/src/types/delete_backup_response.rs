/// Output of `DeleteBackup`.
#[derive(Clone, PartialEq, Debug, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DeleteBackupResponse {
    /// The ID of the deleted backup.
    #[serde(rename = "BackupId", skip_serializing_if = "Option::is_none")]
    pub backup_id: Option<String>,
    /// Where the backup stands in its lifecycle; `DELETED` after a successful `DeleteBackup`.
    #[serde(rename = "Lifecycle", skip_serializing_if = "Option::is_none")]
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
    /// Sets `BackupId`.
    pub fn backup_id(mut self, value: impl Into<String>) -> Self {
        self.backup_id = Some(value.into());
        self
    }
    /// Sets `Lifecycle`.
    pub fn lifecycle(mut self, value: impl Into<crate::types::BackupLifecycle>) -> Self {
        self.lifecycle = Some(value.into());
        self
    }
    /// Builds the [`DeleteBackupResponse`].
    pub fn build(self) -> DeleteBackupResponse {
        DeleteBackupResponse {
            backup_id: self.backup_id,
            lifecycle: self.lifecycle,
        }
    }
}
