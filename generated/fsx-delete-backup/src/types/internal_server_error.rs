/// Amazon FSx failed on its side.
#[derive(Clone, PartialEq, Debug, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct InternalServerError {
    #[serde(
        rename = "Message",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub message: ::std::option::Option<::std::string::String>,
}
impl InternalServerError {
    /// A builder for [`InternalServerError`].
    pub fn builder() -> InternalServerErrorBuilder {
        InternalServerErrorBuilder::default()
    }
}
/// A builder for [`InternalServerError`].
#[derive(Clone, PartialEq, Default, Debug)]
#[non_exhaustive]
pub struct InternalServerErrorBuilder {
    message: ::std::option::Option<::std::string::String>,
}
impl InternalServerErrorBuilder {
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
    /// Builds the [`InternalServerError`].
    pub fn build(self) -> InternalServerError {
        InternalServerError {
            message: self.message,
        }
    }
}
impl ::std::fmt::Display for InternalServerError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self.message.as_deref() {
            ::std::option::Option::Some(m) => write!(f, "InternalServerError: {}", m),
            ::std::option::Option::None => f.write_str("InternalServerError"),
        }
    }
}
impl ::std::error::Error for InternalServerError {}
