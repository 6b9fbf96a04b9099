#[derive(Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(::serde::Serialize, ::serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "PascalCase"))]
#[non_exhaustive]
pub struct Credentials {
    /// **Required.**
    pub access_key_id: String,
    /// **Required.**
    pub secret_access_key: String,
    /// **Required.**
    pub session_token: String,
    /// **Required.**
    pub expiration: ::smithy_runtime::types::DateTime,
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
    pub access_key_id: Option<String>,
    pub secret_access_key: Option<String>,
    pub session_token: Option<String>,
    pub expiration: Option<::smithy_runtime::types::DateTime>,
}
#[allow(clippy::should_implement_trait)]
impl CredentialsBuilder {
    /// Builds the [`Credentials`], or says which required member is missing.
    pub fn build(self) -> Result<Credentials, ::smithy_runtime::types::BuildError> {
        Ok(Credentials {
            access_key_id: self
                .access_key_id
                .ok_or(
                    ::smithy_runtime::types::BuildError::missing(
                        "Credentials",
                        "AccessKeyId",
                    ),
                )?,
            secret_access_key: self
                .secret_access_key
                .ok_or(
                    ::smithy_runtime::types::BuildError::missing(
                        "Credentials",
                        "SecretAccessKey",
                    ),
                )?,
            session_token: self
                .session_token
                .ok_or(
                    ::smithy_runtime::types::BuildError::missing(
                        "Credentials",
                        "SessionToken",
                    ),
                )?,
            expiration: self
                .expiration
                .ok_or(
                    ::smithy_runtime::types::BuildError::missing(
                        "Credentials",
                        "Expiration",
                    ),
                )?,
        })
    }
    /// What a response holds: like `build`, but a member the response left out is `None` or, when the
    /// field is not an `Option`, its zero value.
    pub(crate) fn build_read(self) -> Credentials {
        Credentials {
            access_key_id: self
                .access_key_id
                .unwrap_or_else(::smithy_runtime::codec::ReadValue::zero),
            secret_access_key: self
                .secret_access_key
                .unwrap_or_else(::smithy_runtime::codec::ReadValue::zero),
            session_token: self
                .session_token
                .unwrap_or_else(::smithy_runtime::codec::ReadValue::zero),
            expiration: self
                .expiration
                .unwrap_or_else(::smithy_runtime::codec::ReadValue::zero),
        }
    }
}
::smithy_runtime::setters!(
    CredentialsBuilder, [(access_key_id, String, "AccessKeyId"), (secret_access_key,
    String, "SecretAccessKey"), (session_token, String, "SessionToken"), (expiration,
    ::smithy_runtime::types::DateTime, "Expiration")]
);
use ::smithy_runtime::codec;
static SCHEMA: codec::Schema = codec::Schema::new(
    "Credentials",
    &[
        codec::Member::new("AccessKeyId"),
        codec::Member::new("SecretAccessKey"),
        codec::Member::new("SessionToken"),
        codec::Member::new("Expiration"),
    ],
);
::smithy_runtime::structure_codec!(
    Credentials, CredentialsBuilder, build_read, [access_key_id, secret_access_key,
    session_token, expiration]
);
impl ::std::fmt::Debug for Credentials {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("Credentials")
            .field("access_key_id", &self.access_key_id)
            .field("secret_access_key", &"*** Sensitive Data Redacted ***")
            .field("session_token", &self.session_token)
            .field("expiration", &self.expiration)
            .finish()
    }
}
impl ::std::fmt::Debug for CredentialsBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CredentialsBuilder")
            .field("access_key_id", &self.access_key_id)
            .field("secret_access_key", &"*** Sensitive Data Redacted ***")
            .field("session_token", &self.session_token)
            .field("expiration", &self.expiration)
            .finish()
    }
}
