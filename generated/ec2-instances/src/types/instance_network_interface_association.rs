#[derive(Clone, PartialEq, Debug)]
#[cfg_attr(feature = "serde", derive(::serde::Serialize, ::serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "PascalCase"))]
#[non_exhaustive]
pub struct InstanceNetworkInterfaceAssociation {
    pub carrier_ip: Option<String>,
    pub ip_owner_id: Option<String>,
    pub public_dns_name: Option<String>,
    pub public_ip: Option<String>,
}
impl InstanceNetworkInterfaceAssociation {
    /// A builder for [`InstanceNetworkInterfaceAssociation`].
    pub fn builder() -> InstanceNetworkInterfaceAssociationBuilder {
        InstanceNetworkInterfaceAssociationBuilder::default()
    }
}
/// A builder for [`InstanceNetworkInterfaceAssociation`]: a method per member, or set the public fields directly (for an `Option`).
#[derive(Clone, PartialEq, Default, Debug)]
#[non_exhaustive]
pub struct InstanceNetworkInterfaceAssociationBuilder {
    pub carrier_ip: Option<String>,
    pub ip_owner_id: Option<String>,
    pub public_dns_name: Option<String>,
    pub public_ip: Option<String>,
}
#[allow(clippy::should_implement_trait)]
impl InstanceNetworkInterfaceAssociationBuilder {
    /// Builds the [`InstanceNetworkInterfaceAssociation`].
    pub fn build(self) -> InstanceNetworkInterfaceAssociation {
        InstanceNetworkInterfaceAssociation {
            carrier_ip: self.carrier_ip,
            ip_owner_id: self.ip_owner_id,
            public_dns_name: self.public_dns_name,
            public_ip: self.public_ip,
        }
    }
}
::smithy_runtime::setters!(
    InstanceNetworkInterfaceAssociationBuilder, [(carrier_ip, String, "CarrierIp"),
    (ip_owner_id, String, "IpOwnerId"), (public_dns_name, String, "PublicDnsName"),
    (public_ip, String, "PublicIp")]
);
use ::smithy_runtime::codec;
static SCHEMA: codec::Schema = codec::Schema::new(
    "InstanceNetworkInterfaceAssociation",
    &[
        codec::Member::new("CarrierIp").xml("carrierIp").ec2_query("CarrierIp"),
        codec::Member::new("IpOwnerId").xml("ipOwnerId").ec2_query("IpOwnerId"),
        codec::Member::new("PublicDnsName")
            .xml("publicDnsName")
            .ec2_query("PublicDnsName"),
        codec::Member::new("PublicIp").xml("publicIp").ec2_query("PublicIp"),
    ],
);
::smithy_runtime::structure_codec!(
    InstanceNetworkInterfaceAssociation, InstanceNetworkInterfaceAssociationBuilder,
    build, [carrier_ip, ip_owner_id, public_dns_name, public_ip]
);
