#[derive(Clone, PartialEq, Debug)]
#[cfg_attr(feature = "serde", derive(::serde::Serialize, ::serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "PascalCase"))]
#[non_exhaustive]
pub struct TagSpecification {
    pub resource_type: Option<crate::types::ResourceType>,
    pub tags: Option<Vec<crate::types::Tag>>,
}
impl TagSpecification {
    /// A builder for [`TagSpecification`].
    pub fn builder() -> TagSpecificationBuilder {
        TagSpecificationBuilder::default()
    }
}
/// A builder for [`TagSpecification`]: a method per member, or set the public fields directly (for an `Option`).
#[derive(Clone, PartialEq, Default, Debug)]
#[non_exhaustive]
pub struct TagSpecificationBuilder {
    pub resource_type: Option<crate::types::ResourceType>,
    pub tags: Option<Vec<crate::types::Tag>>,
}
#[allow(clippy::should_implement_trait)]
impl TagSpecificationBuilder {
    /// Builds the [`TagSpecification`].
    pub fn build(self) -> TagSpecification {
        TagSpecification {
            resource_type: self.resource_type,
            tags: self.tags,
        }
    }
}
::smithy_runtime::setters!(
    TagSpecificationBuilder, [(resource_type, crate ::types::ResourceType,
    "ResourceType"), (tags, Vec:: < crate ::types::Tag >, "Tags")]
);
use ::smithy_runtime::codec;
static SCHEMA: codec::Schema = codec::Schema::new(
    "TagSpecification",
    &[
        codec::Member::new("ResourceType").xml("resourceType").ec2_query("ResourceType"),
        codec::Member::new("Tags").xml("Tag").xml_item("item"),
    ],
);
::smithy_runtime::structure_codec!(
    TagSpecification, TagSpecificationBuilder, build, [resource_type, tags]
);
