/// Not `core::option::Option`.
#[derive(Clone, PartialEq, Debug)]
#[cfg_attr(feature = "serde", derive(::serde::Serialize, ::serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "PascalCase"))]
#[non_exhaustive]
pub struct Option {
    pub some: ::std::option::Option<String>,
    pub none: ::std::option::Option<bool>,
}
impl Option {
    /// A builder for [`Option`].
    pub fn builder() -> OptionBuilder {
        OptionBuilder::default()
    }
}
/// A builder for [`Option`]: a method per member, or set the public fields directly (for an `Option`).
#[derive(Clone, PartialEq, Default, Debug)]
#[non_exhaustive]
pub struct OptionBuilder {
    pub some: ::std::option::Option<String>,
    pub none: ::std::option::Option<bool>,
}
#[allow(clippy::should_implement_trait)]
impl OptionBuilder {
    /// Builds the [`Option`].
    pub fn build(self) -> Option {
        Option {
            some: self.some,
            none: self.none,
        }
    }
}
::smithy_runtime::setters!(
    OptionBuilder, [(some, String, "Some"), (none, bool, "None")]
);
use ::smithy_runtime::codec;
static SCHEMA: codec::Schema = codec::Schema::new(
    "Option",
    &[codec::Member::new("Some"), codec::Member::new("None")],
);
::smithy_runtime::structure_codec!(Option, OptionBuilder, build, [some, none]);
