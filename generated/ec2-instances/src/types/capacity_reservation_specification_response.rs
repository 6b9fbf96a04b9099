#[derive(Clone, PartialEq, Debug)]
#[cfg_attr(feature = "serde", derive(::serde::Serialize, ::serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "PascalCase"))]
#[non_exhaustive]
pub struct CapacityReservationSpecificationResponse {
    pub capacity_reservation_preference: Option<
        crate::types::CapacityReservationPreference,
    >,
    pub capacity_reservation_target: Option<
        crate::types::CapacityReservationTargetResponse,
    >,
}
impl CapacityReservationSpecificationResponse {
    /// A builder for [`CapacityReservationSpecificationResponse`].
    pub fn builder() -> CapacityReservationSpecificationResponseBuilder {
        CapacityReservationSpecificationResponseBuilder::default()
    }
}
/// A builder for [`CapacityReservationSpecificationResponse`]: a method per member, or set the public fields directly (for an `Option`).
#[derive(Clone, PartialEq, Default, Debug)]
#[non_exhaustive]
pub struct CapacityReservationSpecificationResponseBuilder {
    pub capacity_reservation_preference: Option<
        crate::types::CapacityReservationPreference,
    >,
    pub capacity_reservation_target: Option<
        crate::types::CapacityReservationTargetResponse,
    >,
}
#[allow(clippy::should_implement_trait)]
impl CapacityReservationSpecificationResponseBuilder {
    /// Builds the [`CapacityReservationSpecificationResponse`].
    pub fn build(self) -> CapacityReservationSpecificationResponse {
        CapacityReservationSpecificationResponse {
            capacity_reservation_preference: self.capacity_reservation_preference,
            capacity_reservation_target: self.capacity_reservation_target,
        }
    }
}
::smithy_runtime::setters!(
    CapacityReservationSpecificationResponseBuilder, [(capacity_reservation_preference,
    crate ::types::CapacityReservationPreference, "CapacityReservationPreference"),
    (capacity_reservation_target, crate ::types::CapacityReservationTargetResponse,
    "CapacityReservationTarget")]
);
use ::smithy_runtime::codec;
static SCHEMA: codec::Schema = codec::Schema::new(
    "CapacityReservationSpecificationResponse",
    &[
        codec::Member::new("CapacityReservationPreference")
            .xml("capacityReservationPreference")
            .ec2_query("CapacityReservationPreference"),
        codec::Member::new("CapacityReservationTarget")
            .xml("capacityReservationTarget")
            .ec2_query("CapacityReservationTarget"),
    ],
);
::smithy_runtime::structure_codec!(
    CapacityReservationSpecificationResponse,
    CapacityReservationSpecificationResponseBuilder, build,
    [capacity_reservation_preference, capacity_reservation_target]
);
