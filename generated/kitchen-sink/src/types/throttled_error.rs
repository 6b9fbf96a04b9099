/// Too many requests; retry after a back-off.
#[derive(Clone, PartialEq, Debug, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ThrottledError {
    #[serde(
        rename = "Message",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub message: ::std::option::Option<::std::string::String>,
}
impl ThrottledError {
    /// A builder for [`ThrottledError`].
    pub fn builder() -> ThrottledErrorBuilder {
        ThrottledErrorBuilder::default()
    }
}
/// A builder for [`ThrottledError`].
#[derive(Clone, PartialEq, Default, Debug)]
#[non_exhaustive]
pub struct ThrottledErrorBuilder {
    message: ::std::option::Option<::std::string::String>,
}
impl ThrottledErrorBuilder {
    /// Sets `Message`.
    pub fn message(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.message = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets or clears `Message`.
    pub fn set_message(
        mut self,
        value: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.message = value;
        self
    }
    /// Builds the [`ThrottledError`].
    pub fn build(self) -> ThrottledError {
        ThrottledError {
            message: self.message,
        }
    }
}
impl ::std::fmt::Display for ThrottledError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self.message.as_deref() {
            ::std::option::Option::Some(m) => write!(f, "ThrottledError: {}", m),
            ::std::option::Option::None => f.write_str("ThrottledError"),
        }
    }
}
impl ::std::error::Error for ThrottledError {}
