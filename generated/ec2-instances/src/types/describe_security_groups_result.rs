#[derive(Clone, PartialEq, Debug)]
#[cfg_attr(feature = "serde", derive(::serde::Serialize, ::serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "PascalCase"))]
#[non_exhaustive]
pub struct DescribeSecurityGroupsResult {
    pub security_groups: Option<Vec<crate::types::SecurityGroup>>,
    pub next_token: Option<String>,
}
impl DescribeSecurityGroupsResult {
    /// A builder for [`DescribeSecurityGroupsResult`].
    pub fn builder() -> DescribeSecurityGroupsResultBuilder {
        DescribeSecurityGroupsResultBuilder::default()
    }
}
/// A builder for [`DescribeSecurityGroupsResult`]: a method per member, or set the public fields directly (for an `Option`).
#[derive(Clone, PartialEq, Default, Debug)]
#[non_exhaustive]
pub struct DescribeSecurityGroupsResultBuilder {
    pub security_groups: Option<Vec<crate::types::SecurityGroup>>,
    pub next_token: Option<String>,
}
#[allow(clippy::should_implement_trait)]
impl DescribeSecurityGroupsResultBuilder {
    /// Builds the [`DescribeSecurityGroupsResult`].
    pub fn build(self) -> DescribeSecurityGroupsResult {
        DescribeSecurityGroupsResult {
            security_groups: self.security_groups,
            next_token: self.next_token,
        }
    }
}
::smithy_runtime::setters!(
    DescribeSecurityGroupsResultBuilder, [(security_groups, Vec:: < crate
    ::types::SecurityGroup >, "SecurityGroups"), (next_token, String, "NextToken")]
);
use ::smithy_runtime::codec;
static SCHEMA: codec::Schema = codec::Schema::new(
    "DescribeSecurityGroupsResult",
    &[
        codec::Member::new("SecurityGroups")
            .xml("securityGroupInfo")
            .xml_item("item")
            .ec2_query("SecurityGroupInfo"),
        codec::Member::new("NextToken").xml("nextToken").ec2_query("NextToken"),
    ],
);
::smithy_runtime::structure_codec!(
    DescribeSecurityGroupsResult, DescribeSecurityGroupsResultBuilder, build,
    [security_groups, next_token]
);
