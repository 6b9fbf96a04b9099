#[derive(Clone, PartialEq, Debug)]
#[cfg_attr(feature = "serde", derive(::serde::Serialize, ::serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "PascalCase"))]
#[non_exhaustive]
pub struct CapacityReservationSpecification {
    pub capacity_reservation_preference: Option<
        crate::types::CapacityReservationPreference,
    >,
    pub capacity_reservation_target: Option<crate::types::CapacityReservationTarget>,
}
impl CapacityReservationSpecification {
    /// A builder for [`CapacityReservationSpecification`].
    pub fn builder() -> CapacityReservationSpecificationBuilder {
        CapacityReservationSpecificationBuilder::default()
    }
}
/// A builder for [`CapacityReservationSpecification`]: a method per member, or set the public fields directly (for an `Option`).
#[derive(Clone, PartialEq, Default, Debug)]
#[non_exhaustive]
pub struct CapacityReservationSpecificationBuilder {
    pub capacity_reservation_preference: Option<
        crate::types::CapacityReservationPreference,
    >,
    pub capacity_reservation_target: Option<crate::types::CapacityReservationTarget>,
}
#[allow(clippy::should_implement_trait)]
impl CapacityReservationSpecificationBuilder {
    /// Builds the [`CapacityReservationSpecification`].
    pub fn build(self) -> CapacityReservationSpecification {
        CapacityReservationSpecification {
            capacity_reservation_preference: self.capacity_reservation_preference,
            capacity_reservation_target: self.capacity_reservation_target,
        }
    }
}
::smithy_runtime::setters!(
    CapacityReservationSpecificationBuilder, [(capacity_reservation_preference, crate
    ::types::CapacityReservationPreference, "CapacityReservationPreference"),
    (capacity_reservation_target, crate ::types::CapacityReservationTarget,
    "CapacityReservationTarget")]
);
use ::smithy_runtime::codec;
static SCHEMA: codec::Schema = codec::Schema::new(
    "CapacityReservationSpecification",
    &[
        codec::Member::new("CapacityReservationPreference"),
        codec::Member::new("CapacityReservationTarget"),
    ],
);
::smithy_runtime::structure_codec!(
    CapacityReservationSpecification, CapacityReservationSpecificationBuilder, build,
    [capacity_reservation_preference, capacity_reservation_target]
);
