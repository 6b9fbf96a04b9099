/// An error whose name is the same as a Rust prelude type.
#[derive(Clone, PartialEq, Debug)]
#[cfg_attr(feature = "serde", derive(::serde::Serialize, ::serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "PascalCase"))]
#[non_exhaustive]
pub struct Error {
    pub message: Option<String>,
    /// An extra member beyond `Message`.
    pub reason: Option<String>,
    /// What the response said besides the members: code, message, request id, HTTP status.
    #[cfg_attr(feature = "serde", serde(skip))]
    pub meta: ::smithy_runtime::types::ErrorMeta,
}
impl Error {
    /// A builder for [`Error`].
    pub fn builder() -> ErrorBuilder {
        ErrorBuilder::default()
    }
}
/// A builder for [`Error`]: a method per member, or set the public fields directly (for an `Option`).
#[derive(Clone, PartialEq, Default, Debug)]
#[non_exhaustive]
pub struct ErrorBuilder {
    pub message: Option<String>,
    pub reason: Option<String>,
}
#[allow(clippy::should_implement_trait)]
impl ErrorBuilder {
    /// Builds the [`Error`].
    pub fn build(self) -> Error {
        Error {
            message: self.message,
            reason: self.reason,
            meta: ::std::default::Default::default(),
        }
    }
}
::smithy_runtime::setters!(
    ErrorBuilder, [(message, String, "Message"), (reason, String, "Reason")]
);
use ::smithy_runtime::codec;
static SCHEMA: codec::Schema = codec::Schema::new(
    "Error",
    &[codec::Member::new("Message"), codec::Member::new("Reason")],
);
::smithy_runtime::structure_codec!(Error, ErrorBuilder, build, [message, reason]);
impl ::std::fmt::Display for Error {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self.message.as_deref().or_else(|| self.meta.message()) {
            Some(m) => write!(f, "Error: {}", m),
            None => f.write_str("Error"),
        }
    }
}
impl ::std::error::Error for Error {}
#[cfg(feature = "client")]
impl ::smithy_runtime::ModeledError for Error {
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
