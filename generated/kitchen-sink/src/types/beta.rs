#[derive(Clone, PartialEq, Debug)]
#[cfg_attr(feature = "serde", derive(::serde::Serialize, ::serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "PascalCase"))]
#[non_exhaustive]
pub struct Beta {
    pub alpha: Option<Box<crate::types::Alpha>>,
    pub note: Option<String>,
}
impl Beta {
    /// A builder for [`Beta`].
    pub fn builder() -> BetaBuilder {
        BetaBuilder::default()
    }
}
/// A builder for [`Beta`]: a method per member, or set the public fields directly (for an `Option`).
#[derive(Clone, PartialEq, Default, Debug)]
#[non_exhaustive]
pub struct BetaBuilder {
    pub alpha: Option<crate::types::Alpha>,
    pub note: Option<String>,
}
#[allow(clippy::should_implement_trait)]
impl BetaBuilder {
    /// Sets `Alpha`.
    pub fn alpha(mut self, value: impl Into<crate::types::Alpha>) -> Self {
        self.alpha = Some(value.into());
        self
    }
    /// Sets `Note`.
    pub fn note(mut self, value: impl Into<String>) -> Self {
        self.note = Some(value.into());
        self
    }
    /// Builds the [`Beta`].
    pub fn build(self) -> Beta {
        Beta {
            alpha: self.alpha.map(Box::new),
            note: self.note,
        }
    }
}
use ::smithy_runtime::codec;
static SCHEMA: codec::Schema = codec::Schema::new(
    "Beta",
    &[codec::Member::new("Alpha"), codec::Member::new("Note")],
);
impl codec::WriteValue for Beta {
    fn write(&self, s: &mut dyn codec::Serializer) -> Result<(), codec::Error> {
        s.write_struct(&SCHEMA, &[&self.alpha, &self.note])
    }
}
impl codec::ReadValue for Beta {
    fn read(d: &mut dyn codec::Deserializer) -> Result<Self, codec::Error> {
        let mut b = BetaBuilder::default();
        d.read_struct(&SCHEMA, &mut [&mut b.alpha, &mut b.note])?;
        Ok(b.build())
    }
}
