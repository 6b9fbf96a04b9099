#[derive(Clone, PartialEq, Debug)]
#[cfg_attr(feature = "serde", derive(::serde::Serialize, ::serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "PascalCase"))]
#[non_exhaustive]
pub struct DeleteUserRequest {
    /// **Required.**
    pub user_name: Option<String>,
}
impl DeleteUserRequest {
    /// A builder for [`DeleteUserRequest`].
    pub fn builder() -> DeleteUserRequestBuilder {
        DeleteUserRequestBuilder::default()
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
/// A builder for [`DeleteUserRequest`]: a method per member, or set the public fields directly (for an `Option`).
#[derive(Clone, PartialEq, Default, Debug)]
#[non_exhaustive]
pub struct DeleteUserRequestBuilder {
    pub user_name: Option<String>,
}
#[allow(clippy::should_implement_trait)]
impl DeleteUserRequestBuilder {
    /// Builds the [`DeleteUserRequest`], or says which required member is missing.
    pub fn build(
        self,
    ) -> Result<DeleteUserRequest, ::smithy_runtime::types::BuildError> {
        Ok(DeleteUserRequest {
            user_name: Some(
                self
                    .user_name
                    .ok_or(
                        ::smithy_runtime::types::BuildError::missing(
                            "DeleteUserRequest",
                            "UserName",
                        ),
                    )?,
            ),
        })
    }
    /// What a response holds: like `build`, but a member the response left out is `None` or, when the
    /// field is not an `Option`, its zero value.
    pub(crate) fn build_read(self) -> DeleteUserRequest {
        DeleteUserRequest {
            user_name: self.user_name,
        }
    }
}
::smithy_runtime::setters!(DeleteUserRequestBuilder, [(user_name, String, "UserName")]);
use ::smithy_runtime::codec;
static SCHEMA: codec::Schema = codec::Schema::new(
    "DeleteUserRequest",
    &[codec::Member::new("UserName")],
);
::smithy_runtime::structure_codec!(
    DeleteUserRequest, DeleteUserRequestBuilder, build_read, [user_name]
);
