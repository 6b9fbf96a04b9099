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
use ::smithy_runtime::codec;
static SCHEMA: codec::Schema = codec::Schema::new(
    "DeleteBackupResponse",
    &[codec::Member::new("BackupId"), codec::Member::new("Lifecycle")],
);
impl codec::WriteValue for DeleteBackupResponse {
    fn write(&self, s: &mut dyn codec::Serializer) -> Result<(), codec::Error> {
        s.write_struct(&SCHEMA, &[&self.backup_id, &self.lifecycle])
    }
}
impl codec::ReadValue for DeleteBackupResponse {
    fn read(d: &mut dyn codec::Deserializer) -> Result<Self, codec::Error> {
        let mut b = DeleteBackupResponseBuilder::default();
        d.read_struct(&SCHEMA, &mut [&mut b.backup_id, &mut b.lifecycle])?;
        Ok(b.build())
    }
}
