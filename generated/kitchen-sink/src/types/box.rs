#[derive(Clone, PartialEq, Debug)]
#[cfg_attr(feature = "serde", derive(::serde::Serialize, ::serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "PascalCase"))]
#[non_exhaustive]
pub struct Box {
    /// Documented through an `apply` block.
    pub width: Option<i32>,
    pub label: Option<String>,
}
impl Box {
    /// A builder for [`Box`].
    pub fn builder() -> BoxBuilder {
        BoxBuilder::default()
    }
}
/// A builder for [`Box`]: a method per member, or set the public fields directly (for an `Option`).
#[derive(Clone, PartialEq, Default, Debug)]
#[non_exhaustive]
pub struct BoxBuilder {
    pub width: Option<i32>,
    pub label: Option<String>,
}
#[allow(clippy::should_implement_trait)]
impl BoxBuilder {
    /// Builds the [`Box`].
    pub fn build(self) -> Box {
        Box {
            width: self.width,
            label: self.label,
        }
    }
}
::smithy_runtime::setters!(
    BoxBuilder, [(width, i32, "Width"), (label, String, "Label")]
);
use ::smithy_runtime::codec;
static SCHEMA: codec::Schema = codec::Schema::new(
    "Box",
    &[codec::Member::new("Width"), codec::Member::new("Label")],
);
::smithy_runtime::structure_codec!(Box, BoxBuilder, build, [width, label]);
