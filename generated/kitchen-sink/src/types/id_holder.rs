#[derive(Clone, PartialEq, Debug)]
#[cfg_attr(feature = "serde", derive(::serde::Serialize, ::serde::Deserialize))]
#[non_exhaustive]
pub struct IdHolder {
    #[cfg_attr(feature = "serde", serde(rename = "ID"))]
    pub id: Option<String>,
}
impl IdHolder {
    /// A builder for [`IdHolder`].
    pub fn builder() -> IdHolderBuilder {
        IdHolderBuilder::default()
    }
}
/// A builder for [`IdHolder`]: a method per member, or set the public fields directly (for an `Option`).
#[derive(Clone, PartialEq, Default, Debug)]
#[non_exhaustive]
pub struct IdHolderBuilder {
    pub id: Option<String>,
}
#[allow(clippy::should_implement_trait)]
impl IdHolderBuilder {
    /// Sets `ID`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Builds the [`IdHolder`].
    pub fn build(self) -> IdHolder {
        IdHolder { id: self.id }
    }
}
static SCHEMA: ::smithy_runtime::Schema = ::smithy_runtime::Schema::new(
    "IdHolder",
    &[::smithy_runtime::Member::new("ID")],
);
impl ::smithy_runtime::codec::WriteValue for IdHolder {
    fn write(
        &self,
        s: &mut dyn ::smithy_runtime::codec::Serializer,
    ) -> Result<(), ::smithy_runtime::codec::Error> {
        s.write_struct(&SCHEMA, &[&self.id])
    }
}
impl ::smithy_runtime::codec::ReadValue for IdHolder {
    fn read(
        d: &mut dyn ::smithy_runtime::codec::Deserializer,
    ) -> Result<Self, ::smithy_runtime::codec::Error> {
        let mut b = IdHolderBuilder::default();
        d.read_struct(&SCHEMA, &mut [&mut b.id])?;
        Ok(b.build())
    }
}
