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
    /// Sets `Thing`.
    pub fn thing(mut self, value: impl Into<crate::types::Thing>) -> Self {
        self.thing = Some(value.into());
        self
    }
    /// Builds the [`PutThingOutput`].
    pub fn build(self) -> PutThingOutput {
        PutThingOutput {
            thing: self.thing,
        }
    }
}
use ::smithy_runtime::codec;
static SCHEMA: codec::Schema = codec::Schema::new(
    "PutThingOutput",
    &[codec::Member::new("Thing")],
);
impl codec::WriteValue for PutThingOutput {
    fn write(&self, s: &mut dyn codec::Serializer) -> Result<(), codec::Error> {
        s.write_struct(&SCHEMA, &[&self.thing])
    }
}
impl codec::ReadValue for PutThingOutput {
    fn read(d: &mut dyn codec::Deserializer) -> Result<Self, codec::Error> {
        let mut b = PutThingOutputBuilder::default();
        d.read_struct(&SCHEMA, &mut [&mut b.thing])?;
        Ok(b.build())
    }
}
