#[derive(Clone, PartialEq, Debug)]
#[cfg_attr(feature = "serde", derive(::serde::Serialize, ::serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "PascalCase"))]
#[non_exhaustive]
pub struct LicenseConfiguration {
    pub license_configuration_arn: Option<String>,
}
impl LicenseConfiguration {
    /// A builder for [`LicenseConfiguration`].
    pub fn builder() -> LicenseConfigurationBuilder {
        LicenseConfigurationBuilder::default()
    }
}
/// A builder for [`LicenseConfiguration`]: a method per member, or set the public fields directly (for an `Option`).
#[derive(Clone, PartialEq, Default, Debug)]
#[non_exhaustive]
pub struct LicenseConfigurationBuilder {
    pub license_configuration_arn: Option<String>,
}
#[allow(clippy::should_implement_trait)]
impl LicenseConfigurationBuilder {
    /// Builds the [`LicenseConfiguration`].
    pub fn build(self) -> LicenseConfiguration {
        LicenseConfiguration {
            license_configuration_arn: self.license_configuration_arn,
        }
    }
}
::smithy_runtime::setters!(
    LicenseConfigurationBuilder, [(license_configuration_arn, String,
    "LicenseConfigurationArn")]
);
use ::smithy_runtime::codec;
static SCHEMA: codec::Schema = codec::Schema::new(
    "LicenseConfiguration",
    &[
        codec::Member::new("LicenseConfigurationArn")
            .xml("licenseConfigurationArn")
            .ec2_query("LicenseConfigurationArn"),
    ],
);
::smithy_runtime::structure_codec!(
    LicenseConfiguration, LicenseConfigurationBuilder, build, [license_configuration_arn]
);
