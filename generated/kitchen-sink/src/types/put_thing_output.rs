#[derive(Clone, PartialEq, Debug)]
#[cfg_attr(feature = "serde", derive(::serde::Serialize, ::serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "PascalCase"))]
#[non_exhaustive]
pub struct PutThingOutput {
    pub thing: Option<crate::types::Thing>,
}
impl PutThingOutput {
    /// A builder for [`PutThingOutput`].
    pub fn builder() -> PutThingOutputBuilder {
        PutThingOutputBuilder::default()
    }
}
/// A builder for [`PutThingOutput`]: a method per member, or set the public fields directly (for an `Option`).
#[derive(Clone, PartialEq, Default, Debug)]
#[non_exhaustive]
pub struct PutThingOutputBuilder {
    pub thing: Option<crate::types::Thing>,
}
#[allow(clippy::should_implement_trait)]
impl PutThingOutputBuilder {
    /// Builds the [`PutThingOutput`].
    pub fn build(self) -> PutThingOutput {
        PutThingOutput {
            thing: self.thing,
        }
    }
}
::smithy_runtime::setters!(
    PutThingOutputBuilder, [(thing, crate ::types::Thing, "Thing")]
);
use ::smithy_runtime::codec;
static SCHEMA: codec::Schema = codec::Schema::new(
    "PutThingOutput",
    &[codec::Member::new("Thing")],
);
::smithy_runtime::structure_codec!(
    PutThingOutput, PutThingOutputBuilder, build, [thing]
);
