#[derive(Clone, PartialEq, Debug)]
#[cfg_attr(feature = "serde", derive(::serde::Serialize, ::serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "PascalCase"))]
#[non_exhaustive]
pub struct CapacityReservationTargetResponse {
    pub capacity_reservation_id: Option<String>,
    pub capacity_reservation_resource_group_arn: Option<String>,
}
impl CapacityReservationTargetResponse {
    /// A builder for [`CapacityReservationTargetResponse`].
    pub fn builder() -> CapacityReservationTargetResponseBuilder {
        CapacityReservationTargetResponseBuilder::default()
    }
}
/// A builder for [`CapacityReservationTargetResponse`]: a method per member, or set the public fields directly (for an `Option`).
#[derive(Clone, PartialEq, Default, Debug)]
#[non_exhaustive]
pub struct CapacityReservationTargetResponseBuilder {
    pub capacity_reservation_id: Option<String>,
    pub capacity_reservation_resource_group_arn: Option<String>,
}
#[allow(clippy::should_implement_trait)]
impl CapacityReservationTargetResponseBuilder {
    /// Builds the [`CapacityReservationTargetResponse`].
    pub fn build(self) -> CapacityReservationTargetResponse {
        CapacityReservationTargetResponse {
            capacity_reservation_id: self.capacity_reservation_id,
            capacity_reservation_resource_group_arn: self
                .capacity_reservation_resource_group_arn,
        }
    }
}
::smithy_runtime::setters!(
    CapacityReservationTargetResponseBuilder, [(capacity_reservation_id, String,
    "CapacityReservationId"), (capacity_reservation_resource_group_arn, String,
    "CapacityReservationResourceGroupArn")]
);
use ::smithy_runtime::codec;
static SCHEMA: codec::Schema = codec::Schema::new(
    "CapacityReservationTargetResponse",
    &[
        codec::Member::new("CapacityReservationId")
            .xml("capacityReservationId")
            .ec2_query("CapacityReservationId"),
        codec::Member::new("CapacityReservationResourceGroupArn")
            .xml("capacityReservationResourceGroupArn")
            .ec2_query("CapacityReservationResourceGroupArn"),
    ],
);
::smithy_runtime::structure_codec!(
    CapacityReservationTargetResponse, CapacityReservationTargetResponseBuilder, build,
    [capacity_reservation_id, capacity_reservation_resource_group_arn]
);
