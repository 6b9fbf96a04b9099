/// The whole structure is sensitive.
#[derive(Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(::serde::Serialize, ::serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "PascalCase"))]
#[non_exhaustive]
pub struct Credentials {
    pub user: Option<String>,
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
    /// Builds the [`Credentials`].
    pub fn build(self) -> Credentials {
        Credentials {
            user: self.user,
            password: self.password,
        }
    }
}
::smithy_runtime::setters!(
    CredentialsBuilder, [(user, String, "User"), (password, String, "Password")]
);
use ::smithy_runtime::codec;
static SCHEMA: codec::Schema = codec::Schema::new(
    "Credentials",
    &[codec::Member::new("User"), codec::Member::new("Password")],
);
::smithy_runtime::structure_codec!(
    Credentials, CredentialsBuilder, build, [user, password]
);
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
