#[derive(Clone, PartialEq, Debug)]
#[cfg_attr(feature = "serde", derive(::serde::Serialize, ::serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "PascalCase"))]
#[non_exhaustive]
pub struct CreateUserResponse {
    pub user: Option<crate::types::User>,
}
impl CreateUserResponse {
    /// A builder for [`CreateUserResponse`].
    pub fn builder() -> CreateUserResponseBuilder {
        CreateUserResponseBuilder::default()
    }
}
/// A builder for [`CreateUserResponse`]: a method per member, or set the public fields directly (for an `Option`).
#[derive(Clone, PartialEq, Default, Debug)]
#[non_exhaustive]
pub struct CreateUserResponseBuilder {
    pub user: Option<crate::types::User>,
}
#[allow(clippy::should_implement_trait)]
impl CreateUserResponseBuilder {
    /// Builds the [`CreateUserResponse`].
    pub fn build(self) -> CreateUserResponse {
        CreateUserResponse {
            user: self.user,
        }
    }
}
::smithy_runtime::setters!(
    CreateUserResponseBuilder, [(user, crate ::types::User, "User")]
);
use ::smithy_runtime::codec;
static SCHEMA: codec::Schema = codec::Schema::new(
    "CreateUserResponse",
    &[codec::Member::new("User")],
);
::smithy_runtime::structure_codec!(
    CreateUserResponse, CreateUserResponseBuilder, build, [user]
);
