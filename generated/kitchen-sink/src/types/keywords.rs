/// Every member name is a Rust keyword.
#[derive(Clone, PartialEq, Debug, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct Keywords {
    #[serde(
        rename = "type",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub r#type: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "match",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub r#match: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "self",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub self_: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "crate",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub crate_: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "async",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub r#async: ::std::option::Option<bool>,
    #[serde(
        rename = "super",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub super_: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "try",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub r#try: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "fn",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub r#fn: ::std::option::Option<::std::string::String>,
}
impl Keywords {
    /// A builder for [`Keywords`].
    pub fn builder() -> KeywordsBuilder {
        KeywordsBuilder::default()
    }
}
/// A builder for [`Keywords`].
#[derive(Clone, PartialEq, Default, Debug)]
#[non_exhaustive]
pub struct KeywordsBuilder {
    r#type: ::std::option::Option<::std::string::String>,
    r#match: ::std::option::Option<::std::string::String>,
    self_: ::std::option::Option<::std::string::String>,
    crate_: ::std::option::Option<::std::string::String>,
    r#async: ::std::option::Option<bool>,
    super_: ::std::option::Option<::std::string::String>,
    r#try: ::std::option::Option<::std::string::String>,
    r#fn: ::std::option::Option<::std::string::String>,
}
impl KeywordsBuilder {
    /// Sets `type`.
    pub fn r#type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.r#type = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets or clears `type`.
    pub fn set_type(
        mut self,
        value: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.r#type = value;
        self
    }
    /// Sets `match`.
    pub fn r#match(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.r#match = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets or clears `match`.
    pub fn set_match(
        mut self,
        value: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.r#match = value;
        self
    }
    /// Sets `self`.
    pub fn self_(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.self_ = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets or clears `self`.
    pub fn set_self_(
        mut self,
        value: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.self_ = value;
        self
    }
    /// Sets `crate`.
    pub fn crate_(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.crate_ = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets or clears `crate`.
    pub fn set_crate_(
        mut self,
        value: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.crate_ = value;
        self
    }
    /// Sets `async`.
    pub fn r#async(mut self, value: impl ::std::convert::Into<bool>) -> Self {
        self.r#async = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets or clears `async`.
    pub fn set_async(mut self, value: ::std::option::Option<bool>) -> Self {
        self.r#async = value;
        self
    }
    /// Sets `super`.
    pub fn super_(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.super_ = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets or clears `super`.
    pub fn set_super_(
        mut self,
        value: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.super_ = value;
        self
    }
    /// Sets `try`.
    pub fn r#try(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.r#try = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets or clears `try`.
    pub fn set_try(
        mut self,
        value: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.r#try = value;
        self
    }
    /// Sets `fn`.
    pub fn r#fn(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.r#fn = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets or clears `fn`.
    pub fn set_fn(
        mut self,
        value: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.r#fn = value;
        self
    }
    /// Builds the [`Keywords`].
    pub fn build(self) -> Keywords {
        Keywords {
            r#type: self.r#type,
            r#match: self.r#match,
            self_: self.self_,
            crate_: self.crate_,
            r#async: self.r#async,
            super_: self.super_,
            r#try: self.r#try,
            r#fn: self.r#fn,
        }
    }
}
