/// The whole structure is sensitive.
#[derive(Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct Credentials {
    #[serde(
        rename = "User",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub user: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "Password",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub password: ::std::option::Option<::std::string::String>,
}
impl Credentials {
    /// A builder for [`Credentials`].
    pub fn builder() -> CredentialsBuilder {
        CredentialsBuilder::default()
    }
}
/// A builder for [`Credentials`].
#[derive(Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct CredentialsBuilder {
    user: ::std::option::Option<::std::string::String>,
    password: ::std::option::Option<::std::string::String>,
}
impl CredentialsBuilder {
    /// Sets `User`.
    pub fn user(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.user = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets or clears `User`.
    pub fn set_user(
        mut self,
        value: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.user = value;
        self
    }
    /// Sets `Password`.
    pub fn password(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.password = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets or clears `Password`.
    pub fn set_password(
        mut self,
        value: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.password = value;
        self
    }
    /// Builds the [`Credentials`].
    pub fn build(self) -> Credentials {
        Credentials {
            user: self.user,
            password: self.password,
        }
    }
}
impl ::std::fmt::Debug for Credentials {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str("*** Sensitive Data Redacted ***")
    }
}
impl ::std::fmt::Debug for CredentialsBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str("*** Sensitive Data Redacted ***")
    }
}
