#[deprecated(note = "since 2024-01-01: Use Thing instead.")]
#[derive(Clone, PartialEq, Debug)]
#[cfg_attr(feature = "serde", derive(::serde::Serialize, ::serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "PascalCase"))]
#[non_exhaustive]
pub struct LegacyThing {
    pub data: Option<String>,
}
impl LegacyThing {
    /// A builder for [`LegacyThing`].
    pub fn builder() -> LegacyThingBuilder {
        LegacyThingBuilder::default()
    }
}
/// A builder for [`LegacyThing`]: a method per member, or set the public fields directly (for an `Option`).
#[derive(Clone, PartialEq, Default, Debug)]
#[non_exhaustive]
pub struct LegacyThingBuilder {
    pub data: Option<String>,
}
#[allow(clippy::should_implement_trait)]
impl LegacyThingBuilder {
    /// Builds the [`LegacyThing`].
    pub fn build(self) -> LegacyThing {
        LegacyThing { data: self.data }
    }
}
::smithy_runtime::setters!(LegacyThingBuilder, [(data, String, "Data")]);
use ::smithy_runtime::codec;
static SCHEMA: codec::Schema = codec::Schema::new(
    "LegacyThing",
    &[codec::Member::new("Data")],
);
::smithy_runtime::structure_codec!(LegacyThing, LegacyThingBuilder, build, [data]);
