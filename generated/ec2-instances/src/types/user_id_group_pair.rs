#[derive(Clone, PartialEq, Debug)]
#[cfg_attr(feature = "serde", derive(::serde::Serialize, ::serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "PascalCase"))]
#[non_exhaustive]
pub struct UserIdGroupPair {
    pub description: Option<String>,
    pub group_id: Option<String>,
    pub group_name: Option<String>,
    pub peering_status: Option<String>,
    pub user_id: Option<String>,
    pub vpc_id: Option<String>,
    pub vpc_peering_connection_id: Option<String>,
}
impl UserIdGroupPair {
    /// A builder for [`UserIdGroupPair`].
    pub fn builder() -> UserIdGroupPairBuilder {
        UserIdGroupPairBuilder::default()
    }
}
/// A builder for [`UserIdGroupPair`]: a method per member, or set the public fields directly (for an `Option`).
#[derive(Clone, PartialEq, Default, Debug)]
#[non_exhaustive]
pub struct UserIdGroupPairBuilder {
    pub description: Option<String>,
    pub group_id: Option<String>,
    pub group_name: Option<String>,
    pub peering_status: Option<String>,
    pub user_id: Option<String>,
    pub vpc_id: Option<String>,
    pub vpc_peering_connection_id: Option<String>,
}
#[allow(clippy::should_implement_trait)]
impl UserIdGroupPairBuilder {
    /// Builds the [`UserIdGroupPair`].
    pub fn build(self) -> UserIdGroupPair {
        UserIdGroupPair {
            description: self.description,
            group_id: self.group_id,
            group_name: self.group_name,
            peering_status: self.peering_status,
            user_id: self.user_id,
            vpc_id: self.vpc_id,
            vpc_peering_connection_id: self.vpc_peering_connection_id,
        }
    }
}
::smithy_runtime::setters!(
    UserIdGroupPairBuilder, [(description, String, "Description"), (group_id, String,
    "GroupId"), (group_name, String, "GroupName"), (peering_status, String,
    "PeeringStatus"), (user_id, String, "UserId"), (vpc_id, String, "VpcId"),
    (vpc_peering_connection_id, String, "VpcPeeringConnectionId")]
);
use ::smithy_runtime::codec;
static SCHEMA: codec::Schema = codec::Schema::new(
    "UserIdGroupPair",
    &[
        codec::Member::new("Description").xml("description").ec2_query("Description"),
        codec::Member::new("GroupId").xml("groupId").ec2_query("GroupId"),
        codec::Member::new("GroupName").xml("groupName").ec2_query("GroupName"),
        codec::Member::new("PeeringStatus")
            .xml("peeringStatus")
            .ec2_query("PeeringStatus"),
        codec::Member::new("UserId").xml("userId").ec2_query("UserId"),
        codec::Member::new("VpcId").xml("vpcId").ec2_query("VpcId"),
        codec::Member::new("VpcPeeringConnectionId")
            .xml("vpcPeeringConnectionId")
            .ec2_query("VpcPeeringConnectionId"),
    ],
);
::smithy_runtime::structure_codec!(
    UserIdGroupPair, UserIdGroupPairBuilder, build, [description, group_id, group_name,
    peering_status, user_id, vpc_id, vpc_peering_connection_id]
);
