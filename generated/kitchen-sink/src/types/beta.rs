#[derive(Clone, PartialEq, Debug, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct Beta {
    #[serde(
        rename = "Alpha",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub alpha: ::std::option::Option<::std::boxed::Box<crate::types::Alpha>>,
    #[serde(
        rename = "Note",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub note: ::std::option::Option<::std::string::String>,
}
impl Beta {
    /// A builder for [`Beta`].
    pub fn builder() -> BetaBuilder {
        BetaBuilder::default()
    }
}
/// A builder for [`Beta`].
#[derive(Clone, PartialEq, Default, Debug)]
#[non_exhaustive]
pub struct BetaBuilder {
    alpha: ::std::option::Option<crate::types::Alpha>,
    note: ::std::option::Option<::std::string::String>,
}
impl BetaBuilder {
    /// Sets `Alpha`.
    pub fn alpha(
        mut self,
        value: impl ::std::convert::Into<crate::types::Alpha>,
    ) -> Self {
        self.alpha = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets or clears `Alpha`.
    pub fn set_alpha(
        mut self,
        value: ::std::option::Option<crate::types::Alpha>,
    ) -> Self {
        self.alpha = value;
        self
    }
    /// Sets `Note`.
    pub fn note(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.note = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets or clears `Note`.
    pub fn set_note(
        mut self,
        value: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.note = value;
        self
    }
    /// Builds the [`Beta`].
    pub fn build(self) -> Beta {
        Beta {
            alpha: self.alpha.map(::std::boxed::Box::new),
            note: self.note,
        }
    }
}
