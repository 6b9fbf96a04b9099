#[derive(Clone, PartialEq, Debug)]
#[cfg_attr(feature = "serde", derive(::serde::Serialize, ::serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "PascalCase"))]
#[non_exhaustive]
pub struct Reservation {
    pub groups: Option<Vec<crate::types::GroupIdentifier>>,
    pub instances: Option<Vec<crate::types::Instance>>,
    pub owner_id: Option<String>,
    pub requester_id: Option<String>,
    pub reservation_id: Option<String>,
}
impl Reservation {
    /// A builder for [`Reservation`].
    pub fn builder() -> ReservationBuilder {
        ReservationBuilder::default()
    }
}
/// A builder for [`Reservation`]: a method per member, or set the public fields directly (for an `Option`).
#[derive(Clone, PartialEq, Default, Debug)]
#[non_exhaustive]
pub struct ReservationBuilder {
    pub groups: Option<Vec<crate::types::GroupIdentifier>>,
    pub instances: Option<Vec<crate::types::Instance>>,
    pub owner_id: Option<String>,
    pub requester_id: Option<String>,
    pub reservation_id: Option<String>,
}
#[allow(clippy::should_implement_trait)]
impl ReservationBuilder {
    /// Builds the [`Reservation`].
    pub fn build(self) -> Reservation {
        Reservation {
            groups: self.groups,
            instances: self.instances,
            owner_id: self.owner_id,
            requester_id: self.requester_id,
            reservation_id: self.reservation_id,
        }
    }
}
::smithy_runtime::setters!(
    ReservationBuilder, [(groups, Vec:: < crate ::types::GroupIdentifier >, "Groups"),
    (instances, Vec:: < crate ::types::Instance >, "Instances"), (owner_id, String,
    "OwnerId"), (requester_id, String, "RequesterId"), (reservation_id, String,
    "ReservationId")]
);
use ::smithy_runtime::codec;
static SCHEMA: codec::Schema = codec::Schema::new(
    "Reservation",
    &[
        codec::Member::new("Groups")
            .xml("groupSet")
            .xml_item("item")
            .ec2_query("GroupSet"),
        codec::Member::new("Instances")
            .xml("instancesSet")
            .xml_item("item")
            .ec2_query("InstancesSet"),
        codec::Member::new("OwnerId").xml("ownerId").ec2_query("OwnerId"),
        codec::Member::new("RequesterId").xml("requesterId").ec2_query("RequesterId"),
        codec::Member::new("ReservationId")
            .xml("reservationId")
            .ec2_query("ReservationId"),
    ],
);
::smithy_runtime::structure_codec!(
    Reservation, ReservationBuilder, build, [groups, instances, owner_id, requester_id,
    reservation_id]
);
