#[derive(Clone, PartialEq, Debug)]
#[cfg_attr(feature = "serde", derive(::serde::Serialize, ::serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "PascalCase"))]
#[non_exhaustive]
pub struct AssumeRoleResponse {
    pub credentials: Option<crate::types::Credentials>,
    pub assumed_role_user: Option<crate::types::AssumedRoleUser>,
    pub packed_policy_size: Option<i32>,
    pub source_identity: Option<String>,
}
impl AssumeRoleResponse {
    /// A builder for [`AssumeRoleResponse`].
    pub fn builder() -> AssumeRoleResponseBuilder {
        AssumeRoleResponseBuilder::default()
    }
}
/// A builder for [`AssumeRoleResponse`]: a method per member, or set the public fields directly (for an `Option`).
#[derive(Clone, PartialEq, Default, Debug)]
#[non_exhaustive]
pub struct AssumeRoleResponseBuilder {
    pub credentials: Option<crate::types::Credentials>,
    pub assumed_role_user: Option<crate::types::AssumedRoleUser>,
    pub packed_policy_size: Option<i32>,
    pub source_identity: Option<String>,
}
#[allow(clippy::should_implement_trait)]
impl AssumeRoleResponseBuilder {
    /// Builds the [`AssumeRoleResponse`].
    pub fn build(self) -> AssumeRoleResponse {
        AssumeRoleResponse {
            credentials: self.credentials,
            assumed_role_user: self.assumed_role_user,
            packed_policy_size: self.packed_policy_size,
            source_identity: self.source_identity,
        }
    }
}
::smithy_runtime::setters!(
    AssumeRoleResponseBuilder, [(credentials, crate ::types::Credentials, "Credentials"),
    (assumed_role_user, crate ::types::AssumedRoleUser, "AssumedRoleUser"),
    (packed_policy_size, i32, "PackedPolicySize"), (source_identity, String,
    "SourceIdentity")]
);
use ::smithy_runtime::codec;
static SCHEMA: codec::Schema = codec::Schema::new(
    "AssumeRoleResponse",
    &[
        codec::Member::new("Credentials"),
        codec::Member::new("AssumedRoleUser"),
        codec::Member::new("PackedPolicySize"),
        codec::Member::new("SourceIdentity"),
    ],
);
::smithy_runtime::structure_codec!(
    AssumeRoleResponse, AssumeRoleResponseBuilder, build, [credentials,
    assumed_role_user, packed_policy_size, source_identity]
);
