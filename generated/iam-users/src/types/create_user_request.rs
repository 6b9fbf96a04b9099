#[derive(Clone, PartialEq, Debug)]
#[cfg_attr(feature = "serde", derive(::serde::Serialize, ::serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "PascalCase"))]
#[non_exhaustive]
pub struct CreateUserRequest {
    pub path: Option<String>,
    /// **Required.**
    pub user_name: Option<String>,
    pub tags: Option<Vec<crate::types::Tag>>,
}
impl CreateUserRequest {
    /// A builder for [`CreateUserRequest`].
    pub fn builder() -> CreateUserRequestBuilder {
        CreateUserRequestBuilder::default()
    }
    /// Checks what the model requires before the request is sent: required members always, and the
    /// length, range and pattern constraints when `constraints` is on.
    #[cfg(feature = "client")]
    #[allow(unused_variables)]
    pub fn validate(
        &self,
        constraints: bool,
    ) -> Result<(), ::smithy_runtime::ValidationError> {
        ::smithy_runtime::validate::required(&self.user_name, "UserName")?;
        Ok(())
    }
}
/// A builder for [`CreateUserRequest`]: a method per member, or set the public fields directly (for an `Option`).
#[derive(Clone, PartialEq, Default, Debug)]
#[non_exhaustive]
pub struct CreateUserRequestBuilder {
    pub path: Option<String>,
    pub user_name: Option<String>,
    pub tags: Option<Vec<crate::types::Tag>>,
}
#[allow(clippy::should_implement_trait)]
impl CreateUserRequestBuilder {
    /// Builds the [`CreateUserRequest`], or says which required member is missing.
    pub fn build(
        self,
    ) -> Result<CreateUserRequest, ::smithy_runtime::types::BuildError> {
        Ok(CreateUserRequest {
            path: self.path,
            user_name: Some(
                self
                    .user_name
                    .ok_or(
                        ::smithy_runtime::types::BuildError::missing(
                            "CreateUserRequest",
                            "UserName",
                        ),
                    )?,
            ),
            tags: self.tags,
        })
    }
    /// What a response holds: like `build`, but a member the response left out is `None` or, when the
    /// field is not an `Option`, its zero value.
    pub(crate) fn build_read(self) -> CreateUserRequest {
        CreateUserRequest {
            path: self.path,
            user_name: self.user_name,
            tags: self.tags,
        }
    }
}
::smithy_runtime::setters!(
    CreateUserRequestBuilder, [(path, String, "Path"), (user_name, String, "UserName"),
    (tags, Vec:: < crate ::types::Tag >, "Tags")]
);
use ::smithy_runtime::codec;
static SCHEMA: codec::Schema = codec::Schema::new(
    "CreateUserRequest",
    &[
        codec::Member::new("Path"),
        codec::Member::new("UserName"),
        codec::Member::new("Tags"),
    ],
);
::smithy_runtime::structure_codec!(
    CreateUserRequest, CreateUserRequestBuilder, build_read, [path, user_name, tags]
);
