#[derive(Clone, PartialEq, Debug)]
#[cfg_attr(feature = "serde", derive(::serde::Serialize, ::serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "PascalCase"))]
#[non_exhaustive]
pub struct Alpha {
    pub beta: Option<crate::types::Beta>,
}
impl Alpha {
    /// A builder for [`Alpha`].
    pub fn builder() -> AlphaBuilder {
        AlphaBuilder::default()
    }
}
/// A builder for [`Alpha`]: a method per member, or set the public fields directly (for an `Option`).
#[derive(Clone, PartialEq, Default, Debug)]
#[non_exhaustive]
pub struct AlphaBuilder {
    pub beta: Option<crate::types::Beta>,
}
#[allow(clippy::should_implement_trait)]
impl AlphaBuilder {
    /// Sets `Beta`.
    pub fn beta(mut self, value: impl Into<crate::types::Beta>) -> Self {
        self.beta = Some(value.into());
        self
    }
    /// Builds the [`Alpha`].
    pub fn build(self) -> Alpha {
        Alpha { beta: self.beta }
    }
}
static SCHEMA: ::smithy_runtime::Schema = ::smithy_runtime::Schema::new(
    "Alpha",
    &[::smithy_runtime::Member::new("Beta")],
);
impl ::smithy_runtime::codec::WriteValue for Alpha {
    fn write(
        &self,
        s: &mut dyn ::smithy_runtime::codec::Serializer,
    ) -> Result<(), ::smithy_runtime::codec::Error> {
        s.write_struct(&SCHEMA, &[&self.beta])
    }
}
impl ::smithy_runtime::codec::ReadValue for Alpha {
    fn read(
        d: &mut dyn ::smithy_runtime::codec::Deserializer,
    ) -> Result<Self, ::smithy_runtime::codec::Error> {
        let mut b = AlphaBuilder::default();
        d.read_struct(&SCHEMA, &mut [&mut b.beta])?;
        Ok(b.build())
    }
}
