#[derive(Clone, PartialEq, Debug)]
#[cfg_attr(feature = "serde", derive(::serde::Serialize, ::serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "camelCase"))]
#[non_exhaustive]
pub struct CreateResourceRequest {
    /// **Required.**
    pub rest_api_id: Option<String>,
    /// **Required.**
    pub parent_id: Option<String>,
    /// **Required.**
    pub path_part: Option<String>,
}
impl CreateResourceRequest {
    /// A builder for [`CreateResourceRequest`].
    pub fn builder() -> CreateResourceRequestBuilder {
        CreateResourceRequestBuilder::default()
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
        ::smithy_runtime::validate::required(&self.parent_id, "parentId")?;
        ::smithy_runtime::validate::required(&self.path_part, "pathPart")?;
        Ok(())
    }
}
/// A builder for [`CreateResourceRequest`]: a method per member, or set the public fields directly (for an `Option`).
#[derive(Clone, PartialEq, Default, Debug)]
#[non_exhaustive]
pub struct CreateResourceRequestBuilder {
    pub rest_api_id: Option<String>,
    pub parent_id: Option<String>,
    pub path_part: Option<String>,
}
#[allow(clippy::should_implement_trait)]
impl CreateResourceRequestBuilder {
    /// Builds the [`CreateResourceRequest`], or says which required member is missing.
    pub fn build(
        self,
    ) -> Result<CreateResourceRequest, ::smithy_runtime::types::BuildError> {
        Ok(CreateResourceRequest {
            rest_api_id: Some(
                self
                    .rest_api_id
                    .ok_or(
                        ::smithy_runtime::types::BuildError::missing(
                            "CreateResourceRequest",
                            "restApiId",
                        ),
                    )?,
            ),
            parent_id: Some(
                self
                    .parent_id
                    .ok_or(
                        ::smithy_runtime::types::BuildError::missing(
                            "CreateResourceRequest",
                            "parentId",
                        ),
                    )?,
            ),
            path_part: Some(
                self
                    .path_part
                    .ok_or(
                        ::smithy_runtime::types::BuildError::missing(
                            "CreateResourceRequest",
                            "pathPart",
                        ),
                    )?,
            ),
        })
    }
    /// What a response holds: like `build`, but a member the response left out is `None` or, when the
    /// field is not an `Option`, its zero value.
    pub(crate) fn build_read(self) -> CreateResourceRequest {
        CreateResourceRequest {
            rest_api_id: self.rest_api_id,
            parent_id: self.parent_id,
            path_part: self.path_part,
        }
    }
}
::smithy_runtime::setters!(
    CreateResourceRequestBuilder, [(rest_api_id, String, "restApiId"), (parent_id,
    String, "parentId"), (path_part, String, "pathPart")]
);
use ::smithy_runtime::codec;
static SCHEMA: codec::Schema = codec::Schema::new(
    "CreateResourceRequest",
    &[
        codec::Member::new("restApiId")
            .at(codec::Location::Label {
                greedy: false,
            }),
        codec::Member::new("parentId")
            .at(codec::Location::Label {
                greedy: false,
            }),
        codec::Member::new("pathPart"),
    ],
);
::smithy_runtime::structure_codec!(
    CreateResourceRequest, CreateResourceRequestBuilder, build_read, [rest_api_id,
    parent_id, path_part]
);
