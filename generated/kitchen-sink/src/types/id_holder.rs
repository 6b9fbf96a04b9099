#[derive(Clone, PartialEq, Debug, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct IdHolder {
    #[serde(
        rename = "ID",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub id: ::std::option::Option<::std::string::String>,
}
impl IdHolder {
    /// A builder for [`IdHolder`].
    pub fn builder() -> IdHolderBuilder {
        IdHolderBuilder::default()
    }
}
/// A builder for [`IdHolder`].
#[derive(Clone, PartialEq, Default, Debug)]
#[non_exhaustive]
pub struct IdHolderBuilder {
    id: ::std::option::Option<::std::string::String>,
}
impl IdHolderBuilder {
    /// Sets `ID`.
    pub fn id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets or clears `ID`.
    pub fn set_id(
        mut self,
        value: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.id = value;
        self
    }
    /// Builds the [`IdHolder`].
    pub fn build(self) -> IdHolder {
        IdHolder { id: self.id }
    }
}
