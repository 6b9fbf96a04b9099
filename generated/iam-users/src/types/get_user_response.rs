#[derive(Clone, PartialEq, Debug)]
#[cfg_attr(feature = "serde", derive(::serde::Serialize, ::serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "PascalCase"))]
#[non_exhaustive]
pub struct GetUserResponse {
    /// **Required.**
    pub user: crate::types::User,
}
impl GetUserResponse {
    /// A builder for [`GetUserResponse`].
    pub fn builder() -> GetUserResponseBuilder {
        GetUserResponseBuilder::default()
    }
}
/// A builder for [`GetUserResponse`]: a method per member, or set the public fields directly (for an `Option`).
#[derive(Clone, PartialEq, Default, Debug)]
#[non_exhaustive]
pub struct GetUserResponseBuilder {
    pub user: Option<crate::types::User>,
}
#[allow(clippy::should_implement_trait)]
impl GetUserResponseBuilder {
    /// Builds the [`GetUserResponse`], or says which required member is missing.
    pub fn build(self) -> Result<GetUserResponse, ::smithy_runtime::types::BuildError> {
        Ok(GetUserResponse {
            user: self
                .user
                .ok_or(
                    ::smithy_runtime::types::BuildError::missing(
                        "GetUserResponse",
                        "User",
                    ),
                )?,
        })
    }
    /// What a response holds: like `build`, but a member the response left out is `None` or, when the
    /// field is not an `Option`, its zero value.
    pub(crate) fn build_read(self) -> GetUserResponse {
        GetUserResponse {
            user: self.user.unwrap_or_else(::smithy_runtime::codec::ReadValue::zero),
        }
    }
}
::smithy_runtime::setters!(
    GetUserResponseBuilder, [(user, crate ::types::User, "User")]
);
use ::smithy_runtime::codec;
static SCHEMA: codec::Schema = codec::Schema::new(
    "GetUserResponse",
    &[codec::Member::new("User")],
);
::smithy_runtime::structure_codec!(
    GetUserResponse, GetUserResponseBuilder, build_read, [user]
);
