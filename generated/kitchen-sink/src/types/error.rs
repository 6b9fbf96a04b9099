/// An error whose name is the same as a Rust prelude type.
#[derive(Clone, PartialEq, Debug, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct Error {
    #[serde(
        rename = "Message",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub message: ::std::option::Option<::std::string::String>,
    /// An extra member beyond `Message`.
    #[serde(
        rename = "Reason",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub reason: ::std::option::Option<::std::string::String>,
}
impl Error {
    /// A builder for [`Error`].
    pub fn builder() -> ErrorBuilder {
        ErrorBuilder::default()
    }
}
/// A builder for [`Error`].
#[derive(Clone, PartialEq, Default, Debug)]
#[non_exhaustive]
pub struct ErrorBuilder {
    message: ::std::option::Option<::std::string::String>,
    reason: ::std::option::Option<::std::string::String>,
}
impl ErrorBuilder {
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
    /// Sets `Reason`.
    pub fn reason(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.reason = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets or clears `Reason`.
    pub fn set_reason(
        mut self,
        value: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.reason = value;
        self
    }
    /// Builds the [`Error`].
    pub fn build(self) -> Error {
        Error {
            message: self.message,
            reason: self.reason,
        }
    }
}
impl ::std::fmt::Display for Error {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self.message.as_deref() {
            ::std::option::Option::Some(m) => write!(f, "Error: {}", m),
            ::std::option::Option::None => f.write_str("Error"),
        }
    }
}
impl ::std::error::Error for Error {}
