#[derive(Clone, PartialEq, Debug)]
#[cfg_attr(feature = "serde", derive(::serde::Serialize, ::serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "PascalCase"))]
#[non_exhaustive]
pub struct Tag {
    pub key: Option<String>,
    pub value: Option<String>,
}
impl Tag {
    /// A builder for [`Tag`].
    pub fn builder() -> TagBuilder {
        TagBuilder::default()
    }
}
/// A builder for [`Tag`]: a method per member, or set the public fields directly (for an `Option`).
#[derive(Clone, PartialEq, Default, Debug)]
#[non_exhaustive]
pub struct TagBuilder {
    pub key: Option<String>,
    pub value: Option<String>,
}
#[allow(clippy::should_implement_trait)]
impl TagBuilder {
    /// Builds the [`Tag`].
    pub fn build(self) -> Tag {
        Tag {
            key: self.key,
            value: self.value,
        }
    }
}
::smithy_runtime::setters!(TagBuilder, [(key, String, "Key"), (value, String, "Value")]);
use ::smithy_runtime::codec;
static SCHEMA: codec::Schema = codec::Schema::new(
    "Tag",
    &[
        codec::Member::new("Key").xml("key").ec2_query("Key"),
        codec::Member::new("Value").xml("value").ec2_query("Value"),
    ],
);
::smithy_runtime::structure_codec!(Tag, TagBuilder, build, [key, value]);
