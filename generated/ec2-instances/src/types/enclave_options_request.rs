#[derive(Clone, PartialEq, Debug)]
#[cfg_attr(feature = "serde", derive(::serde::Serialize, ::serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "PascalCase"))]
#[non_exhaustive]
pub struct EnclaveOptionsRequest {
    pub enabled: Option<bool>,
}
impl EnclaveOptionsRequest {
    /// A builder for [`EnclaveOptionsRequest`].
    pub fn builder() -> EnclaveOptionsRequestBuilder {
        EnclaveOptionsRequestBuilder::default()
    }
}
/// A builder for [`EnclaveOptionsRequest`]: a method per member, or set the public fields directly (for an `Option`).
#[derive(Clone, PartialEq, Default, Debug)]
#[non_exhaustive]
pub struct EnclaveOptionsRequestBuilder {
    pub enabled: Option<bool>,
}
#[allow(clippy::should_implement_trait)]
impl EnclaveOptionsRequestBuilder {
    /// Builds the [`EnclaveOptionsRequest`].
    pub fn build(self) -> EnclaveOptionsRequest {
        EnclaveOptionsRequest {
            enabled: self.enabled,
        }
    }
}
::smithy_runtime::setters!(EnclaveOptionsRequestBuilder, [(enabled, bool, "Enabled")]);
use ::smithy_runtime::codec;
static SCHEMA: codec::Schema = codec::Schema::new(
    "EnclaveOptionsRequest",
    &[codec::Member::new("Enabled")],
);
::smithy_runtime::structure_codec!(
    EnclaveOptionsRequest, EnclaveOptionsRequestBuilder, build, [enabled]
);
