/// No backup matches the given ID or filters.
#[derive(Clone, PartialEq, Debug, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct BackupNotFound {
    #[serde(rename = "Message", skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}
impl BackupNotFound {
    /// A builder for [`BackupNotFound`].
    pub fn builder() -> BackupNotFoundBuilder {
        BackupNotFoundBuilder::default()
    }
}
/// A builder for [`BackupNotFound`]: a method per member, or set the public fields directly (for an `Option`).
#[derive(Clone, PartialEq, Default, Debug)]
#[non_exhaustive]
pub struct BackupNotFoundBuilder {
    pub message: Option<String>,
}
#[allow(clippy::should_implement_trait)]
impl BackupNotFoundBuilder {
    /// Sets `Message`.
    pub fn message(mut self, value: impl Into<String>) -> Self {
        self.message = Some(value.into());
        self
    }
    /// Builds the [`BackupNotFound`].
    pub fn build(self) -> BackupNotFound {
        BackupNotFound {
            message: self.message,
        }
    }
}
impl ::std::fmt::Display for BackupNotFound {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self.message.as_deref() {
            Some(m) => write!(f, "BackupNotFound: {}", m),
            None => f.write_str("BackupNotFound"),
        }
    }
}
impl ::std::error::Error for BackupNotFound {}
#[cfg(feature = "client")]
impl ::smithy_runtime::json::ModeledError for BackupNotFound {
    fn fill_message(&mut self, message: Option<&str>) {
        if self.message.is_none() {
            self.message = message.map(ToOwned::to_owned);
        }
    }
}
