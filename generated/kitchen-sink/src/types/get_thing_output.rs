#[derive(Clone, PartialEq, Debug)]
#[cfg_attr(feature = "serde", derive(::serde::Serialize, ::serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "PascalCase"))]
#[non_exhaustive]
pub struct GetThingOutput {
    /// The stored thing.
    ///
    /// **Required.**
    pub thing: crate::types::Thing,
}
impl GetThingOutput {
    /// A builder for [`GetThingOutput`].
    pub fn builder() -> GetThingOutputBuilder {
        GetThingOutputBuilder::default()
    }
}
/// A builder for [`GetThingOutput`]: a method per member, or set the public fields directly (for an `Option`).
#[derive(Clone, PartialEq, Default, Debug)]
#[non_exhaustive]
pub struct GetThingOutputBuilder {
    pub thing: Option<crate::types::Thing>,
}
#[allow(clippy::should_implement_trait)]
impl GetThingOutputBuilder {
    /// Sets `Thing`.
    pub fn thing(mut self, value: impl Into<crate::types::Thing>) -> Self {
        self.thing = Some(value.into());
        self
    }
    /// Builds the [`GetThingOutput`], or says which required member is missing.
    pub fn build(self) -> Result<GetThingOutput, ::smithy_runtime::types::BuildError> {
        Ok(GetThingOutput {
            thing: self
                .thing
                .ok_or(
                    ::smithy_runtime::types::BuildError::missing(
                        "GetThingOutput",
                        "Thing",
                    ),
                )?,
        })
    }
}
use ::smithy_runtime::codec;
static SCHEMA: codec::Schema = codec::Schema::new(
    "GetThingOutput",
    &[codec::Member::new("Thing")],
);
impl codec::WriteValue for GetThingOutput {
    fn write(&self, s: &mut dyn codec::Serializer) -> Result<(), codec::Error> {
        s.write_struct(&SCHEMA, &[&self.thing])
    }
}
impl codec::ReadValue for GetThingOutput {
    fn read(d: &mut dyn codec::Deserializer) -> Result<Self, codec::Error> {
        let mut b = GetThingOutputBuilder::default();
        d.read_struct(&SCHEMA, &mut [&mut b.thing])?;
        Ok(b.build()?)
    }
}
