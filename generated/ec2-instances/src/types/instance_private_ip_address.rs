#[derive(Clone, PartialEq, Debug)]
#[cfg_attr(feature = "serde", derive(::serde::Serialize, ::serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "PascalCase"))]
#[non_exhaustive]
pub struct InstancePrivateIpAddress {
    pub association: Option<crate::types::InstanceNetworkInterfaceAssociation>,
    pub primary: Option<bool>,
    pub private_dns_name: Option<String>,
    pub private_ip_address: Option<String>,
}
impl InstancePrivateIpAddress {
    /// A builder for [`InstancePrivateIpAddress`].
    pub fn builder() -> InstancePrivateIpAddressBuilder {
        InstancePrivateIpAddressBuilder::default()
    }
}
/// A builder for [`InstancePrivateIpAddress`]: a method per member, or set the public fields directly (for an `Option`).
#[derive(Clone, PartialEq, Default, Debug)]
#[non_exhaustive]
pub struct InstancePrivateIpAddressBuilder {
    pub association: Option<crate::types::InstanceNetworkInterfaceAssociation>,
    pub primary: Option<bool>,
    pub private_dns_name: Option<String>,
    pub private_ip_address: Option<String>,
}
#[allow(clippy::should_implement_trait)]
impl InstancePrivateIpAddressBuilder {
    /// Builds the [`InstancePrivateIpAddress`].
    pub fn build(self) -> InstancePrivateIpAddress {
        InstancePrivateIpAddress {
            association: self.association,
            primary: self.primary,
            private_dns_name: self.private_dns_name,
            private_ip_address: self.private_ip_address,
        }
    }
}
::smithy_runtime::setters!(
    InstancePrivateIpAddressBuilder, [(association, crate
    ::types::InstanceNetworkInterfaceAssociation, "Association"), (primary, bool,
    "Primary"), (private_dns_name, String, "PrivateDnsName"), (private_ip_address,
    String, "PrivateIpAddress")]
);
use ::smithy_runtime::codec;
static SCHEMA: codec::Schema = codec::Schema::new(
    "InstancePrivateIpAddress",
    &[
        codec::Member::new("Association").xml("association").ec2_query("Association"),
        codec::Member::new("Primary").xml("primary").ec2_query("Primary"),
        codec::Member::new("PrivateDnsName")
            .xml("privateDnsName")
            .ec2_query("PrivateDnsName"),
        codec::Member::new("PrivateIpAddress")
            .xml("privateIpAddress")
            .ec2_query("PrivateIpAddress"),
    ],
);
::smithy_runtime::structure_codec!(
    InstancePrivateIpAddress, InstancePrivateIpAddressBuilder, build, [association,
    primary, private_dns_name, private_ip_address]
);
