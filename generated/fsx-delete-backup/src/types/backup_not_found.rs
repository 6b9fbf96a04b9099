/// No backup matches the given ID or filters.
#[derive(Clone, PartialEq, Debug, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct BackupNotFound {
    #[serde(
        rename = "Message",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub message: ::std::option::Option<::std::string::String>,
}
impl BackupNotFound {
    /// A builder for [`BackupNotFound`].
    pub fn builder() -> BackupNotFoundBuilder {
        BackupNotFoundBuilder::default()
    }
}
/// A builder for [`BackupNotFound`].
#[derive(Clone, PartialEq, Default, Debug)]
#[non_exhaustive]
pub struct BackupNotFoundBuilder {
    message: ::std::option::Option<::std::string::String>,
}
impl BackupNotFoundBuilder {
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
    /// Builds the [`BackupNotFound`].
    pub fn build(self) -> BackupNotFound {
        BackupNotFound {
            message: self.message,
        }
    }
}
impl ::std::fmt::Display for BackupNotFound {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self.message.as_deref() {
            ::std::option::Option::Some(m) => write!(f, "BackupNotFound: {}", m),
            ::std::option::Option::None => f.write_str("BackupNotFound"),
        }
    }
}
impl ::std::error::Error for BackupNotFound {}
