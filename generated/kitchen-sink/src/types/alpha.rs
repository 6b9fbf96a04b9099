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
    /// Sets `Beta`.
    pub fn beta(mut self, value: impl Into<crate::types::Beta>) -> Self {
        self.beta = Some(value.into());
        self
    }
    /// Builds the [`Alpha`].
    pub fn build(self) -> Alpha {
        Alpha { beta: self.beta }
    }
}
use ::smithy_runtime::codec;
static SCHEMA: codec::Schema = codec::Schema::new(
    "Alpha",
    &[codec::Member::new("Beta")],
);
impl codec::WriteValue for Alpha {
    fn write(&self, s: &mut dyn codec::Serializer) -> Result<(), codec::Error> {
        s.write_struct(&SCHEMA, &[&self.beta])
    }
}
impl codec::ReadValue for Alpha {
    fn read(d: &mut dyn codec::Deserializer) -> Result<Self, codec::Error> {
        let mut b = AlphaBuilder::default();
        d.read_struct(&SCHEMA, &mut [&mut b.beta])?;
        Ok(b.build())
    }
}
