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
static SCHEMA: ::smithy_runtime::Schema = ::smithy_runtime::Schema::new(
    "PutThingOutput",
    &[::smithy_runtime::Member::new("Thing")],
);
impl ::smithy_runtime::codec::WriteValue for PutThingOutput {
    fn write(
        &self,
        s: &mut dyn ::smithy_runtime::codec::Serializer,
    ) -> Result<(), ::smithy_runtime::codec::Error> {
        s.write_struct(&SCHEMA, &[&self.thing])
    }
}
impl ::smithy_runtime::codec::ReadValue for PutThingOutput {
    fn read(
        d: &mut dyn ::smithy_runtime::codec::Deserializer,
    ) -> Result<Self, ::smithy_runtime::codec::Error> {
        let mut b = PutThingOutputBuilder::default();
        d.read_struct(&SCHEMA, &mut [&mut b.thing])?;
        Ok(b.build())
    }
}
