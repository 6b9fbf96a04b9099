#[derive(Clone, PartialEq, Debug)]
#[cfg_attr(feature = "serde", derive(::serde::Serialize, ::serde::Deserialize))]
#[non_exhaustive]
pub struct EmptyStructure {}
impl EmptyStructure {
    /// A builder for [`EmptyStructure`].
    pub fn builder() -> EmptyStructureBuilder {
        EmptyStructureBuilder::default()
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
/// A builder for [`EmptyStructure`]: a method per member, or set the public fields directly (for an `Option`).
#[derive(Clone, PartialEq, Default, Debug)]
#[non_exhaustive]
pub struct EmptyStructureBuilder {}
#[allow(clippy::should_implement_trait)]
impl EmptyStructureBuilder {
    /// Builds the [`EmptyStructure`].
    pub fn build(self) -> EmptyStructure {
        EmptyStructure {}
    }
}
use ::smithy_runtime::codec;
static SCHEMA: codec::Schema = codec::Schema::new("EmptyStructure", &[]);
::smithy_runtime::structure_codec!(EmptyStructure, EmptyStructureBuilder, build, []);
