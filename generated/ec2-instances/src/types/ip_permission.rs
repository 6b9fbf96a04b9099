#[derive(Clone, PartialEq, Debug)]
#[cfg_attr(feature = "serde", derive(::serde::Serialize, ::serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "PascalCase"))]
#[non_exhaustive]
pub struct IpPermission {
    pub from_port: Option<i32>,
    pub ip_protocol: Option<String>,
    pub ip_ranges: Option<Vec<crate::types::IpRange>>,
    pub ipv6_ranges: Option<Vec<crate::types::Ipv6Range>>,
    pub prefix_list_ids: Option<Vec<crate::types::PrefixListId>>,
    pub to_port: Option<i32>,
    pub user_id_group_pairs: Option<Vec<crate::types::UserIdGroupPair>>,
}
impl IpPermission {
    /// A builder for [`IpPermission`].
    pub fn builder() -> IpPermissionBuilder {
        IpPermissionBuilder::default()
    }
}
/// A builder for [`IpPermission`]: a method per member, or set the public fields directly (for an `Option`).
#[derive(Clone, PartialEq, Default, Debug)]
#[non_exhaustive]
pub struct IpPermissionBuilder {
    pub from_port: Option<i32>,
    pub ip_protocol: Option<String>,
    pub ip_ranges: Option<Vec<crate::types::IpRange>>,
    pub ipv6_ranges: Option<Vec<crate::types::Ipv6Range>>,
    pub prefix_list_ids: Option<Vec<crate::types::PrefixListId>>,
    pub to_port: Option<i32>,
    pub user_id_group_pairs: Option<Vec<crate::types::UserIdGroupPair>>,
}
#[allow(clippy::should_implement_trait)]
impl IpPermissionBuilder {
    /// Builds the [`IpPermission`].
    pub fn build(self) -> IpPermission {
        IpPermission {
            from_port: self.from_port,
            ip_protocol: self.ip_protocol,
            ip_ranges: self.ip_ranges,
            ipv6_ranges: self.ipv6_ranges,
            prefix_list_ids: self.prefix_list_ids,
            to_port: self.to_port,
            user_id_group_pairs: self.user_id_group_pairs,
        }
    }
}
::smithy_runtime::setters!(
    IpPermissionBuilder, [(from_port, i32, "FromPort"), (ip_protocol, String,
    "IpProtocol"), (ip_ranges, Vec:: < crate ::types::IpRange >, "IpRanges"),
    (ipv6_ranges, Vec:: < crate ::types::Ipv6Range >, "Ipv6Ranges"), (prefix_list_ids,
    Vec:: < crate ::types::PrefixListId >, "PrefixListIds"), (to_port, i32, "ToPort"),
    (user_id_group_pairs, Vec:: < crate ::types::UserIdGroupPair >, "UserIdGroupPairs")]
);
use ::smithy_runtime::codec;
static SCHEMA: codec::Schema = codec::Schema::new(
    "IpPermission",
    &[
        codec::Member::new("FromPort").xml("fromPort").ec2_query("FromPort"),
        codec::Member::new("IpProtocol").xml("ipProtocol").ec2_query("IpProtocol"),
        codec::Member::new("IpRanges")
            .xml("ipRanges")
            .xml_item("item")
            .ec2_query("IpRanges"),
        codec::Member::new("Ipv6Ranges")
            .xml("ipv6Ranges")
            .xml_item("item")
            .ec2_query("Ipv6Ranges"),
        codec::Member::new("PrefixListIds")
            .xml("prefixListIds")
            .xml_item("item")
            .ec2_query("PrefixListIds"),
        codec::Member::new("ToPort").xml("toPort").ec2_query("ToPort"),
        codec::Member::new("UserIdGroupPairs")
            .xml("groups")
            .xml_item("item")
            .ec2_query("Groups"),
    ],
);
::smithy_runtime::structure_codec!(
    IpPermission, IpPermissionBuilder, build, [from_port, ip_protocol, ip_ranges,
    ipv6_ranges, prefix_list_ids, to_port, user_id_group_pairs]
);
