/// A REST API.
#[derive(Clone, PartialEq, Debug)]
#[cfg_attr(feature = "serde", derive(::serde::Serialize, ::serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "camelCase"))]
#[non_exhaustive]
pub struct RestApi {
    pub id: Option<String>,
    pub name: Option<String>,
    pub description: Option<String>,
    pub created_date: Option<::smithy_runtime::types::DateTime>,
    pub version: Option<String>,
    pub warnings: Option<Vec<String>>,
    pub binary_media_types: Option<Vec<String>>,
    pub minimum_compression_size: Option<i32>,
    pub api_key_source: Option<crate::types::ApiKeySourceType>,
    pub endpoint_configuration: Option<crate::types::EndpointConfiguration>,
    pub policy: Option<String>,
    pub tags: Option<::std::collections::HashMap<String, String>>,
    pub disable_execute_api_endpoint: Option<bool>,
    pub root_resource_id: Option<String>,
}
impl RestApi {
    /// A builder for [`RestApi`].
    pub fn builder() -> RestApiBuilder {
        RestApiBuilder::default()
    }
}
/// A builder for [`RestApi`]: a method per member, or set the public fields directly (for an `Option`).
#[derive(Clone, PartialEq, Default, Debug)]
#[non_exhaustive]
pub struct RestApiBuilder {
    pub id: Option<String>,
    pub name: Option<String>,
    pub description: Option<String>,
    pub created_date: Option<::smithy_runtime::types::DateTime>,
    pub version: Option<String>,
    pub warnings: Option<Vec<String>>,
    pub binary_media_types: Option<Vec<String>>,
    pub minimum_compression_size: Option<i32>,
    pub api_key_source: Option<crate::types::ApiKeySourceType>,
    pub endpoint_configuration: Option<crate::types::EndpointConfiguration>,
    pub policy: Option<String>,
    pub tags: Option<::std::collections::HashMap<String, String>>,
    pub disable_execute_api_endpoint: Option<bool>,
    pub root_resource_id: Option<String>,
}
#[allow(clippy::should_implement_trait)]
impl RestApiBuilder {
    /// Builds the [`RestApi`].
    pub fn build(self) -> RestApi {
        RestApi {
            id: self.id,
            name: self.name,
            description: self.description,
            created_date: self.created_date,
            version: self.version,
            warnings: self.warnings,
            binary_media_types: self.binary_media_types,
            minimum_compression_size: self.minimum_compression_size,
            api_key_source: self.api_key_source,
            endpoint_configuration: self.endpoint_configuration,
            policy: self.policy,
            tags: self.tags,
            disable_execute_api_endpoint: self.disable_execute_api_endpoint,
            root_resource_id: self.root_resource_id,
        }
    }
}
::smithy_runtime::setters!(
    RestApiBuilder, [(id, String, "id"), (name, String, "name"), (description, String,
    "description"), (created_date, ::smithy_runtime::types::DateTime, "createdDate"),
    (version, String, "version"), (minimum_compression_size, i32,
    "minimumCompressionSize"), (api_key_source, crate ::types::ApiKeySourceType,
    "apiKeySource"), (endpoint_configuration, crate ::types::EndpointConfiguration,
    "endpointConfiguration"), (policy, String, "policy"), (tags,
    ::std::collections::HashMap:: < String, String >, "tags"),
    (disable_execute_api_endpoint, bool, "disableExecuteApiEndpoint"), (root_resource_id,
    String, "rootResourceId")]
);
::smithy_runtime::list_setters!(
    RestApiBuilder, [(warnings, push_warnings, String, "warnings"), (binary_media_types,
    push_binary_media_types, String, "binaryMediaTypes")]
);
use ::smithy_runtime::codec;
static SCHEMA: codec::Schema = codec::Schema::new(
    "RestApi",
    &[
        codec::Member::new("id"),
        codec::Member::new("name"),
        codec::Member::new("description"),
        codec::Member::new("createdDate"),
        codec::Member::new("version"),
        codec::Member::new("warnings"),
        codec::Member::new("binaryMediaTypes"),
        codec::Member::new("minimumCompressionSize"),
        codec::Member::new("apiKeySource"),
        codec::Member::new("endpointConfiguration"),
        codec::Member::new("policy"),
        codec::Member::new("tags"),
        codec::Member::new("disableExecuteApiEndpoint"),
        codec::Member::new("rootResourceId"),
    ],
);
::smithy_runtime::structure_codec!(
    RestApi, RestApiBuilder, build, [id, name, description, created_date, version,
    warnings, binary_media_types, minimum_compression_size, api_key_source,
    endpoint_configuration, policy, tags, disable_execute_api_endpoint, root_resource_id]
);
