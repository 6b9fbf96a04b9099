#[derive(Clone, PartialEq, Debug)]
#[cfg_attr(feature = "serde", derive(::serde::Serialize, ::serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "PascalCase"))]
#[non_exhaustive]
pub struct InstanceMetadataOptionsResponse {
    pub state: Option<crate::types::InstanceMetadataOptionsState>,
    pub http_tokens: Option<crate::types::HttpTokensState>,
    pub http_put_response_hop_limit: Option<i32>,
    pub http_endpoint: Option<crate::types::InstanceMetadataEndpointState>,
}
impl InstanceMetadataOptionsResponse {
    /// A builder for [`InstanceMetadataOptionsResponse`].
    pub fn builder() -> InstanceMetadataOptionsResponseBuilder {
        InstanceMetadataOptionsResponseBuilder::default()
    }
}
/// A builder for [`InstanceMetadataOptionsResponse`]: a method per member, or set the public fields directly (for an `Option`).
#[derive(Clone, PartialEq, Default, Debug)]
#[non_exhaustive]
pub struct InstanceMetadataOptionsResponseBuilder {
    pub state: Option<crate::types::InstanceMetadataOptionsState>,
    pub http_tokens: Option<crate::types::HttpTokensState>,
    pub http_put_response_hop_limit: Option<i32>,
    pub http_endpoint: Option<crate::types::InstanceMetadataEndpointState>,
}
#[allow(clippy::should_implement_trait)]
impl InstanceMetadataOptionsResponseBuilder {
    /// Builds the [`InstanceMetadataOptionsResponse`].
    pub fn build(self) -> InstanceMetadataOptionsResponse {
        InstanceMetadataOptionsResponse {
            state: self.state,
            http_tokens: self.http_tokens,
            http_put_response_hop_limit: self.http_put_response_hop_limit,
            http_endpoint: self.http_endpoint,
        }
    }
}
::smithy_runtime::setters!(
    InstanceMetadataOptionsResponseBuilder, [(state, crate
    ::types::InstanceMetadataOptionsState, "State"), (http_tokens, crate
    ::types::HttpTokensState, "HttpTokens"), (http_put_response_hop_limit, i32,
    "HttpPutResponseHopLimit"), (http_endpoint, crate
    ::types::InstanceMetadataEndpointState, "HttpEndpoint")]
);
use ::smithy_runtime::codec;
static SCHEMA: codec::Schema = codec::Schema::new(
    "InstanceMetadataOptionsResponse",
    &[
        codec::Member::new("State").xml("state").ec2_query("State"),
        codec::Member::new("HttpTokens").xml("httpTokens").ec2_query("HttpTokens"),
        codec::Member::new("HttpPutResponseHopLimit")
            .xml("httpPutResponseHopLimit")
            .ec2_query("HttpPutResponseHopLimit"),
        codec::Member::new("HttpEndpoint").xml("httpEndpoint").ec2_query("HttpEndpoint"),
    ],
);
::smithy_runtime::structure_codec!(
    InstanceMetadataOptionsResponse, InstanceMetadataOptionsResponseBuilder, build,
    [state, http_tokens, http_put_response_hop_limit, http_endpoint]
);
