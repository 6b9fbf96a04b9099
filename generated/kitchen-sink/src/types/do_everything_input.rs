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
    /// Builds the [`DoEverythingInput`].
    pub fn build(self) -> DoEverythingInput {
        DoEverythingInput {
            everything: self.everything,
        }
    }
}
::smithy_runtime::setters!(
    DoEverythingInputBuilder, [(everything, crate ::types::AllTypes, "Everything")]
);
use ::smithy_runtime::codec;
static SCHEMA: codec::Schema = codec::Schema::new(
    "DoEverythingInput",
    &[codec::Member::new("Everything")],
);
::smithy_runtime::structure_codec!(
    DoEverythingInput, DoEverythingInputBuilder, build, [everything]
);
