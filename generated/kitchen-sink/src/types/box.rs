#[derive(Clone, PartialEq, Debug)]
#[cfg_attr(feature = "serde", derive(::serde::Serialize, ::serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "PascalCase"))]
#[non_exhaustive]
pub struct Box {
    /// Documented through an `apply` block.
    pub width: Option<i32>,
    pub label: Option<String>,
}
impl Box {
    /// A builder for [`Box`].
    pub fn builder() -> BoxBuilder {
        BoxBuilder::default()
    }
}
/// A builder for [`Box`]: a method per member, or set the public fields directly (for an `Option`).
#[derive(Clone, PartialEq, Default, Debug)]
#[non_exhaustive]
pub struct BoxBuilder {
    pub width: Option<i32>,
    pub label: Option<String>,
}
#[allow(clippy::should_implement_trait)]
impl BoxBuilder {
    /// Sets `Width`.
    pub fn width(mut self, value: impl Into<i32>) -> Self {
        self.width = Some(value.into());
        self
    }
    /// Sets `Label`.
    pub fn label(mut self, value: impl Into<String>) -> Self {
        self.label = Some(value.into());
        self
    }
    /// Builds the [`Box`].
    pub fn build(self) -> Box {
        Box {
            width: self.width,
            label: self.label,
        }
    }
}
use ::smithy_runtime::codec;
static SCHEMA: codec::Schema = codec::Schema::new(
    "Box",
    &[codec::Member::new("Width"), codec::Member::new("Label")],
);
impl codec::WriteValue for Box {
    fn write(&self, s: &mut dyn codec::Serializer) -> Result<(), codec::Error> {
        s.write_struct(&SCHEMA, &[&self.width, &self.label])
    }
}
impl codec::ReadValue for Box {
    fn read(d: &mut dyn codec::Deserializer) -> Result<Self, codec::Error> {
        let mut b = BoxBuilder::default();
        d.read_struct(&SCHEMA, &mut [&mut b.width, &mut b.label])?;
        Ok(b.build())
    }
}
