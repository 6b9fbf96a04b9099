#[derive(Clone, PartialEq, Debug)]
#[cfg_attr(feature = "serde", derive(::serde::Serialize, ::serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "PascalCase"))]
#[non_exhaustive]
pub struct Alpha {
    pub beta: Option<crate::types::Beta>,
}
impl Alpha {
    /// A builder for [`Alpha`].
    pub fn builder() -> AlphaBuilder {
        AlphaBuilder::default()
    }
}
/// A builder for [`Alpha`]: a method per member, or set the public fields directly (for an `Option`).
#[derive(Clone, PartialEq, Default, Debug)]
#[non_exhaustive]
pub struct AlphaBuilder {
    pub beta: Option<crate::types::Beta>,
}
#[allow(clippy::should_implement_trait)]
impl AlphaBuilder {
    /// Builds the [`Alpha`].
    pub fn build(self) -> Alpha {
        Alpha { beta: self.beta }
    }
}
::smithy_runtime::setters!(AlphaBuilder, [(beta, crate ::types::Beta, "Beta")]);
use ::smithy_runtime::codec;
static SCHEMA: codec::Schema = codec::Schema::new(
    "Alpha",
    &[codec::Member::new("Beta")],
);
::smithy_runtime::structure_codec!(Alpha, AlphaBuilder, build, [beta]);
