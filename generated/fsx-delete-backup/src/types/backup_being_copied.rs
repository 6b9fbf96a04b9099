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
/// A builder for [`BackupBeingCopied`].
#[derive(Clone, PartialEq, Default, Debug)]
#[non_exhaustive]
pub struct BackupBeingCopiedBuilder {
    message: Option<String>,
    backup_id: Option<String>,
}
#[allow(clippy::should_implement_trait)]
impl BackupBeingCopiedBuilder {
    /// Sets `Message`.
    pub fn message(mut self, value: impl Into<String>) -> Self {
        self.message = Some(value.into());
        self
    }
    /// Sets or clears `Message`.
    pub fn set_message(mut self, value: Option<String>) -> Self {
        self.message = value;
        self
    }
    /// Sets `BackupId`.
    pub fn backup_id(mut self, value: impl Into<String>) -> Self {
        self.backup_id = Some(value.into());
        self
    }
    /// Sets or clears `BackupId`.
    pub fn set_backup_id(mut self, value: Option<String>) -> Self {
        self.backup_id = value;
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
