#[derive(Clone, PartialEq, Debug)]
#[cfg_attr(feature = "serde", derive(::serde::Serialize, ::serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "PascalCase"))]
#[non_exhaustive]
pub struct PrefixListId {
    pub description: Option<String>,
    pub prefix_list_id: Option<String>,
}
impl PrefixListId {
    /// A builder for [`PrefixListId`].
    pub fn builder() -> PrefixListIdBuilder {
        PrefixListIdBuilder::default()
    }
}
/// A builder for [`PrefixListId`]: a method per member, or set the public fields directly (for an `Option`).
#[derive(Clone, PartialEq, Default, Debug)]
#[non_exhaustive]
pub struct PrefixListIdBuilder {
    pub description: Option<String>,
    pub prefix_list_id: Option<String>,
}
#[allow(clippy::should_implement_trait)]
impl PrefixListIdBuilder {
    /// Builds the [`PrefixListId`].
    pub fn build(self) -> PrefixListId {
        PrefixListId {
            description: self.description,
            prefix_list_id: self.prefix_list_id,
        }
    }
}
::smithy_runtime::setters!(
    PrefixListIdBuilder, [(description, String, "Description"), (prefix_list_id, String,
    "PrefixListId")]
);
use ::smithy_runtime::codec;
static SCHEMA: codec::Schema = codec::Schema::new(
    "PrefixListId",
    &[
        codec::Member::new("Description").xml("description").ec2_query("Description"),
        codec::Member::new("PrefixListId").xml("prefixListId").ec2_query("PrefixListId"),
    ],
);
::smithy_runtime::structure_codec!(
    PrefixListId, PrefixListIdBuilder, build, [description, prefix_list_id]
);
