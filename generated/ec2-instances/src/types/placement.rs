#[derive(Clone, PartialEq, Debug)]
#[cfg_attr(feature = "serde", derive(::serde::Serialize, ::serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "PascalCase"))]
#[non_exhaustive]
pub struct Placement {
    pub availability_zone: Option<String>,
    pub affinity: Option<String>,
    pub group_name: Option<String>,
    pub partition_number: Option<i32>,
    pub host_id: Option<String>,
    pub tenancy: Option<crate::types::Tenancy>,
    pub spread_domain: Option<String>,
    pub host_resource_group_arn: Option<String>,
}
impl Placement {
    /// A builder for [`Placement`].
    pub fn builder() -> PlacementBuilder {
        PlacementBuilder::default()
    }
}
/// A builder for [`Placement`]: a method per member, or set the public fields directly (for an `Option`).
#[derive(Clone, PartialEq, Default, Debug)]
#[non_exhaustive]
pub struct PlacementBuilder {
    pub availability_zone: Option<String>,
    pub affinity: Option<String>,
    pub group_name: Option<String>,
    pub partition_number: Option<i32>,
    pub host_id: Option<String>,
    pub tenancy: Option<crate::types::Tenancy>,
    pub spread_domain: Option<String>,
    pub host_resource_group_arn: Option<String>,
}
#[allow(clippy::should_implement_trait)]
impl PlacementBuilder {
    /// Builds the [`Placement`].
    pub fn build(self) -> Placement {
        Placement {
            availability_zone: self.availability_zone,
            affinity: self.affinity,
            group_name: self.group_name,
            partition_number: self.partition_number,
            host_id: self.host_id,
            tenancy: self.tenancy,
            spread_domain: self.spread_domain,
            host_resource_group_arn: self.host_resource_group_arn,
        }
    }
}
::smithy_runtime::setters!(
    PlacementBuilder, [(availability_zone, String, "AvailabilityZone"), (affinity,
    String, "Affinity"), (group_name, String, "GroupName"), (partition_number, i32,
    "PartitionNumber"), (host_id, String, "HostId"), (tenancy, crate ::types::Tenancy,
    "Tenancy"), (spread_domain, String, "SpreadDomain"), (host_resource_group_arn,
    String, "HostResourceGroupArn")]
);
use ::smithy_runtime::codec;
static SCHEMA: codec::Schema = codec::Schema::new(
    "Placement",
    &[
        codec::Member::new("AvailabilityZone")
            .xml("availabilityZone")
            .ec2_query("AvailabilityZone"),
        codec::Member::new("Affinity").xml("affinity").ec2_query("Affinity"),
        codec::Member::new("GroupName").xml("groupName").ec2_query("GroupName"),
        codec::Member::new("PartitionNumber")
            .xml("partitionNumber")
            .ec2_query("PartitionNumber"),
        codec::Member::new("HostId").xml("hostId").ec2_query("HostId"),
        codec::Member::new("Tenancy").xml("tenancy").ec2_query("Tenancy"),
        codec::Member::new("SpreadDomain").xml("spreadDomain").ec2_query("SpreadDomain"),
        codec::Member::new("HostResourceGroupArn")
            .xml("hostResourceGroupArn")
            .ec2_query("HostResourceGroupArn"),
    ],
);
::smithy_runtime::structure_codec!(
    Placement, PlacementBuilder, build, [availability_zone, affinity, group_name,
    partition_number, host_id, tenancy, spread_domain, host_resource_group_arn]
);
