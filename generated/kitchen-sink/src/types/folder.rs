#[derive(Clone, PartialEq, Debug, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct Folder {
    /// **Required.**
    #[serde(rename = "Name")]
    pub name: String,
    #[serde(rename = "Children", skip_serializing_if = "Option::is_none")]
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
