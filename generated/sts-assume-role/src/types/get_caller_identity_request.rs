#[derive(Clone, PartialEq, Debug)]
#[cfg_attr(feature = "serde", derive(::serde::Serialize, ::serde::Deserialize))]
#[non_exhaustive]
pub struct GetCallerIdentityRequest {}
impl GetCallerIdentityRequest {
    /// A builder for [`GetCallerIdentityRequest`].
    pub fn builder() -> GetCallerIdentityRequestBuilder {
        GetCallerIdentityRequestBuilder::default()
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
/// A builder for [`GetCallerIdentityRequest`]: a method per member, or set the public fields directly (for an `Option`).
#[derive(Clone, PartialEq, Default, Debug)]
#[non_exhaustive]
pub struct GetCallerIdentityRequestBuilder {}
#[allow(clippy::should_implement_trait)]
impl GetCallerIdentityRequestBuilder {
    /// Builds the [`GetCallerIdentityRequest`].
    pub fn build(self) -> GetCallerIdentityRequest {
        GetCallerIdentityRequest {}
    }
}
use ::smithy_runtime::codec;
static SCHEMA: codec::Schema = codec::Schema::new("GetCallerIdentityRequest", &[]);
::smithy_runtime::structure_codec!(
    GetCallerIdentityRequest, GetCallerIdentityRequestBuilder, build, []
);
