#[derive(Clone, PartialEq, Debug)]
#[cfg_attr(feature = "serde", derive(::serde::Serialize, ::serde::Deserialize))]
#[non_exhaustive]
pub struct MalformedPolicyDocumentException {
    pub message: Option<String>,
    /// What the response said besides the members: code, message, request id, HTTP status.
    #[cfg_attr(feature = "serde", serde(skip))]
    pub meta: ::smithy_runtime::types::ErrorMeta,
}
impl MalformedPolicyDocumentException {
    /// A builder for [`MalformedPolicyDocumentException`].
    pub fn builder() -> MalformedPolicyDocumentExceptionBuilder {
        MalformedPolicyDocumentExceptionBuilder::default()
    }
}
/// A builder for [`MalformedPolicyDocumentException`]: a method per member, or set the public fields directly (for an `Option`).
#[derive(Clone, PartialEq, Default, Debug)]
#[non_exhaustive]
pub struct MalformedPolicyDocumentExceptionBuilder {
    pub message: Option<String>,
}
#[allow(clippy::should_implement_trait)]
impl MalformedPolicyDocumentExceptionBuilder {
    /// Builds the [`MalformedPolicyDocumentException`].
    pub fn build(self) -> MalformedPolicyDocumentException {
        MalformedPolicyDocumentException {
            message: self.message,
            meta: ::std::default::Default::default(),
        }
    }
}
::smithy_runtime::setters!(
    MalformedPolicyDocumentExceptionBuilder, [(message, String, "message")]
);
use ::smithy_runtime::codec;
static SCHEMA: codec::Schema = codec::Schema::new(
    "MalformedPolicyDocumentException",
    &[codec::Member::new("message")],
);
::smithy_runtime::structure_codec!(
    MalformedPolicyDocumentException, MalformedPolicyDocumentExceptionBuilder, build,
    [message]
);
impl ::std::fmt::Display for MalformedPolicyDocumentException {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self.message.as_deref().or_else(|| self.meta.message()) {
            Some(m) => write!(f, "MalformedPolicyDocumentException: {}", m),
            None => f.write_str("MalformedPolicyDocumentException"),
        }
    }
}
impl ::std::error::Error for MalformedPolicyDocumentException {}
#[cfg(feature = "client")]
impl ::smithy_runtime::ModeledError for MalformedPolicyDocumentException {
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
