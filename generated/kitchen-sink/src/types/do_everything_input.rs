#[derive(Clone, PartialEq, Debug)]
#[cfg_attr(feature = "serde", derive(::serde::Serialize, ::serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "PascalCase"))]
#[non_exhaustive]
pub struct DoEverythingInput {
    pub everything: Option<crate::types::AllTypes>,
}
impl DoEverythingInput {
    /// A builder for [`DoEverythingInput`].
    pub fn builder() -> DoEverythingInputBuilder {
        DoEverythingInputBuilder::default()
    }
    /// Checks what the model requires before the request is sent: required members always, and the
    /// length, range and pattern constraints when `constraints` is on.
    #[cfg(feature = "client")]
    #[allow(unused_variables)]
    pub fn validate(
        &self,
        constraints: bool,
    ) -> Result<(), ::smithy_runtime::ValidationError> {
        Ok(())
    }
}
/// A builder for [`DoEverythingInput`]: a method per member, or set the public fields directly (for an `Option`).
#[derive(Clone, PartialEq, Default, Debug)]
#[non_exhaustive]
pub struct DoEverythingInputBuilder {
    pub everything: Option<crate::types::AllTypes>,
}
#[allow(clippy::should_implement_trait)]
impl DoEverythingInputBuilder {
    /// Sets `Everything`.
    pub fn everything(mut self, value: impl Into<crate::types::AllTypes>) -> Self {
        self.everything = Some(value.into());
        self
    }
    /// Builds the [`DoEverythingInput`].
    pub fn build(self) -> DoEverythingInput {
        DoEverythingInput {
            everything: self.everything,
        }
    }
}
use ::smithy_runtime::codec;
static SCHEMA: codec::Schema = codec::Schema::new(
    "DoEverythingInput",
    &[codec::Member::new("Everything")],
);
impl codec::WriteValue for DoEverythingInput {
    fn write(&self, s: &mut dyn codec::Serializer) -> Result<(), codec::Error> {
        s.write_struct(&SCHEMA, &[&self.everything])
    }
}
impl codec::ReadValue for DoEverythingInput {
    fn read(d: &mut dyn codec::Deserializer) -> Result<Self, codec::Error> {
        let mut b = DoEverythingInputBuilder::default();
        d.read_struct(&SCHEMA, &mut [&mut b.everything])?;
        Ok(b.build())
    }
}
