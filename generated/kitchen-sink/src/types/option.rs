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
    /// Sets `Some`.
    pub fn some(mut self, value: impl Into<String>) -> Self {
        self.some = Some(value.into());
        self
    }
    /// Sets `None`.
    pub fn none(mut self, value: impl Into<bool>) -> Self {
        self.none = Some(value.into());
        self
    }
    /// Builds the [`Option`].
    pub fn build(self) -> Option {
        Option {
            some: self.some,
            none: self.none,
        }
    }
}
use ::smithy_runtime::codec;
static SCHEMA: codec::Schema = codec::Schema::new(
    "Option",
    &[codec::Member::new("Some"), codec::Member::new("None")],
);
impl codec::WriteValue for Option {
    fn write(&self, s: &mut dyn codec::Serializer) -> Result<(), codec::Error> {
        s.write_struct(&SCHEMA, &[&self.some, &self.none])
    }
}
impl codec::ReadValue for Option {
    fn read(d: &mut dyn codec::Deserializer) -> Result<Self, codec::Error> {
        let mut b = OptionBuilder::default();
        d.read_struct(&SCHEMA, &mut [&mut b.some, &mut b.none])?;
        Ok(b.build())
    }
}
