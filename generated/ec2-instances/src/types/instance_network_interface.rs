#[derive(Clone, PartialEq, Debug)]
#[cfg_attr(feature = "serde", derive(::serde::Serialize, ::serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "PascalCase"))]
#[non_exhaustive]
pub struct InstanceNetworkInterface {
    pub association: Option<crate::types::InstanceNetworkInterfaceAssociation>,
    pub attachment: Option<crate::types::InstanceNetworkInterfaceAttachment>,
    pub description: Option<String>,
    pub groups: Option<Vec<crate::types::GroupIdentifier>>,
    pub ipv6_addresses: Option<Vec<crate::types::InstanceIpv6Address>>,
    pub mac_address: Option<String>,
    pub network_interface_id: Option<String>,
    pub owner_id: Option<String>,
    pub private_dns_name: Option<String>,
    pub private_ip_address: Option<String>,
    pub private_ip_addresses: Option<Vec<crate::types::InstancePrivateIpAddress>>,
    pub source_dest_check: Option<bool>,
    pub status: Option<crate::types::NetworkInterfaceStatus>,
    pub subnet_id: Option<String>,
    pub vpc_id: Option<String>,
    pub interface_type: Option<String>,
}
impl InstanceNetworkInterface {
    /// A builder for [`InstanceNetworkInterface`].
    pub fn builder() -> InstanceNetworkInterfaceBuilder {
        InstanceNetworkInterfaceBuilder::default()
    }
}
/// A builder for [`InstanceNetworkInterface`]: a method per member, or set the public fields directly (for an `Option`).
#[derive(Clone, PartialEq, Default, Debug)]
#[non_exhaustive]
pub struct InstanceNetworkInterfaceBuilder {
    pub association: Option<crate::types::InstanceNetworkInterfaceAssociation>,
    pub attachment: Option<crate::types::InstanceNetworkInterfaceAttachment>,
    pub description: Option<String>,
    pub groups: Option<Vec<crate::types::GroupIdentifier>>,
    pub ipv6_addresses: Option<Vec<crate::types::InstanceIpv6Address>>,
    pub mac_address: Option<String>,
    pub network_interface_id: Option<String>,
    pub owner_id: Option<String>,
    pub private_dns_name: Option<String>,
    pub private_ip_address: Option<String>,
    pub private_ip_addresses: Option<Vec<crate::types::InstancePrivateIpAddress>>,
    pub source_dest_check: Option<bool>,
    pub status: Option<crate::types::NetworkInterfaceStatus>,
    pub subnet_id: Option<String>,
    pub vpc_id: Option<String>,
    pub interface_type: Option<String>,
}
#[allow(clippy::should_implement_trait)]
impl InstanceNetworkInterfaceBuilder {
    /// Builds the [`InstanceNetworkInterface`].
    pub fn build(self) -> InstanceNetworkInterface {
        InstanceNetworkInterface {
            association: self.association,
            attachment: self.attachment,
            description: self.description,
            groups: self.groups,
            ipv6_addresses: self.ipv6_addresses,
            mac_address: self.mac_address,
            network_interface_id: self.network_interface_id,
            owner_id: self.owner_id,
            private_dns_name: self.private_dns_name,
            private_ip_address: self.private_ip_address,
            private_ip_addresses: self.private_ip_addresses,
            source_dest_check: self.source_dest_check,
            status: self.status,
            subnet_id: self.subnet_id,
            vpc_id: self.vpc_id,
            interface_type: self.interface_type,
        }
    }
}
::smithy_runtime::setters!(
    InstanceNetworkInterfaceBuilder, [(association, crate
    ::types::InstanceNetworkInterfaceAssociation, "Association"), (attachment, crate
    ::types::InstanceNetworkInterfaceAttachment, "Attachment"), (description, String,
    "Description"), (groups, Vec:: < crate ::types::GroupIdentifier >, "Groups"),
    (ipv6_addresses, Vec:: < crate ::types::InstanceIpv6Address >, "Ipv6Addresses"),
    (mac_address, String, "MacAddress"), (network_interface_id, String,
    "NetworkInterfaceId"), (owner_id, String, "OwnerId"), (private_dns_name, String,
    "PrivateDnsName"), (private_ip_address, String, "PrivateIpAddress"),
    (private_ip_addresses, Vec:: < crate ::types::InstancePrivateIpAddress >,
    "PrivateIpAddresses"), (source_dest_check, bool, "SourceDestCheck"), (status, crate
    ::types::NetworkInterfaceStatus, "Status"), (subnet_id, String, "SubnetId"), (vpc_id,
    String, "VpcId"), (interface_type, String, "InterfaceType")]
);
use ::smithy_runtime::codec;
static SCHEMA: codec::Schema = codec::Schema::new(
    "InstanceNetworkInterface",
    &[
        codec::Member::new("Association").xml("association").ec2_query("Association"),
        codec::Member::new("Attachment").xml("attachment").ec2_query("Attachment"),
        codec::Member::new("Description").xml("description").ec2_query("Description"),
        codec::Member::new("Groups")
            .xml("groupSet")
            .xml_item("item")
            .ec2_query("GroupSet"),
        codec::Member::new("Ipv6Addresses")
            .xml("ipv6AddressesSet")
            .xml_item("item")
            .ec2_query("Ipv6AddressesSet"),
        codec::Member::new("MacAddress").xml("macAddress").ec2_query("MacAddress"),
        codec::Member::new("NetworkInterfaceId")
            .xml("networkInterfaceId")
            .ec2_query("NetworkInterfaceId"),
        codec::Member::new("OwnerId").xml("ownerId").ec2_query("OwnerId"),
        codec::Member::new("PrivateDnsName")
            .xml("privateDnsName")
            .ec2_query("PrivateDnsName"),
        codec::Member::new("PrivateIpAddress")
            .xml("privateIpAddress")
            .ec2_query("PrivateIpAddress"),
        codec::Member::new("PrivateIpAddresses")
            .xml("privateIpAddressesSet")
            .xml_item("item")
            .ec2_query("PrivateIpAddressesSet"),
        codec::Member::new("SourceDestCheck")
            .xml("sourceDestCheck")
            .ec2_query("SourceDestCheck"),
        codec::Member::new("Status").xml("status").ec2_query("Status"),
        codec::Member::new("SubnetId").xml("subnetId").ec2_query("SubnetId"),
        codec::Member::new("VpcId").xml("vpcId").ec2_query("VpcId"),
        codec::Member::new("InterfaceType")
            .xml("interfaceType")
            .ec2_query("InterfaceType"),
    ],
);
::smithy_runtime::structure_codec!(
    InstanceNetworkInterface, InstanceNetworkInterfaceBuilder, build, [association,
    attachment, description, groups, ipv6_addresses, mac_address, network_interface_id,
    owner_id, private_dns_name, private_ip_address, private_ip_addresses,
    source_dest_check, status, subnet_id, vpc_id, interface_type]
);
