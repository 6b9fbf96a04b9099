#[derive(Clone, PartialEq, Debug)]
#[cfg_attr(feature = "serde", derive(::serde::Serialize, ::serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "PascalCase"))]
#[non_exhaustive]
pub struct EnclaveOptions {
    pub enabled: Option<bool>,
}
impl EnclaveOptions {
    /// A builder for [`EnclaveOptions`].
    pub fn builder() -> EnclaveOptionsBuilder {
        EnclaveOptionsBuilder::default()
    }
}
/// A builder for [`EnclaveOptions`]: a method per member, or set the public fields directly (for an `Option`).
#[derive(Clone, PartialEq, Default, Debug)]
#[non_exhaustive]
pub struct EnclaveOptionsBuilder {
    pub enabled: Option<bool>,
}
#[allow(clippy::should_implement_trait)]
impl EnclaveOptionsBuilder {
    /// Builds the [`EnclaveOptions`].
    pub fn build(self) -> EnclaveOptions {
        EnclaveOptions {
            enabled: self.enabled,
        }
    }
}
::smithy_runtime::setters!(EnclaveOptionsBuilder, [(enabled, bool, "Enabled")]);
use ::smithy_runtime::codec;
static SCHEMA: codec::Schema = codec::Schema::new(
    "EnclaveOptions",
    &[codec::Member::new("Enabled").xml("enabled").ec2_query("Enabled")],
);
::smithy_runtime::structure_codec!(
    EnclaveOptions, EnclaveOptionsBuilder, build, [enabled]
);
