/// The backup is being used to restore a file system and cannot be deleted now.
#[derive(Clone, PartialEq, Debug, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct BackupRestoring {
    #[serde(
        rename = "Message",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub message: ::std::option::Option<::std::string::String>,
    /// The file system that is being restored from the backup.
    #[serde(
        rename = "FileSystemId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub file_system_id: ::std::option::Option<::std::string::String>,
}
impl BackupRestoring {
    /// A builder for [`BackupRestoring`].
    pub fn builder() -> BackupRestoringBuilder {
        BackupRestoringBuilder::default()
    }
}
/// A builder for [`BackupRestoring`].
#[derive(Clone, PartialEq, Default, Debug)]
#[non_exhaustive]
pub struct BackupRestoringBuilder {
    message: ::std::option::Option<::std::string::String>,
    file_system_id: ::std::option::Option<::std::string::String>,
}
impl BackupRestoringBuilder {
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
    /// Sets `FileSystemId`.
    pub fn file_system_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.file_system_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets or clears `FileSystemId`.
    pub fn set_file_system_id(
        mut self,
        value: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.file_system_id = value;
        self
    }
    /// Builds the [`BackupRestoring`].
    pub fn build(self) -> BackupRestoring {
        BackupRestoring {
            message: self.message,
            file_system_id: self.file_system_id,
        }
    }
}
impl ::std::fmt::Display for BackupRestoring {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self.message.as_deref() {
            ::std::option::Option::Some(m) => write!(f, "BackupRestoring: {}", m),
            ::std::option::Option::None => f.write_str("BackupRestoring"),
        }
    }
}
impl ::std::error::Error for BackupRestoring {}
