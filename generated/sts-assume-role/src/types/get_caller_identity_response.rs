#[derive(Clone, PartialEq, Debug)]
#[cfg_attr(feature = "serde", derive(::serde::Serialize, ::serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "PascalCase"))]
#[non_exhaustive]
pub struct GetCallerIdentityResponse {
    pub user_id: Option<String>,
    pub account: Option<String>,
    pub arn: Option<String>,
}
impl GetCallerIdentityResponse {
    /// A builder for [`GetCallerIdentityResponse`].
    pub fn builder() -> GetCallerIdentityResponseBuilder {
        GetCallerIdentityResponseBuilder::default()
    }
}
/// A builder for [`GetCallerIdentityResponse`]: a method per member, or set the public fields directly (for an `Option`).
#[derive(Clone, PartialEq, Default, Debug)]
#[non_exhaustive]
pub struct GetCallerIdentityResponseBuilder {
    pub user_id: Option<String>,
    pub account: Option<String>,
    pub arn: Option<String>,
}
#[allow(clippy::should_implement_trait)]
impl GetCallerIdentityResponseBuilder {
    /// Builds the [`GetCallerIdentityResponse`].
    pub fn build(self) -> GetCallerIdentityResponse {
        GetCallerIdentityResponse {
            user_id: self.user_id,
            account: self.account,
            arn: self.arn,
        }
    }
}
::smithy_runtime::setters!(
    GetCallerIdentityResponseBuilder, [(user_id, String, "UserId"), (account, String,
    "Account"), (arn, String, "Arn")]
);
use ::smithy_runtime::codec;
static SCHEMA: codec::Schema = codec::Schema::new(
    "GetCallerIdentityResponse",
    &[
        codec::Member::new("UserId"),
        codec::Member::new("Account"),
        codec::Member::new("Arn"),
    ],
);
::smithy_runtime::structure_codec!(
    GetCallerIdentityResponse, GetCallerIdentityResponseBuilder, build, [user_id,
    account, arn]
);
