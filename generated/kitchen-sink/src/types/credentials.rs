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
use ::smithy_runtime::codec;
static SCHEMA: codec::Schema = codec::Schema::new(
    "Credentials",
    &[codec::Member::new("User"), codec::Member::new("Password")],
);
impl codec::WriteValue for Credentials {
    fn write(&self, s: &mut dyn codec::Serializer) -> Result<(), codec::Error> {
        s.write_struct(&SCHEMA, &[&self.user, &self.password])
    }
}
impl codec::ReadValue for Credentials {
    fn read(d: &mut dyn codec::Deserializer) -> Result<Self, codec::Error> {
        let mut b = CredentialsBuilder::default();
        d.read_struct(&SCHEMA, &mut [&mut b.user, &mut b.password])?;
        Ok(b.build())
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
