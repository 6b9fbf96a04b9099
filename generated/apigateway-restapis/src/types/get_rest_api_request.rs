#[derive(Clone, PartialEq, Debug)]
#[cfg_attr(feature = "serde", derive(::serde::Serialize, ::serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "camelCase"))]
#[non_exhaustive]
pub struct GetRestApiRequest {
    /// The API's identifier.
    ///
    /// **Required.**
    pub rest_api_id: Option<String>,
}
impl GetRestApiRequest {
    /// A builder for [`GetRestApiRequest`].
    pub fn builder() -> GetRestApiRequestBuilder {
        GetRestApiRequestBuilder::default()
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
/// A builder for [`GetRestApiRequest`]: a method per member, or set the public fields directly (for an `Option`).
#[derive(Clone, PartialEq, Default, Debug)]
#[non_exhaustive]
pub struct GetRestApiRequestBuilder {
    pub rest_api_id: Option<String>,
}
#[allow(clippy::should_implement_trait)]
impl GetRestApiRequestBuilder {
    /// Builds the [`GetRestApiRequest`], or says which required member is missing.
    pub fn build(
        self,
    ) -> Result<GetRestApiRequest, ::smithy_runtime::types::BuildError> {
        Ok(GetRestApiRequest {
            rest_api_id: Some(
                self
                    .rest_api_id
                    .ok_or(
                        ::smithy_runtime::types::BuildError::missing(
                            "GetRestApiRequest",
                            "restApiId",
                        ),
                    )?,
            ),
        })
    }
    /// What a response holds: like `build`, but a member the response left out is `None` or, when the
    /// field is not an `Option`, its zero value.
    pub(crate) fn build_read(self) -> GetRestApiRequest {
        GetRestApiRequest {
            rest_api_id: self.rest_api_id,
        }
    }
}
::smithy_runtime::setters!(
    GetRestApiRequestBuilder, [(rest_api_id, String, "restApiId")]
);
use ::smithy_runtime::codec;
static SCHEMA: codec::Schema = codec::Schema::new(
    "GetRestApiRequest",
    &[
        codec::Member::new("restApiId")
            .at(codec::Location::Label {
                greedy: false,
            }),
    ],
);
::smithy_runtime::structure_codec!(
    GetRestApiRequest, GetRestApiRequestBuilder, build_read, [rest_api_id]
);
