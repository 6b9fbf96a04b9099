/// The backup is being copied and cannot be deleted until the copy finishes.
#[derive(Clone, PartialEq, Debug, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct BackupBeingCopied {
    #[serde(rename = "Message", skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// The backup that is being copied.
    #[serde(rename = "BackupId", skip_serializing_if = "Option::is_none")]
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
impl ::smithy_runtime::json::ModeledError for BackupBeingCopied {
    fn fill_message(&mut self, message: Option<&str>) {
        if self.message.is_none() {
            self.message = message.map(ToOwned::to_owned);
        }
    }
}
