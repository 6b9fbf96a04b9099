#[derive(Clone, PartialEq, Debug)]
#[cfg_attr(feature = "serde", derive(::serde::Serialize, ::serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "PascalCase"))]
#[non_exhaustive]
pub struct GroupIdentifier {
    pub group_name: Option<String>,
    pub group_id: Option<String>,
}
impl GroupIdentifier {
    /// A builder for [`GroupIdentifier`].
    pub fn builder() -> GroupIdentifierBuilder {
        GroupIdentifierBuilder::default()
    }
}
/// A builder for [`GroupIdentifier`]: a method per member, or set the public fields directly (for an `Option`).
#[derive(Clone, PartialEq, Default, Debug)]
#[non_exhaustive]
pub struct GroupIdentifierBuilder {
    pub group_name: Option<String>,
    pub group_id: Option<String>,
}
#[allow(clippy::should_implement_trait)]
impl GroupIdentifierBuilder {
    /// Builds the [`GroupIdentifier`].
    pub fn build(self) -> GroupIdentifier {
        GroupIdentifier {
            group_name: self.group_name,
            group_id: self.group_id,
        }
    }
}
::smithy_runtime::setters!(
    GroupIdentifierBuilder, [(group_name, String, "GroupName"), (group_id, String,
    "GroupId")]
);
use ::smithy_runtime::codec;
static SCHEMA: codec::Schema = codec::Schema::new(
    "GroupIdentifier",
    &[
        codec::Member::new("GroupName").xml("groupName").ec2_query("GroupName"),
        codec::Member::new("GroupId").xml("groupId").ec2_query("GroupId"),
    ],
);
::smithy_runtime::structure_codec!(
    GroupIdentifier, GroupIdentifierBuilder, build, [group_name, group_id]
);
