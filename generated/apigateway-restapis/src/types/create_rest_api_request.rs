#[derive(Clone, PartialEq, Debug)]
#[cfg_attr(feature = "serde", derive(::serde::Serialize, ::serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "camelCase"))]
#[non_exhaustive]
pub struct CreateRestApiRequest {
    /// The name of the API.
    ///
    /// **Required.**
    pub name: Option<String>,
    pub description: Option<String>,
    pub version: Option<String>,
    pub binary_media_types: Option<Vec<String>>,
    pub minimum_compression_size: Option<i32>,
    pub api_key_source: Option<crate::types::ApiKeySourceType>,
    pub endpoint_configuration: Option<crate::types::EndpointConfiguration>,
    pub tags: Option<::std::collections::HashMap<String, String>>,
    pub disable_execute_api_endpoint: Option<bool>,
}
impl CreateRestApiRequest {
    /// A builder for [`CreateRestApiRequest`].
    pub fn builder() -> CreateRestApiRequestBuilder {
        CreateRestApiRequestBuilder::default()
    }
    /// Checks what the model requires before the request is sent: required members always, and the
    /// length, range and pattern constraints when `constraints` is on.
    #[cfg(feature = "client")]
    #[allow(unused_variables)]
    pub fn validate(
        &self,
        constraints: bool,
    ) -> Result<(), ::smithy_runtime::ValidationError> {
        ::smithy_runtime::validate::required(&self.name, "name")?;
        Ok(())
    }
}
/// A builder for [`CreateRestApiRequest`]: a method per member, or set the public fields directly (for an `Option`).
#[derive(Clone, PartialEq, Default, Debug)]
#[non_exhaustive]
pub struct CreateRestApiRequestBuilder {
    pub name: Option<String>,
    pub description: Option<String>,
    pub version: Option<String>,
    pub binary_media_types: Option<Vec<String>>,
    pub minimum_compression_size: Option<i32>,
    pub api_key_source: Option<crate::types::ApiKeySourceType>,
    pub endpoint_configuration: Option<crate::types::EndpointConfiguration>,
    pub tags: Option<::std::collections::HashMap<String, String>>,
    pub disable_execute_api_endpoint: Option<bool>,
}
#[allow(clippy::should_implement_trait)]
impl CreateRestApiRequestBuilder {
    /// Builds the [`CreateRestApiRequest`], or says which required member is missing.
    pub fn build(
        self,
    ) -> Result<CreateRestApiRequest, ::smithy_runtime::types::BuildError> {
        Ok(CreateRestApiRequest {
            name: Some(
                self
                    .name
                    .ok_or(
                        ::smithy_runtime::types::BuildError::missing(
                            "CreateRestApiRequest",
                            "name",
                        ),
                    )?,
            ),
            description: self.description,
            version: self.version,
            binary_media_types: self.binary_media_types,
            minimum_compression_size: self.minimum_compression_size,
            api_key_source: self.api_key_source,
            endpoint_configuration: self.endpoint_configuration,
            tags: self.tags,
            disable_execute_api_endpoint: self.disable_execute_api_endpoint,
        })
    }
    /// What a response holds: like `build`, but a member the response left out is `None` or, when the
    /// field is not an `Option`, its zero value.
    pub(crate) fn build_read(self) -> CreateRestApiRequest {
        CreateRestApiRequest {
            name: self.name,
            description: self.description,
            version: self.version,
            binary_media_types: self.binary_media_types,
            minimum_compression_size: self.minimum_compression_size,
            api_key_source: self.api_key_source,
            endpoint_configuration: self.endpoint_configuration,
            tags: self.tags,
            disable_execute_api_endpoint: self.disable_execute_api_endpoint,
        }
    }
}
::smithy_runtime::setters!(
    CreateRestApiRequestBuilder, [(name, String, "name"), (description, String,
    "description"), (version, String, "version"), (minimum_compression_size, i32,
    "minimumCompressionSize"), (api_key_source, crate ::types::ApiKeySourceType,
    "apiKeySource"), (endpoint_configuration, crate ::types::EndpointConfiguration,
    "endpointConfiguration"), (tags, ::std::collections::HashMap:: < String, String >,
    "tags"), (disable_execute_api_endpoint, bool, "disableExecuteApiEndpoint")]
);
::smithy_runtime::list_setters!(
    CreateRestApiRequestBuilder, [(binary_media_types, push_binary_media_types, String,
    "binaryMediaTypes")]
);
use ::smithy_runtime::codec;
static SCHEMA: codec::Schema = codec::Schema::new(
    "CreateRestApiRequest",
    &[
        codec::Member::new("name"),
        codec::Member::new("description"),
        codec::Member::new("version"),
        codec::Member::new("binaryMediaTypes"),
        codec::Member::new("minimumCompressionSize"),
        codec::Member::new("apiKeySource"),
        codec::Member::new("endpointConfiguration"),
        codec::Member::new("tags"),
        codec::Member::new("disableExecuteApiEndpoint"),
    ],
);
::smithy_runtime::structure_codec!(
    CreateRestApiRequest, CreateRestApiRequestBuilder, build_read, [name, description,
    version, binary_media_types, minimum_compression_size, api_key_source,
    endpoint_configuration, tags, disable_execute_api_endpoint]
);
