/// A backup of this file system is already running; wait for it to finish before starting another.
#[derive(Clone, PartialEq, Debug, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct BackupInProgress {
    #[serde(rename = "Message", skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}
impl BackupInProgress {
    /// A builder for [`BackupInProgress`].
    pub fn builder() -> BackupInProgressBuilder {
        BackupInProgressBuilder::default()
    }
}
/// A builder for [`BackupInProgress`]: a method per member, or set the public fields directly (for an `Option`).
#[derive(Clone, PartialEq, Default, Debug)]
#[non_exhaustive]
pub struct BackupInProgressBuilder {
    pub message: Option<String>,
}
#[allow(clippy::should_implement_trait)]
impl BackupInProgressBuilder {
    /// Sets `Message`.
    pub fn message(mut self, value: impl Into<String>) -> Self {
        self.message = Some(value.into());
        self
    }
    /// Builds the [`BackupInProgress`].
    pub fn build(self) -> BackupInProgress {
        BackupInProgress {
            message: self.message,
        }
    }
}
impl ::std::fmt::Display for BackupInProgress {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self.message.as_deref() {
            Some(m) => write!(f, "BackupInProgress: {}", m),
            None => f.write_str("BackupInProgress"),
        }
    }
}
impl ::std::error::Error for BackupInProgress {}
#[cfg(feature = "client")]
impl ::smithy_runtime::json::ModeledError for BackupInProgress {
    fn fill_message(&mut self, message: Option<&str>) {
        if self.message.is_none() {
            self.message = message.map(ToOwned::to_owned);
        }
    }
}
