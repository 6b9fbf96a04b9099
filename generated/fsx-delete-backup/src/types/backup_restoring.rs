/// The backup is being used to restore a file system and cannot be deleted now.
#[derive(Clone, PartialEq, Debug)]
#[cfg_attr(feature = "serde", derive(::serde::Serialize, ::serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "PascalCase"))]
#[non_exhaustive]
pub struct BackupRestoring {
    pub message: Option<String>,
    /// The file system that is being restored from the backup.
    pub file_system_id: Option<String>,
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
    /// Sets `Message`.
    pub fn message(mut self, value: impl Into<String>) -> Self {
        self.message = Some(value.into());
        self
    }
    /// Sets `FileSystemId`.
    pub fn file_system_id(mut self, value: impl Into<String>) -> Self {
        self.file_system_id = Some(value.into());
        self
    }
    /// Builds the [`BackupRestoring`].
    pub fn build(self) -> BackupRestoring {
        BackupRestoring {
            message: self.message,
            file_system_id: self.file_system_id,
        }
    }
}
use ::smithy_runtime::codec;
static SCHEMA: codec::Schema = codec::Schema::new(
    "BackupRestoring",
    &[codec::Member::new("Message"), codec::Member::new("FileSystemId")],
);
impl codec::WriteValue for BackupRestoring {
    fn write(&self, s: &mut dyn codec::Serializer) -> Result<(), codec::Error> {
        s.write_struct(&SCHEMA, &[&self.message, &self.file_system_id])
    }
}
impl codec::ReadValue for BackupRestoring {
    fn read(d: &mut dyn codec::Deserializer) -> Result<Self, codec::Error> {
        let mut b = BackupRestoringBuilder::default();
        d.read_struct(&SCHEMA, &mut [&mut b.message, &mut b.file_system_id])?;
        Ok(b.build())
    }
}
impl ::std::fmt::Display for BackupRestoring {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self.message.as_deref() {
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
}
