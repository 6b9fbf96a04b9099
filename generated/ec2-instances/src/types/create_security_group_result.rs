#[derive(Clone, PartialEq, Debug)]
#[cfg_attr(feature = "serde", derive(::serde::Serialize, ::serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "PascalCase"))]
#[non_exhaustive]
pub struct CreateSecurityGroupResult {
    pub group_id: Option<String>,
    pub tags: Option<Vec<crate::types::Tag>>,
}
impl CreateSecurityGroupResult {
    /// A builder for [`CreateSecurityGroupResult`].
    pub fn builder() -> CreateSecurityGroupResultBuilder {
        CreateSecurityGroupResultBuilder::default()
    }
}
/// A builder for [`CreateSecurityGroupResult`]: a method per member, or set the public fields directly (for an `Option`).
#[derive(Clone, PartialEq, Default, Debug)]
#[non_exhaustive]
pub struct CreateSecurityGroupResultBuilder {
    pub group_id: Option<String>,
    pub tags: Option<Vec<crate::types::Tag>>,
}
#[allow(clippy::should_implement_trait)]
impl CreateSecurityGroupResultBuilder {
    /// Builds the [`CreateSecurityGroupResult`].
    pub fn build(self) -> CreateSecurityGroupResult {
        CreateSecurityGroupResult {
            group_id: self.group_id,
            tags: self.tags,
        }
    }
}
::smithy_runtime::setters!(
    CreateSecurityGroupResultBuilder, [(group_id, String, "GroupId"), (tags, Vec:: <
    crate ::types::Tag >, "Tags")]
);
use ::smithy_runtime::codec;
static SCHEMA: codec::Schema = codec::Schema::new(
    "CreateSecurityGroupResult",
    &[
        codec::Member::new("GroupId").xml("groupId").ec2_query("GroupId"),
        codec::Member::new("Tags").xml("tagSet").xml_item("item").ec2_query("TagSet"),
    ],
);
::smithy_runtime::structure_codec!(
    CreateSecurityGroupResult, CreateSecurityGroupResultBuilder, build, [group_id, tags]
);
