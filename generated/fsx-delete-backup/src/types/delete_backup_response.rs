/// Output of `DeleteBackup`.
#[derive(Clone, PartialEq, Debug, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DeleteBackupResponse {
    /// The ID of the deleted backup.
    #[serde(
        rename = "BackupId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub backup_id: ::std::option::Option<::std::string::String>,
    /// Where the backup stands in its lifecycle; `DELETED` after a successful `DeleteBackup`.
    #[serde(
        rename = "Lifecycle",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub lifecycle: ::std::option::Option<crate::types::BackupLifecycle>,
}
impl DeleteBackupResponse {
    /// A builder for [`DeleteBackupResponse`].
    pub fn builder() -> DeleteBackupResponseBuilder {
        DeleteBackupResponseBuilder::default()
    }
}
/// A builder for [`DeleteBackupResponse`].
#[derive(Clone, PartialEq, Default, Debug)]
#[non_exhaustive]
pub struct DeleteBackupResponseBuilder {
    backup_id: ::std::option::Option<::std::string::String>,
    lifecycle: ::std::option::Option<crate::types::BackupLifecycle>,
}
impl DeleteBackupResponseBuilder {
    /// Sets `BackupId`.
    pub fn backup_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.backup_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets or clears `BackupId`.
    pub fn set_backup_id(
        mut self,
        value: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.backup_id = value;
        self
    }
    /// Sets `Lifecycle`.
    pub fn lifecycle(
        mut self,
        value: impl ::std::convert::Into<crate::types::BackupLifecycle>,
    ) -> Self {
        self.lifecycle = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets or clears `Lifecycle`.
    pub fn set_lifecycle(
        mut self,
        value: ::std::option::Option<crate::types::BackupLifecycle>,
    ) -> Self {
        self.lifecycle = value;
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
