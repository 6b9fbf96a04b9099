#[derive(Clone, PartialEq, Debug)]
#[cfg_attr(feature = "serde", derive(::serde::Serialize, ::serde::Deserialize))]
#[non_exhaustive]
pub struct PackedPolicyTooLargeException {
    pub message: Option<String>,
    /// What the response said besides the members: code, message, request id, HTTP status.
    #[cfg_attr(feature = "serde", serde(skip))]
    pub meta: ::smithy_runtime::types::ErrorMeta,
}
impl PackedPolicyTooLargeException {
    /// A builder for [`PackedPolicyTooLargeException`].
    pub fn builder() -> PackedPolicyTooLargeExceptionBuilder {
        PackedPolicyTooLargeExceptionBuilder::default()
    }
}
/// A builder for [`PackedPolicyTooLargeException`]: a method per member, or set the public fields directly (for an `Option`).
#[derive(Clone, PartialEq, Default, Debug)]
#[non_exhaustive]
pub struct PackedPolicyTooLargeExceptionBuilder {
    pub message: Option<String>,
}
#[allow(clippy::should_implement_trait)]
impl PackedPolicyTooLargeExceptionBuilder {
    /// Builds the [`PackedPolicyTooLargeException`].
    pub fn build(self) -> PackedPolicyTooLargeException {
        PackedPolicyTooLargeException {
            message: self.message,
            meta: ::std::default::Default::default(),
        }
    }
}
::smithy_runtime::setters!(
    PackedPolicyTooLargeExceptionBuilder, [(message, String, "message")]
);
use ::smithy_runtime::codec;
static SCHEMA: codec::Schema = codec::Schema::new(
    "PackedPolicyTooLargeException",
    &[codec::Member::new("message")],
);
::smithy_runtime::structure_codec!(
    PackedPolicyTooLargeException, PackedPolicyTooLargeExceptionBuilder, build, [message]
);
impl ::std::fmt::Display for PackedPolicyTooLargeException {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self.message.as_deref().or_else(|| self.meta.message()) {
            Some(m) => write!(f, "PackedPolicyTooLargeException: {}", m),
            None => f.write_str("PackedPolicyTooLargeException"),
        }
    }
}
impl ::std::error::Error for PackedPolicyTooLargeException {}
#[cfg(feature = "client")]
impl ::smithy_runtime::ModeledError for PackedPolicyTooLargeException {
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
