/// A backup of this file system is already running; wait for it to finish before starting another.
#[derive(Clone, PartialEq, Debug)]
#[cfg_attr(feature = "serde", derive(::serde::Serialize, ::serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "PascalCase"))]
#[non_exhaustive]
pub struct BackupInProgress {
    pub message: Option<String>,
    /// What the response said besides the members: code, message, request id, HTTP status.
    #[cfg_attr(feature = "serde", serde(skip))]
    pub meta: ::smithy_runtime::types::ErrorMeta,
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
    /// Builds the [`BackupInProgress`].
    pub fn build(self) -> BackupInProgress {
        BackupInProgress {
            message: self.message,
            meta: ::std::default::Default::default(),
        }
    }
}
::smithy_runtime::setters!(BackupInProgressBuilder, [(message, String, "Message")]);
use ::smithy_runtime::codec;
static SCHEMA: codec::Schema = codec::Schema::new(
    "BackupInProgress",
    &[codec::Member::new("Message")],
);
::smithy_runtime::structure_codec!(
    BackupInProgress, BackupInProgressBuilder, build, [message]
);
impl ::std::fmt::Display for BackupInProgress {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self.message.as_deref().or_else(|| self.meta.message()) {
            Some(m) => write!(f, "BackupInProgress: {}", m),
            None => f.write_str("BackupInProgress"),
        }
    }
}
impl ::std::error::Error for BackupInProgress {}
#[cfg(feature = "client")]
impl ::smithy_runtime::ModeledError for BackupInProgress {
    fn fill_message(&mut self, message: Option<&str>) {
        if self.message.is_none() {
            self.message = message.map(ToOwned::to_owned);
        }
    }
    fn set_meta(&mut self, meta: ::smithy_runtime::types::ErrorMeta) {
        self.meta = meta;
    }
    fn meta(&self) -> &::smithy_runtime::types::ErrorMeta {
        &self.meta
    }
}
