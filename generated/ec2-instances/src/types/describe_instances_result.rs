#[derive(Clone, PartialEq, Debug)]
#[cfg_attr(feature = "serde", derive(::serde::Serialize, ::serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "PascalCase"))]
#[non_exhaustive]
pub struct DescribeInstancesResult {
    pub reservations: Option<Vec<crate::types::Reservation>>,
    pub next_token: Option<String>,
}
impl DescribeInstancesResult {
    /// A builder for [`DescribeInstancesResult`].
    pub fn builder() -> DescribeInstancesResultBuilder {
        DescribeInstancesResultBuilder::default()
    }
}
/// A builder for [`DescribeInstancesResult`]: a method per member, or set the public fields directly (for an `Option`).
#[derive(Clone, PartialEq, Default, Debug)]
#[non_exhaustive]
pub struct DescribeInstancesResultBuilder {
    pub reservations: Option<Vec<crate::types::Reservation>>,
    pub next_token: Option<String>,
}
#[allow(clippy::should_implement_trait)]
impl DescribeInstancesResultBuilder {
    /// Builds the [`DescribeInstancesResult`].
    pub fn build(self) -> DescribeInstancesResult {
        DescribeInstancesResult {
            reservations: self.reservations,
            next_token: self.next_token,
        }
    }
}
::smithy_runtime::setters!(
    DescribeInstancesResultBuilder, [(reservations, Vec:: < crate ::types::Reservation >,
    "Reservations"), (next_token, String, "NextToken")]
);
use ::smithy_runtime::codec;
static SCHEMA: codec::Schema = codec::Schema::new(
    "DescribeInstancesResult",
    &[
        codec::Member::new("Reservations")
            .xml("reservationSet")
            .xml_item("item")
            .ec2_query("ReservationSet"),
        codec::Member::new("NextToken").xml("nextToken").ec2_query("NextToken"),
    ],
);
::smithy_runtime::structure_codec!(
    DescribeInstancesResult, DescribeInstancesResultBuilder, build, [reservations,
    next_token]
);
