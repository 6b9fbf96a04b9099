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
    /// Sets `Data`.
    pub fn data(mut self, value: impl Into<String>) -> Self {
        self.data = Some(value.into());
        self
    }
    /// Builds the [`LegacyThing`].
    pub fn build(self) -> LegacyThing {
        LegacyThing { data: self.data }
    }
}
static SCHEMA: ::smithy_runtime::Schema = ::smithy_runtime::Schema::new(
    "LegacyThing",
    &[::smithy_runtime::Member::new("Data")],
);
impl ::smithy_runtime::codec::WriteValue for LegacyThing {
    fn write(
        &self,
        s: &mut dyn ::smithy_runtime::codec::Serializer,
    ) -> Result<(), ::smithy_runtime::codec::Error> {
        s.write_struct(&SCHEMA, &[&self.data])
    }
}
impl ::smithy_runtime::codec::ReadValue for LegacyThing {
    fn read(
        d: &mut dyn ::smithy_runtime::codec::Deserializer,
    ) -> Result<Self, ::smithy_runtime::codec::Error> {
        let mut b = LegacyThingBuilder::default();
        d.read_struct(&SCHEMA, &mut [&mut b.data])?;
        Ok(b.build())
    }
}
