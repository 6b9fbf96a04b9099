/// `Self` lives apart from `self`: member names must be unique ignoring case.
#[derive(Clone, PartialEq, Debug)]
#[cfg_attr(feature = "serde", derive(::serde::Serialize, ::serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "PascalCase"))]
#[non_exhaustive]
pub struct CapitalSelf {
    /// Cannot be a raw identifier in Rust.
    pub self_: Option<String>,
}
impl CapitalSelf {
    /// A builder for [`CapitalSelf`].
    pub fn builder() -> CapitalSelfBuilder {
        CapitalSelfBuilder::default()
    }
}
/// A builder for [`CapitalSelf`]: a method per member, or set the public fields directly (for an `Option`).
#[derive(Clone, PartialEq, Default, Debug)]
#[non_exhaustive]
pub struct CapitalSelfBuilder {
    pub self_: Option<String>,
}
#[allow(clippy::should_implement_trait)]
impl CapitalSelfBuilder {
    /// Builds the [`CapitalSelf`].
    pub fn build(self) -> CapitalSelf {
        CapitalSelf { self_: self.self_ }
    }
}
::smithy_runtime::setters!(CapitalSelfBuilder, [(self_, String, "Self")]);
use ::smithy_runtime::codec;
static SCHEMA: codec::Schema = codec::Schema::new(
    "CapitalSelf",
    &[codec::Member::new("Self")],
);
::smithy_runtime::structure_codec!(CapitalSelf, CapitalSelfBuilder, build, [self_]);
