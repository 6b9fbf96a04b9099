/// An IAM user.
#[derive(Clone, PartialEq, Debug)]
#[cfg_attr(feature = "serde", derive(::serde::Serialize, ::serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "PascalCase"))]
#[non_exhaustive]
pub struct User {
    /// **Required.**
    pub path: String,
    /// **Required.**
    pub user_name: String,
    /// **Required.**
    pub user_id: String,
    /// **Required.**
    pub arn: String,
    /// **Required.**
    pub create_date: ::smithy_runtime::types::DateTime,
    pub password_last_used: Option<::smithy_runtime::types::DateTime>,
    pub tags: Option<Vec<crate::types::Tag>>,
}
impl User {
    /// A builder for [`User`].
    pub fn builder() -> UserBuilder {
        UserBuilder::default()
    }
}
/// A builder for [`User`]: a method per member, or set the public fields directly (for an `Option`).
#[derive(Clone, PartialEq, Default, Debug)]
#[non_exhaustive]
pub struct UserBuilder {
    pub path: Option<String>,
    pub user_name: Option<String>,
    pub user_id: Option<String>,
    pub arn: Option<String>,
    pub create_date: Option<::smithy_runtime::types::DateTime>,
    pub password_last_used: Option<::smithy_runtime::types::DateTime>,
    pub tags: Option<Vec<crate::types::Tag>>,
}
#[allow(clippy::should_implement_trait)]
impl UserBuilder {
    /// Builds the [`User`], or says which required member is missing.
    pub fn build(self) -> Result<User, ::smithy_runtime::types::BuildError> {
        Ok(User {
            path: self
                .path
                .ok_or(::smithy_runtime::types::BuildError::missing("User", "Path"))?,
            user_name: self
                .user_name
                .ok_or(
                    ::smithy_runtime::types::BuildError::missing("User", "UserName"),
                )?,
            user_id: self
                .user_id
                .ok_or(::smithy_runtime::types::BuildError::missing("User", "UserId"))?,
            arn: self
                .arn
                .ok_or(::smithy_runtime::types::BuildError::missing("User", "Arn"))?,
            create_date: self
                .create_date
                .ok_or(
                    ::smithy_runtime::types::BuildError::missing("User", "CreateDate"),
                )?,
            password_last_used: self.password_last_used,
            tags: self.tags,
        })
    }
    /// What a response holds: like `build`, but a member the response left out is `None` or, when the
    /// field is not an `Option`, its zero value.
    pub(crate) fn build_read(self) -> User {
        User {
            path: self.path.unwrap_or_else(::smithy_runtime::codec::ReadValue::zero),
            user_name: self
                .user_name
                .unwrap_or_else(::smithy_runtime::codec::ReadValue::zero),
            user_id: self
                .user_id
                .unwrap_or_else(::smithy_runtime::codec::ReadValue::zero),
            arn: self.arn.unwrap_or_else(::smithy_runtime::codec::ReadValue::zero),
            create_date: self
                .create_date
                .unwrap_or_else(::smithy_runtime::codec::ReadValue::zero),
            password_last_used: self.password_last_used,
            tags: self.tags,
        }
    }
}
::smithy_runtime::setters!(
    UserBuilder, [(path, String, "Path"), (user_name, String, "UserName"), (user_id,
    String, "UserId"), (arn, String, "Arn"), (create_date,
    ::smithy_runtime::types::DateTime, "CreateDate"), (password_last_used,
    ::smithy_runtime::types::DateTime, "PasswordLastUsed"), (tags, Vec:: < crate
    ::types::Tag >, "Tags")]
);
use ::smithy_runtime::codec;
static SCHEMA: codec::Schema = codec::Schema::new(
    "User",
    &[
        codec::Member::new("Path"),
        codec::Member::new("UserName"),
        codec::Member::new("UserId"),
        codec::Member::new("Arn"),
        codec::Member::new("CreateDate"),
        codec::Member::new("PasswordLastUsed"),
        codec::Member::new("Tags"),
    ],
);
::smithy_runtime::structure_codec!(
    User, UserBuilder, build_read, [path, user_name, user_id, arn, create_date,
    password_last_used, tags]
);
