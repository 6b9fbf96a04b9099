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
    /// Builds the [`Folder`], or says which required member is missing.
    pub fn build(self) -> Result<Folder, ::smithy_runtime::types::BuildError> {
        Ok(Folder {
            name: self
                .name
                .ok_or(::smithy_runtime::types::BuildError::missing("Folder", "Name"))?,
            children: self.children,
        })
    }
    /// What a response holds: like `build`, but a member the response left out is `None` or, when the
    /// field is not an `Option`, its zero value.
    pub(crate) fn build_read(self) -> Folder {
        Folder {
            name: self.name.unwrap_or_else(::smithy_runtime::codec::ReadValue::zero),
            children: self.children,
        }
    }
}
::smithy_runtime::setters!(FolderBuilder, [(name, String, "Name")]);
::smithy_runtime::list_setters!(
    FolderBuilder, [(children, push_children, crate ::types::Folder, "Children")]
);
use ::smithy_runtime::codec;
static SCHEMA: codec::Schema = codec::Schema::new(
    "Folder",
    &[codec::Member::new("Name"), codec::Member::new("Children")],
);
::smithy_runtime::structure_codec!(Folder, FolderBuilder, build_read, [name, children]);
