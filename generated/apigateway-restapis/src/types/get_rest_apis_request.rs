#[derive(Clone, PartialEq, Debug)]
#[cfg_attr(feature = "serde", derive(::serde::Serialize, ::serde::Deserialize))]
#[non_exhaustive]
pub struct GetRestApisRequest {
    pub position: Option<String>,
    pub limit: Option<i32>,
}
impl GetRestApisRequest {
    /// A builder for [`GetRestApisRequest`].
    pub fn builder() -> GetRestApisRequestBuilder {
        GetRestApisRequestBuilder::default()
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
/// A builder for [`GetRestApisRequest`]: a method per member, or set the public fields directly (for an `Option`).
#[derive(Clone, PartialEq, Default, Debug)]
#[non_exhaustive]
pub struct GetRestApisRequestBuilder {
    pub position: Option<String>,
    pub limit: Option<i32>,
}
#[allow(clippy::should_implement_trait)]
impl GetRestApisRequestBuilder {
    /// Builds the [`GetRestApisRequest`].
    pub fn build(self) -> GetRestApisRequest {
        GetRestApisRequest {
            position: self.position,
            limit: self.limit,
        }
    }
}
::smithy_runtime::setters!(
    GetRestApisRequestBuilder, [(position, String, "position"), (limit, i32, "limit")]
);
use ::smithy_runtime::codec;
static SCHEMA: codec::Schema = codec::Schema::new(
    "GetRestApisRequest",
    &[
        codec::Member::new("position").at(codec::Location::Query("position")),
        codec::Member::new("limit").at(codec::Location::Query("limit")),
    ],
);
::smithy_runtime::structure_codec!(
    GetRestApisRequest, GetRestApisRequestBuilder, build, [position, limit]
);
