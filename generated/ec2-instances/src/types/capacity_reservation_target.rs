#[derive(Clone, PartialEq, Debug)]
#[cfg_attr(feature = "serde", derive(::serde::Serialize, ::serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "PascalCase"))]
#[non_exhaustive]
pub struct CapacityReservationTarget {
    pub capacity_reservation_id: Option<String>,
    pub capacity_reservation_resource_group_arn: Option<String>,
}
impl CapacityReservationTarget {
    /// A builder for [`CapacityReservationTarget`].
    pub fn builder() -> CapacityReservationTargetBuilder {
        CapacityReservationTargetBuilder::default()
    }
}
/// A builder for [`CapacityReservationTarget`]: a method per member, or set the public fields directly (for an `Option`).
#[derive(Clone, PartialEq, Default, Debug)]
#[non_exhaustive]
pub struct CapacityReservationTargetBuilder {
    pub capacity_reservation_id: Option<String>,
    pub capacity_reservation_resource_group_arn: Option<String>,
}
#[allow(clippy::should_implement_trait)]
impl CapacityReservationTargetBuilder {
    /// Builds the [`CapacityReservationTarget`].
    pub fn build(self) -> CapacityReservationTarget {
        CapacityReservationTarget {
            capacity_reservation_id: self.capacity_reservation_id,
            capacity_reservation_resource_group_arn: self
                .capacity_reservation_resource_group_arn,
        }
    }
}
::smithy_runtime::setters!(
    CapacityReservationTargetBuilder, [(capacity_reservation_id, String,
    "CapacityReservationId"), (capacity_reservation_resource_group_arn, String,
    "CapacityReservationResourceGroupArn")]
);
use ::smithy_runtime::codec;
static SCHEMA: codec::Schema = codec::Schema::new(
    "CapacityReservationTarget",
    &[
        codec::Member::new("CapacityReservationId"),
        codec::Member::new("CapacityReservationResourceGroupArn"),
    ],
);
::smithy_runtime::structure_codec!(
    CapacityReservationTarget, CapacityReservationTargetBuilder, build,
    [capacity_reservation_id, capacity_reservation_resource_group_arn]
);
