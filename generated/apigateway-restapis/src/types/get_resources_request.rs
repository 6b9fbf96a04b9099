#[derive(Clone, PartialEq, Debug)]
#[cfg_attr(feature = "serde", derive(::serde::Serialize, ::serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "camelCase"))]
#[non_exhaustive]
pub struct GetResourcesRequest {
    /// **Required.**
    pub rest_api_id: Option<String>,
    pub position: Option<String>,
    pub limit: Option<i32>,
    pub embed: Option<Vec<String>>,
}
impl GetResourcesRequest {
    /// A builder for [`GetResourcesRequest`].
    pub fn builder() -> GetResourcesRequestBuilder {
        GetResourcesRequestBuilder::default()
    }
    /// Checks what the model requires before the request is sent: required members always, and the
    /// length, range and pattern constraints when `constraints` is on.
    #[cfg(feature = "client")]
    #[allow(unused_variables)]
    pub fn validate(
        &self,
        constraints: bool,
    ) -> Result<(), ::smithy_runtime::ValidationError> {
        ::smithy_runtime::validate::required(&self.rest_api_id, "restApiId")?;
        Ok(())
    }
}
/// A builder for [`GetResourcesRequest`]: a method per member, or set the public fields directly (for an `Option`).
#[derive(Clone, PartialEq, Default, Debug)]
#[non_exhaustive]
pub struct GetResourcesRequestBuilder {
    pub rest_api_id: Option<String>,
    pub position: Option<String>,
    pub limit: Option<i32>,
    pub embed: Option<Vec<String>>,
}
#[allow(clippy::should_implement_trait)]
impl GetResourcesRequestBuilder {
    /// Builds the [`GetResourcesRequest`], or says which required member is missing.
    pub fn build(
        self,
    ) -> Result<GetResourcesRequest, ::smithy_runtime::types::BuildError> {
        Ok(GetResourcesRequest {
            rest_api_id: Some(
                self
                    .rest_api_id
                    .ok_or(
                        ::smithy_runtime::types::BuildError::missing(
                            "GetResourcesRequest",
                            "restApiId",
                        ),
                    )?,
            ),
            position: self.position,
            limit: self.limit,
            embed: self.embed,
        })
    }
    /// What a response holds: like `build`, but a member the response left out is `None` or, when the
    /// field is not an `Option`, its zero value.
    pub(crate) fn build_read(self) -> GetResourcesRequest {
        GetResourcesRequest {
            rest_api_id: self.rest_api_id,
            position: self.position,
            limit: self.limit,
            embed: self.embed,
        }
    }
}
::smithy_runtime::setters!(
    GetResourcesRequestBuilder, [(rest_api_id, String, "restApiId"), (position, String,
    "position"), (limit, i32, "limit")]
);
::smithy_runtime::list_setters!(
    GetResourcesRequestBuilder, [(embed, push_embed, String, "embed")]
);
use ::smithy_runtime::codec;
static SCHEMA: codec::Schema = codec::Schema::new(
    "GetResourcesRequest",
    &[
        codec::Member::new("restApiId")
            .at(codec::Location::Label {
                greedy: false,
            }),
        codec::Member::new("position").at(codec::Location::Query("position")),
        codec::Member::new("limit").at(codec::Location::Query("limit")),
        codec::Member::new("embed").at(codec::Location::Query("embed")),
    ],
);
::smithy_runtime::structure_codec!(
    GetResourcesRequest, GetResourcesRequestBuilder, build_read, [rest_api_id, position,
    limit, embed]
);
