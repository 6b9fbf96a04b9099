#[derive(Clone, PartialEq, Debug)]
#[cfg_attr(feature = "serde", derive(::serde::Serialize, ::serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "PascalCase"))]
#[non_exhaustive]
pub struct Ipv6Range {
    pub cidr_ipv6: Option<String>,
    pub description: Option<String>,
}
impl Ipv6Range {
    /// A builder for [`Ipv6Range`].
    pub fn builder() -> Ipv6RangeBuilder {
        Ipv6RangeBuilder::default()
    }
}
/// A builder for [`Ipv6Range`]: a method per member, or set the public fields directly (for an `Option`).
#[derive(Clone, PartialEq, Default, Debug)]
#[non_exhaustive]
pub struct Ipv6RangeBuilder {
    pub cidr_ipv6: Option<String>,
    pub description: Option<String>,
}
#[allow(clippy::should_implement_trait)]
impl Ipv6RangeBuilder {
    /// Builds the [`Ipv6Range`].
    pub fn build(self) -> Ipv6Range {
        Ipv6Range {
            cidr_ipv6: self.cidr_ipv6,
            description: self.description,
        }
    }
}
::smithy_runtime::setters!(
    Ipv6RangeBuilder, [(cidr_ipv6, String, "CidrIpv6"), (description, String,
    "Description")]
);
use ::smithy_runtime::codec;
static SCHEMA: codec::Schema = codec::Schema::new(
    "Ipv6Range",
    &[
        codec::Member::new("CidrIpv6").xml("cidrIpv6").ec2_query("CidrIpv6"),
        codec::Member::new("Description").xml("description").ec2_query("Description"),
    ],
);
::smithy_runtime::structure_codec!(
    Ipv6Range, Ipv6RangeBuilder, build, [cidr_ipv6, description]
);
