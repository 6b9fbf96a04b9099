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
use ::smithy_runtime::codec;
static SCHEMA: codec::Schema = codec::Schema::new(
    "IdHolder",
    &[codec::Member::new("ID")],
);
impl codec::WriteValue for IdHolder {
    fn write(&self, s: &mut dyn codec::Serializer) -> Result<(), codec::Error> {
        s.write_struct(&SCHEMA, &[&self.id])
    }
}
impl codec::ReadValue for IdHolder {
    fn read(d: &mut dyn codec::Deserializer) -> Result<Self, codec::Error> {
        let mut b = IdHolderBuilder::default();
        d.read_struct(&SCHEMA, &mut [&mut b.id])?;
        Ok(b.build())
    }
}
