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
    /// Builds the [`IdHolder`].
    pub fn build(self) -> IdHolder {
        IdHolder { id: self.id }
    }
}
::smithy_runtime::setters!(IdHolderBuilder, [(id, String, "ID")]);
use ::smithy_runtime::codec;
static SCHEMA: codec::Schema = codec::Schema::new(
    "IdHolder",
    &[codec::Member::new("ID")],
);
::smithy_runtime::structure_codec!(IdHolder, IdHolderBuilder, build, [id]);
