#[derive(Clone, PartialEq, Debug)]
#[cfg_attr(feature = "serde", derive(::serde::Serialize, ::serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "PascalCase"))]
#[non_exhaustive]
pub struct InstanceNetworkInterfaceSpecification {
    pub associate_public_ip_address: Option<bool>,
    pub delete_on_termination: Option<bool>,
    pub description: Option<String>,
    pub device_index: Option<i32>,
    pub groups: Option<Vec<String>>,
    pub ipv6_address_count: Option<i32>,
    pub ipv6_addresses: Option<Vec<crate::types::InstanceIpv6Address>>,
    pub network_interface_id: Option<String>,
    pub private_ip_address: Option<String>,
    pub private_ip_addresses: Option<Vec<crate::types::PrivateIpAddressSpecification>>,
    pub secondary_private_ip_address_count: Option<i32>,
    pub subnet_id: Option<String>,
    pub associate_carrier_ip_address: Option<bool>,
    pub interface_type: Option<String>,
    pub network_card_index: Option<i32>,
}
impl InstanceNetworkInterfaceSpecification {
    /// A builder for [`InstanceNetworkInterfaceSpecification`].
    pub fn builder() -> InstanceNetworkInterfaceSpecificationBuilder {
        InstanceNetworkInterfaceSpecificationBuilder::default()
    }
}
/// A builder for [`InstanceNetworkInterfaceSpecification`]: a method per member, or set the public fields directly (for an `Option`).
#[derive(Clone, PartialEq, Default, Debug)]
#[non_exhaustive]
pub struct InstanceNetworkInterfaceSpecificationBuilder {
    pub associate_public_ip_address: Option<bool>,
    pub delete_on_termination: Option<bool>,
    pub description: Option<String>,
    pub device_index: Option<i32>,
    pub groups: Option<Vec<String>>,
    pub ipv6_address_count: Option<i32>,
    pub ipv6_addresses: Option<Vec<crate::types::InstanceIpv6Address>>,
    pub network_interface_id: Option<String>,
    pub private_ip_address: Option<String>,
    pub private_ip_addresses: Option<Vec<crate::types::PrivateIpAddressSpecification>>,
    pub secondary_private_ip_address_count: Option<i32>,
    pub subnet_id: Option<String>,
    pub associate_carrier_ip_address: Option<bool>,
    pub interface_type: Option<String>,
    pub network_card_index: Option<i32>,
}
#[allow(clippy::should_implement_trait)]
impl InstanceNetworkInterfaceSpecificationBuilder {
    /// Builds the [`InstanceNetworkInterfaceSpecification`].
    pub fn build(self) -> InstanceNetworkInterfaceSpecification {
        InstanceNetworkInterfaceSpecification {
            associate_public_ip_address: self.associate_public_ip_address,
            delete_on_termination: self.delete_on_termination,
            description: self.description,
            device_index: self.device_index,
            groups: self.groups,
            ipv6_address_count: self.ipv6_address_count,
            ipv6_addresses: self.ipv6_addresses,
            network_interface_id: self.network_interface_id,
            private_ip_address: self.private_ip_address,
            private_ip_addresses: self.private_ip_addresses,
            secondary_private_ip_address_count: self.secondary_private_ip_address_count,
            subnet_id: self.subnet_id,
            associate_carrier_ip_address: self.associate_carrier_ip_address,
            interface_type: self.interface_type,
            network_card_index: self.network_card_index,
        }
    }
}
::smithy_runtime::setters!(
    InstanceNetworkInterfaceSpecificationBuilder, [(associate_public_ip_address, bool,
    "AssociatePublicIpAddress"), (delete_on_termination, bool, "DeleteOnTermination"),
    (description, String, "Description"), (device_index, i32, "DeviceIndex"), (groups,
    Vec:: < String >, "Groups"), (ipv6_address_count, i32, "Ipv6AddressCount"),
    (ipv6_addresses, Vec:: < crate ::types::InstanceIpv6Address >, "Ipv6Addresses"),
    (network_interface_id, String, "NetworkInterfaceId"), (private_ip_address, String,
    "PrivateIpAddress"), (private_ip_addresses, Vec:: < crate
    ::types::PrivateIpAddressSpecification >, "PrivateIpAddresses"),
    (secondary_private_ip_address_count, i32, "SecondaryPrivateIpAddressCount"),
    (subnet_id, String, "SubnetId"), (associate_carrier_ip_address, bool,
    "AssociateCarrierIpAddress"), (interface_type, String, "InterfaceType"),
    (network_card_index, i32, "NetworkCardIndex")]
);
use ::smithy_runtime::codec;
static SCHEMA: codec::Schema = codec::Schema::new(
    "InstanceNetworkInterfaceSpecification",
    &[
        codec::Member::new("AssociatePublicIpAddress")
            .xml("associatePublicIpAddress")
            .ec2_query("AssociatePublicIpAddress"),
        codec::Member::new("DeleteOnTermination")
            .xml("deleteOnTermination")
            .ec2_query("DeleteOnTermination"),
        codec::Member::new("Description").xml("description").ec2_query("Description"),
        codec::Member::new("DeviceIndex").xml("deviceIndex").ec2_query("DeviceIndex"),
        codec::Member::new("Groups").xml("SecurityGroupId").xml_item("SecurityGroupId"),
        codec::Member::new("Ipv6AddressCount")
            .xml("ipv6AddressCount")
            .ec2_query("Ipv6AddressCount"),
        codec::Member::new("Ipv6Addresses")
            .xml("ipv6AddressesSet")
            .xml_item("item")
            .ec2_query("Ipv6Addresses"),
        codec::Member::new("NetworkInterfaceId")
            .xml("networkInterfaceId")
            .ec2_query("NetworkInterfaceId"),
        codec::Member::new("PrivateIpAddress")
            .xml("privateIpAddress")
            .ec2_query("PrivateIpAddress"),
        codec::Member::new("PrivateIpAddresses")
            .xml("privateIpAddressesSet")
            .xml_item("item")
            .ec2_query("PrivateIpAddresses"),
        codec::Member::new("SecondaryPrivateIpAddressCount")
            .xml("secondaryPrivateIpAddressCount")
            .ec2_query("SecondaryPrivateIpAddressCount"),
        codec::Member::new("SubnetId").xml("subnetId").ec2_query("SubnetId"),
        codec::Member::new("AssociateCarrierIpAddress"),
        codec::Member::new("InterfaceType"),
        codec::Member::new("NetworkCardIndex"),
    ],
);
::smithy_runtime::structure_codec!(
    InstanceNetworkInterfaceSpecification, InstanceNetworkInterfaceSpecificationBuilder,
    build, [associate_public_ip_address, delete_on_termination, description,
    device_index, groups, ipv6_address_count, ipv6_addresses, network_interface_id,
    private_ip_address, private_ip_addresses, secondary_private_ip_address_count,
    subnet_id, associate_carrier_ip_address, interface_type, network_card_index]
);
