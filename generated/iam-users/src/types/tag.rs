#[derive(Clone, PartialEq, Debug)]
#[cfg_attr(feature = "serde", derive(::serde::Serialize, ::serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "PascalCase"))]
#[non_exhaustive]
pub struct Tag {
    /// **Required.**
    pub key: String,
    /// **Required.**
    pub value: String,
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
    /// Builds the [`Tag`], or says which required member is missing.
    pub fn build(self) -> Result<Tag, ::smithy_runtime::types::BuildError> {
        Ok(Tag {
            key: self
                .key
                .ok_or(::smithy_runtime::types::BuildError::missing("Tag", "Key"))?,
            value: self
                .value
                .ok_or(::smithy_runtime::types::BuildError::missing("Tag", "Value"))?,
        })
    }
    /// What a response holds: like `build`, but a member the response left out is `None` or, when the
    /// field is not an `Option`, its zero value.
    pub(crate) fn build_read(self) -> Tag {
        Tag {
            key: self.key.unwrap_or_else(::smithy_runtime::codec::ReadValue::zero),
            value: self.value.unwrap_or_else(::smithy_runtime::codec::ReadValue::zero),
        }
    }
}
::smithy_runtime::setters!(TagBuilder, [(key, String, "Key"), (value, String, "Value")]);
use ::smithy_runtime::codec;
static SCHEMA: codec::Schema = codec::Schema::new(
    "Tag",
    &[codec::Member::new("Key"), codec::Member::new("Value")],
);
::smithy_runtime::structure_codec!(Tag, TagBuilder, build_read, [key, value]);
