#[derive(Clone, PartialEq, Debug)]
#[cfg_attr(feature = "serde", derive(::serde::Serialize, ::serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "PascalCase"))]
#[non_exhaustive]
pub struct IpRange {
    pub cidr_ip: Option<String>,
    pub description: Option<String>,
}
impl IpRange {
    /// A builder for [`IpRange`].
    pub fn builder() -> IpRangeBuilder {
        IpRangeBuilder::default()
    }
}
/// A builder for [`IpRange`]: a method per member, or set the public fields directly (for an `Option`).
#[derive(Clone, PartialEq, Default, Debug)]
#[non_exhaustive]
pub struct IpRangeBuilder {
    pub cidr_ip: Option<String>,
    pub description: Option<String>,
}
#[allow(clippy::should_implement_trait)]
impl IpRangeBuilder {
    /// Builds the [`IpRange`].
    pub fn build(self) -> IpRange {
        IpRange {
            cidr_ip: self.cidr_ip,
            description: self.description,
        }
    }
}
::smithy_runtime::setters!(
    IpRangeBuilder, [(cidr_ip, String, "CidrIp"), (description, String, "Description")]
);
use ::smithy_runtime::codec;
static SCHEMA: codec::Schema = codec::Schema::new(
    "IpRange",
    &[
        codec::Member::new("CidrIp").xml("cidrIp").ec2_query("CidrIp"),
        codec::Member::new("Description").xml("description").ec2_query("Description"),
    ],
);
::smithy_runtime::structure_codec!(
    IpRange, IpRangeBuilder, build, [cidr_ip, description]
);
