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
    /// Sets `Value`.
    pub fn value(mut self, value: impl Into<::std::string::String>) -> Self {
        self.value = Some(value.into());
        self
    }
    /// Builds the [`String`].
    pub fn build(self) -> String {
        String { value: self.value }
    }
}
use ::smithy_runtime::codec;
static SCHEMA: codec::Schema = codec::Schema::new(
    "String",
    &[codec::Member::new("Value")],
);
impl codec::WriteValue for String {
    fn write(&self, s: &mut dyn codec::Serializer) -> Result<(), codec::Error> {
        s.write_struct(&SCHEMA, &[&self.value])
    }
}
impl codec::ReadValue for String {
    fn read(d: &mut dyn codec::Deserializer) -> Result<Self, codec::Error> {
        let mut b = StringBuilder::default();
        d.read_struct(&SCHEMA, &mut [&mut b.value])?;
        Ok(b.build())
    }
}
