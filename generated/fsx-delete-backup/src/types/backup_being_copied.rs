/// The backup is being copied and cannot be deleted until the copy finishes.
#[derive(Clone, PartialEq, Debug)]
#[cfg_attr(feature = "serde", derive(::serde::Serialize, ::serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "PascalCase"))]
#[non_exhaustive]
pub struct BackupBeingCopied {
    pub message: Option<String>,
    /// The backup that is being copied.
    pub backup_id: Option<String>,
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
    /// Sets `Message`.
    pub fn message(mut self, value: impl Into<String>) -> Self {
        self.message = Some(value.into());
        self
    }
    /// Sets `BackupId`.
    pub fn backup_id(mut self, value: impl Into<String>) -> Self {
        self.backup_id = Some(value.into());
        self
    }
    /// Builds the [`BackupBeingCopied`].
    pub fn build(self) -> BackupBeingCopied {
        BackupBeingCopied {
            message: self.message,
            backup_id: self.backup_id,
        }
    }
}
use ::smithy_runtime::codec;
static SCHEMA: codec::Schema = codec::Schema::new(
    "BackupBeingCopied",
    &[codec::Member::new("Message"), codec::Member::new("BackupId")],
);
impl codec::WriteValue for BackupBeingCopied {
    fn write(&self, s: &mut dyn codec::Serializer) -> Result<(), codec::Error> {
        s.write_struct(&SCHEMA, &[&self.message, &self.backup_id])
    }
}
impl codec::ReadValue for BackupBeingCopied {
    fn read(d: &mut dyn codec::Deserializer) -> Result<Self, codec::Error> {
        let mut b = BackupBeingCopiedBuilder::default();
        d.read_struct(&SCHEMA, &mut [&mut b.message, &mut b.backup_id])?;
        Ok(b.build())
    }
}
impl ::std::fmt::Display for BackupBeingCopied {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self.message.as_deref() {
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
}
