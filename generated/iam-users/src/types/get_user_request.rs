#[derive(Clone, PartialEq, Debug)]
#[cfg_attr(feature = "serde", derive(::serde::Serialize, ::serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "PascalCase"))]
#[non_exhaustive]
pub struct GetUserRequest {
    pub user_name: Option<String>,
}
impl GetUserRequest {
    /// A builder for [`GetUserRequest`].
    pub fn builder() -> GetUserRequestBuilder {
        GetUserRequestBuilder::default()
    }
    /// Checks what the model requires before the request is sent: required members always, and the
    /// length, range and pattern constraints when `constraints` is on.
    #[cfg(feature = "client")]
    #[allow(unused_variables)]
    pub fn validate(
        &self,
        constraints: bool,
    ) -> Result<(), ::smithy_runtime::ValidationError> {
        Ok(())
    }
}
/// A builder for [`GetUserRequest`]: a method per member, or set the public fields directly (for an `Option`).
#[derive(Clone, PartialEq, Default, Debug)]
#[non_exhaustive]
pub struct GetUserRequestBuilder {
    pub user_name: Option<String>,
}
#[allow(clippy::should_implement_trait)]
impl GetUserRequestBuilder {
    /// Builds the [`GetUserRequest`].
    pub fn build(self) -> GetUserRequest {
        GetUserRequest {
            user_name: self.user_name,
        }
    }
}
::smithy_runtime::setters!(GetUserRequestBuilder, [(user_name, String, "UserName")]);
use ::smithy_runtime::codec;
static SCHEMA: codec::Schema = codec::Schema::new(
    "GetUserRequest",
    &[codec::Member::new("UserName")],
);
::smithy_runtime::structure_codec!(
    GetUserRequest, GetUserRequestBuilder, build, [user_name]
);
