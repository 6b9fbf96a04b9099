#[derive(Clone, PartialEq, Debug)]
#[cfg_attr(feature = "serde", derive(::serde::Serialize, ::serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "PascalCase"))]
#[non_exhaustive]
pub struct InstanceIpv6Address {
    pub ipv6_address: Option<String>,
}
impl InstanceIpv6Address {
    /// A builder for [`InstanceIpv6Address`].
    pub fn builder() -> InstanceIpv6AddressBuilder {
        InstanceIpv6AddressBuilder::default()
    }
}
/// A builder for [`InstanceIpv6Address`]: a method per member, or set the public fields directly (for an `Option`).
#[derive(Clone, PartialEq, Default, Debug)]
#[non_exhaustive]
pub struct InstanceIpv6AddressBuilder {
    pub ipv6_address: Option<String>,
}
#[allow(clippy::should_implement_trait)]
impl InstanceIpv6AddressBuilder {
    /// Builds the [`InstanceIpv6Address`].
    pub fn build(self) -> InstanceIpv6Address {
        InstanceIpv6Address {
            ipv6_address: self.ipv6_address,
        }
    }
}
::smithy_runtime::setters!(
    InstanceIpv6AddressBuilder, [(ipv6_address, String, "Ipv6Address")]
);
use ::smithy_runtime::codec;
static SCHEMA: codec::Schema = codec::Schema::new(
    "InstanceIpv6Address",
    &[codec::Member::new("Ipv6Address").xml("ipv6Address").ec2_query("Ipv6Address")],
);
::smithy_runtime::structure_codec!(
    InstanceIpv6Address, InstanceIpv6AddressBuilder, build, [ipv6_address]
);
