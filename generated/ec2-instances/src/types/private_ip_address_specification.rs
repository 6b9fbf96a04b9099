#[derive(Clone, PartialEq, Debug)]
#[cfg_attr(feature = "serde", derive(::serde::Serialize, ::serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "PascalCase"))]
#[non_exhaustive]
pub struct PrivateIpAddressSpecification {
    pub primary: Option<bool>,
    pub private_ip_address: Option<String>,
}
impl PrivateIpAddressSpecification {
    /// A builder for [`PrivateIpAddressSpecification`].
    pub fn builder() -> PrivateIpAddressSpecificationBuilder {
        PrivateIpAddressSpecificationBuilder::default()
    }
}
/// A builder for [`PrivateIpAddressSpecification`]: a method per member, or set the public fields directly (for an `Option`).
#[derive(Clone, PartialEq, Default, Debug)]
#[non_exhaustive]
pub struct PrivateIpAddressSpecificationBuilder {
    pub primary: Option<bool>,
    pub private_ip_address: Option<String>,
}
#[allow(clippy::should_implement_trait)]
impl PrivateIpAddressSpecificationBuilder {
    /// Builds the [`PrivateIpAddressSpecification`].
    pub fn build(self) -> PrivateIpAddressSpecification {
        PrivateIpAddressSpecification {
            primary: self.primary,
            private_ip_address: self.private_ip_address,
        }
    }
}
::smithy_runtime::setters!(
    PrivateIpAddressSpecificationBuilder, [(primary, bool, "Primary"),
    (private_ip_address, String, "PrivateIpAddress")]
);
use ::smithy_runtime::codec;
static SCHEMA: codec::Schema = codec::Schema::new(
    "PrivateIpAddressSpecification",
    &[
        codec::Member::new("Primary").xml("primary").ec2_query("Primary"),
        codec::Member::new("PrivateIpAddress")
            .xml("privateIpAddress")
            .ec2_query("PrivateIpAddress"),
    ],
);
::smithy_runtime::structure_codec!(
    PrivateIpAddressSpecification, PrivateIpAddressSpecificationBuilder, build, [primary,
    private_ip_address]
);
