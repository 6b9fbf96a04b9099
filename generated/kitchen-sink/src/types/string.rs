/// A structure named `String`.
#[derive(Clone, PartialEq, Debug)]
#[cfg_attr(feature = "serde", derive(::serde::Serialize, ::serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "PascalCase"))]
#[non_exhaustive]
pub struct String {
    pub value: Option<::std::string::String>,
}
impl String {
    /// A builder for [`String`].
    pub fn builder() -> StringBuilder {
        StringBuilder::default()
    }
}
/// A builder for [`String`]: a method per member, or set the public fields directly (for an `Option`).
#[derive(Clone, PartialEq, Default, Debug)]
#[non_exhaustive]
pub struct StringBuilder {
    pub value: Option<::std::string::String>,
}
#[allow(clippy::should_implement_trait)]
impl StringBuilder {
    /// Builds the [`String`].
    pub fn build(self) -> String {
        String { value: self.value }
    }
}
::smithy_runtime::setters!(StringBuilder, [(value, ::std::string::String, "Value")]);
use ::smithy_runtime::codec;
static SCHEMA: codec::Schema = codec::Schema::new(
    "String",
    &[codec::Member::new("Value")],
);
::smithy_runtime::structure_codec!(String, StringBuilder, build, [value]);
