#[derive(Clone, PartialEq, Debug)]
#[cfg_attr(feature = "serde", derive(::serde::Serialize, ::serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "PascalCase"))]
#[non_exhaustive]
pub struct SecurityGroup {
    pub description: Option<String>,
    pub group_name: Option<String>,
    pub ip_permissions: Option<Vec<crate::types::IpPermission>>,
    pub owner_id: Option<String>,
    pub group_id: Option<String>,
    pub ip_permissions_egress: Option<Vec<crate::types::IpPermission>>,
    pub tags: Option<Vec<crate::types::Tag>>,
    pub vpc_id: Option<String>,
}
impl SecurityGroup {
    /// A builder for [`SecurityGroup`].
    pub fn builder() -> SecurityGroupBuilder {
        SecurityGroupBuilder::default()
    }
}
/// A builder for [`SecurityGroup`]: a method per member, or set the public fields directly (for an `Option`).
#[derive(Clone, PartialEq, Default, Debug)]
#[non_exhaustive]
pub struct SecurityGroupBuilder {
    pub description: Option<String>,
    pub group_name: Option<String>,
    pub ip_permissions: Option<Vec<crate::types::IpPermission>>,
    pub owner_id: Option<String>,
    pub group_id: Option<String>,
    pub ip_permissions_egress: Option<Vec<crate::types::IpPermission>>,
    pub tags: Option<Vec<crate::types::Tag>>,
    pub vpc_id: Option<String>,
}
#[allow(clippy::should_implement_trait)]
impl SecurityGroupBuilder {
    /// Builds the [`SecurityGroup`].
    pub fn build(self) -> SecurityGroup {
        SecurityGroup {
            description: self.description,
            group_name: self.group_name,
            ip_permissions: self.ip_permissions,
            owner_id: self.owner_id,
            group_id: self.group_id,
            ip_permissions_egress: self.ip_permissions_egress,
            tags: self.tags,
            vpc_id: self.vpc_id,
        }
    }
}
::smithy_runtime::setters!(
    SecurityGroupBuilder, [(description, String, "Description"), (group_name, String,
    "GroupName"), (ip_permissions, Vec:: < crate ::types::IpPermission >,
    "IpPermissions"), (owner_id, String, "OwnerId"), (group_id, String, "GroupId"),
    (ip_permissions_egress, Vec:: < crate ::types::IpPermission >,
    "IpPermissionsEgress"), (tags, Vec:: < crate ::types::Tag >, "Tags"), (vpc_id,
    String, "VpcId")]
);
use ::smithy_runtime::codec;
static SCHEMA: codec::Schema = codec::Schema::new(
    "SecurityGroup",
    &[
        codec::Member::new("Description")
            .xml("groupDescription")
            .ec2_query("GroupDescription"),
        codec::Member::new("GroupName").xml("groupName").ec2_query("GroupName"),
        codec::Member::new("IpPermissions")
            .xml("ipPermissions")
            .xml_item("item")
            .ec2_query("IpPermissions"),
        codec::Member::new("OwnerId").xml("ownerId").ec2_query("OwnerId"),
        codec::Member::new("GroupId").xml("groupId").ec2_query("GroupId"),
        codec::Member::new("IpPermissionsEgress")
            .xml("ipPermissionsEgress")
            .xml_item("item")
            .ec2_query("IpPermissionsEgress"),
        codec::Member::new("Tags").xml("tagSet").xml_item("item").ec2_query("TagSet"),
        codec::Member::new("VpcId").xml("vpcId").ec2_query("VpcId"),
    ],
);
::smithy_runtime::structure_codec!(
    SecurityGroup, SecurityGroupBuilder, build, [description, group_name, ip_permissions,
    owner_id, group_id, ip_permissions_egress, tags, vpc_id]
);
