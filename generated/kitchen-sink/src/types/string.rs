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
static SCHEMA: ::smithy_runtime::Schema = ::smithy_runtime::Schema::new(
    "String",
    &[::smithy_runtime::Member::new("Value")],
);
impl ::smithy_runtime::codec::WriteValue for String {
    fn write(
        &self,
        s: &mut dyn ::smithy_runtime::codec::Serializer,
    ) -> Result<(), ::smithy_runtime::codec::Error> {
        s.write_struct(&SCHEMA, &[&self.value])
    }
}
impl ::smithy_runtime::codec::ReadValue for String {
    fn read(
        d: &mut dyn ::smithy_runtime::codec::Deserializer,
    ) -> Result<Self, ::smithy_runtime::codec::Error> {
        let mut b = StringBuilder::default();
        d.read_struct(&SCHEMA, &mut [&mut b.value])?;
        Ok(b.build())
    }
}
