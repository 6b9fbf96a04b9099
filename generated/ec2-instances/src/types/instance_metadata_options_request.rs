#[derive(Clone, PartialEq, Debug)]
#[cfg_attr(feature = "serde", derive(::serde::Serialize, ::serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "PascalCase"))]
#[non_exhaustive]
pub struct InstanceMetadataOptionsRequest {
    pub http_tokens: Option<crate::types::HttpTokensState>,
    pub http_put_response_hop_limit: Option<i32>,
    pub http_endpoint: Option<crate::types::InstanceMetadataEndpointState>,
}
impl InstanceMetadataOptionsRequest {
    /// A builder for [`InstanceMetadataOptionsRequest`].
    pub fn builder() -> InstanceMetadataOptionsRequestBuilder {
        InstanceMetadataOptionsRequestBuilder::default()
    }
}
/// A builder for [`InstanceMetadataOptionsRequest`]: a method per member, or set the public fields directly (for an `Option`).
#[derive(Clone, PartialEq, Default, Debug)]
#[non_exhaustive]
pub struct InstanceMetadataOptionsRequestBuilder {
    pub http_tokens: Option<crate::types::HttpTokensState>,
    pub http_put_response_hop_limit: Option<i32>,
    pub http_endpoint: Option<crate::types::InstanceMetadataEndpointState>,
}
#[allow(clippy::should_implement_trait)]
impl InstanceMetadataOptionsRequestBuilder {
    /// Builds the [`InstanceMetadataOptionsRequest`].
    pub fn build(self) -> InstanceMetadataOptionsRequest {
        InstanceMetadataOptionsRequest {
            http_tokens: self.http_tokens,
            http_put_response_hop_limit: self.http_put_response_hop_limit,
            http_endpoint: self.http_endpoint,
        }
    }
}
::smithy_runtime::setters!(
    InstanceMetadataOptionsRequestBuilder, [(http_tokens, crate ::types::HttpTokensState,
    "HttpTokens"), (http_put_response_hop_limit, i32, "HttpPutResponseHopLimit"),
    (http_endpoint, crate ::types::InstanceMetadataEndpointState, "HttpEndpoint")]
);
use ::smithy_runtime::codec;
static SCHEMA: codec::Schema = codec::Schema::new(
    "InstanceMetadataOptionsRequest",
    &[
        codec::Member::new("HttpTokens"),
        codec::Member::new("HttpPutResponseHopLimit"),
        codec::Member::new("HttpEndpoint"),
    ],
);
::smithy_runtime::structure_codec!(
    InstanceMetadataOptionsRequest, InstanceMetadataOptionsRequestBuilder, build,
    [http_tokens, http_put_response_hop_limit, http_endpoint]
);
