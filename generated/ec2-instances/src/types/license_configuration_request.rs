#[derive(Clone, PartialEq, Debug)]
#[cfg_attr(feature = "serde", derive(::serde::Serialize, ::serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "PascalCase"))]
#[non_exhaustive]
pub struct LicenseConfigurationRequest {
    pub license_configuration_arn: Option<String>,
}
impl LicenseConfigurationRequest {
    /// A builder for [`LicenseConfigurationRequest`].
    pub fn builder() -> LicenseConfigurationRequestBuilder {
        LicenseConfigurationRequestBuilder::default()
    }
}
/// A builder for [`LicenseConfigurationRequest`]: a method per member, or set the public fields directly (for an `Option`).
#[derive(Clone, PartialEq, Default, Debug)]
#[non_exhaustive]
pub struct LicenseConfigurationRequestBuilder {
    pub license_configuration_arn: Option<String>,
}
#[allow(clippy::should_implement_trait)]
impl LicenseConfigurationRequestBuilder {
    /// Builds the [`LicenseConfigurationRequest`].
    pub fn build(self) -> LicenseConfigurationRequest {
        LicenseConfigurationRequest {
            license_configuration_arn: self.license_configuration_arn,
        }
    }
}
::smithy_runtime::setters!(
    LicenseConfigurationRequestBuilder, [(license_configuration_arn, String,
    "LicenseConfigurationArn")]
);
use ::smithy_runtime::codec;
static SCHEMA: codec::Schema = codec::Schema::new(
    "LicenseConfigurationRequest",
    &[codec::Member::new("LicenseConfigurationArn")],
);
::smithy_runtime::structure_codec!(
    LicenseConfigurationRequest, LicenseConfigurationRequestBuilder, build,
    [license_configuration_arn]
);
