#[derive(Clone, PartialEq, Debug)]
#[cfg_attr(feature = "serde", derive(::serde::Serialize, ::serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "PascalCase"))]
#[non_exhaustive]
pub struct Folder {
    /// **Required.**
    pub name: String,
    pub children: Option<Vec<crate::types::Folder>>,
}
impl Folder {
    /// A builder for [`Folder`].
    pub fn builder() -> FolderBuilder {
        FolderBuilder::default()
    }
}
/// A builder for [`Folder`]: a method per member, or set the public fields directly (for an `Option`).
#[derive(Clone, PartialEq, Default, Debug)]
#[non_exhaustive]
pub struct FolderBuilder {
    pub name: Option<String>,
    pub children: Option<Vec<crate::types::Folder>>,
}
#[allow(clippy::should_implement_trait)]
impl FolderBuilder {
    /// Sets `Name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets `Children`.
    pub fn children(mut self, value: impl Into<Vec<crate::types::Folder>>) -> Self {
        self.children = Some(value.into());
        self
    }
    /// Builds the [`Folder`], or says which required member is missing.
    pub fn build(self) -> Result<Folder, ::smithy_runtime::types::BuildError> {
        Ok(Folder {
            name: self
                .name
                .ok_or(::smithy_runtime::types::BuildError::missing("Folder", "Name"))?,
            children: self.children,
        })
    }
}
use ::smithy_runtime::codec;
static SCHEMA: codec::Schema = codec::Schema::new(
    "Folder",
    &[codec::Member::new("Name"), codec::Member::new("Children")],
);
impl codec::WriteValue for Folder {
    fn write(&self, s: &mut dyn codec::Serializer) -> Result<(), codec::Error> {
        s.write_struct(&SCHEMA, &[&self.name, &self.children])
    }
}
impl codec::ReadValue for Folder {
    fn read(d: &mut dyn codec::Deserializer) -> Result<Self, codec::Error> {
        let mut b = FolderBuilder::default();
        d.read_struct(&SCHEMA, &mut [&mut b.name, &mut b.children])?;
        Ok(b.build()?)
    }
}
