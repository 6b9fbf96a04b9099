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
    /// Builds the [`Beta`].
    pub fn build(self) -> Beta {
        Beta {
            alpha: self.alpha.map(Box::new),
            note: self.note,
        }
    }
}
::smithy_runtime::setters!(
    BetaBuilder, [(alpha, crate ::types::Alpha, "Alpha"), (note, String, "Note")]
);
use ::smithy_runtime::codec;
static SCHEMA: codec::Schema = codec::Schema::new(
    "Beta",
    &[codec::Member::new("Alpha"), codec::Member::new("Note")],
);
::smithy_runtime::structure_codec!(Beta, BetaBuilder, build, [alpha, note]);
