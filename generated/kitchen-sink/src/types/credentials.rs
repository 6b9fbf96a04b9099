/// The whole structure is sensitive.
#[derive(Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct Credentials {
    #[serde(rename = "User", skip_serializing_if = "Option::is_none")]
    pub user: Option<String>,
    #[serde(rename = "Password", skip_serializing_if = "Option::is_none")]
    pub password: Option<String>,
}
impl Credentials {
    /// A builder for [`Credentials`].
    pub fn builder() -> CredentialsBuilder {
        CredentialsBuilder::default()
    }
}
/// A builder for [`Credentials`]: a method per member, or set the public fields directly (for an `Option`).
#[derive(Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct CredentialsBuilder {
    pub user: Option<String>,
    pub password: Option<String>,
}
#[allow(clippy::should_implement_trait)]
impl CredentialsBuilder {
    /// Sets `User`.
    pub fn user(mut self, value: impl Into<String>) -> Self {
        self.user = Some(value.into());
        self
    }
    /// Sets `Password`.
    pub fn password(mut self, value: impl Into<String>) -> Self {
        self.password = Some(value.into());
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
