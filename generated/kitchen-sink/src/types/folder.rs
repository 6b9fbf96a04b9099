#[derive(Clone, PartialEq, Debug, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct Folder {
    /// **Required.**
    #[serde(rename = "Name")]
    pub name: ::std::string::String,
    #[serde(
        rename = "Children",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub children: ::std::option::Option<::std::vec::Vec<crate::types::Folder>>,
}
impl Folder {
    /// A builder for [`Folder`].
    pub fn builder() -> FolderBuilder {
        FolderBuilder::default()
    }
}
/// A builder for [`Folder`].
#[derive(Clone, PartialEq, Default, Debug)]
#[non_exhaustive]
pub struct FolderBuilder {
    name: ::std::option::Option<::std::string::String>,
    children: ::std::option::Option<::std::vec::Vec<crate::types::Folder>>,
}
impl FolderBuilder {
    /// Sets `Name`.
    pub fn name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets or clears `Name`.
    pub fn set_name(
        mut self,
        value: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.name = value;
        self
    }
    /// Sets `Children`.
    pub fn children(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<crate::types::Folder>>,
    ) -> Self {
        self.children = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets or clears `Children`.
    pub fn set_children(
        mut self,
        value: ::std::option::Option<::std::vec::Vec<crate::types::Folder>>,
    ) -> Self {
        self.children = value;
        self
    }
    /// Builds the [`Folder`], or says which required member is missing.
    pub fn build(
        self,
    ) -> ::std::result::Result<Folder, ::smithy_runtime::types::BuildError> {
        ::std::result::Result::Ok(Folder {
            name: self
                .name
                .ok_or(::smithy_runtime::types::BuildError::missing("Folder", "Name"))?,
            children: self.children,
        })
    }
}
