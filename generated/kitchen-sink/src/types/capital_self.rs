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
    /// Sets `Self`.
    pub fn self_(mut self, value: impl Into<String>) -> Self {
        self.self_ = Some(value.into());
        self
    }
    /// Builds the [`CapitalSelf`].
    pub fn build(self) -> CapitalSelf {
        CapitalSelf { self_: self.self_ }
    }
}
use ::smithy_runtime::codec;
static SCHEMA: codec::Schema = codec::Schema::new(
    "CapitalSelf",
    &[codec::Member::new("Self")],
);
impl codec::WriteValue for CapitalSelf {
    fn write(&self, s: &mut dyn codec::Serializer) -> Result<(), codec::Error> {
        s.write_struct(&SCHEMA, &[&self.self_])
    }
}
impl codec::ReadValue for CapitalSelf {
    fn read(d: &mut dyn codec::Deserializer) -> Result<Self, codec::Error> {
        let mut b = CapitalSelfBuilder::default();
        d.read_struct(&SCHEMA, &mut [&mut b.self_])?;
        Ok(b.build())
    }
}
