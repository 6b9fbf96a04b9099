#[derive(Clone, PartialEq, Debug)]
#[cfg_attr(feature = "serde", derive(::serde::Serialize, ::serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "PascalCase"))]
#[non_exhaustive]
pub struct ListUsersResponse {
    /// **Required.**
    pub users: Vec<crate::types::User>,
    pub is_truncated: Option<bool>,
    pub marker: Option<String>,
}
impl ListUsersResponse {
    /// A builder for [`ListUsersResponse`].
    pub fn builder() -> ListUsersResponseBuilder {
        ListUsersResponseBuilder::default()
    }
}
/// A builder for [`ListUsersResponse`]: a method per member, or set the public fields directly (for an `Option`).
#[derive(Clone, PartialEq, Default, Debug)]
#[non_exhaustive]
pub struct ListUsersResponseBuilder {
    pub users: Option<Vec<crate::types::User>>,
    pub is_truncated: Option<bool>,
    pub marker: Option<String>,
}
#[allow(clippy::should_implement_trait)]
impl ListUsersResponseBuilder {
    /// Builds the [`ListUsersResponse`].
    pub fn build(self) -> ListUsersResponse {
        ListUsersResponse {
            users: self.users.unwrap_or_default(),
            is_truncated: self.is_truncated,
            marker: self.marker,
        }
    }
}
::smithy_runtime::setters!(
    ListUsersResponseBuilder, [(users, Vec:: < crate ::types::User >, "Users"),
    (is_truncated, bool, "IsTruncated"), (marker, String, "Marker")]
);
use ::smithy_runtime::codec;
static SCHEMA: codec::Schema = codec::Schema::new(
    "ListUsersResponse",
    &[
        codec::Member::new("Users"),
        codec::Member::new("IsTruncated"),
        codec::Member::new("Marker"),
    ],
);
::smithy_runtime::structure_codec!(
    ListUsersResponse, ListUsersResponseBuilder, build, [users, is_truncated, marker]
);
