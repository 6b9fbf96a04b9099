#[derive(Clone, PartialEq, Debug)]
#[cfg_attr(feature = "serde", derive(::serde::Serialize, ::serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "camelCase"))]
#[non_exhaustive]
pub struct EndpointConfiguration {
    pub types: Option<Vec<crate::types::EndpointType>>,
    pub vpc_endpoint_ids: Option<Vec<String>>,
}
impl EndpointConfiguration {
    /// A builder for [`EndpointConfiguration`].
    pub fn builder() -> EndpointConfigurationBuilder {
        EndpointConfigurationBuilder::default()
    }
}
/// A builder for [`EndpointConfiguration`]: a method per member, or set the public fields directly (for an `Option`).
#[derive(Clone, PartialEq, Default, Debug)]
#[non_exhaustive]
pub struct EndpointConfigurationBuilder {
    pub types: Option<Vec<crate::types::EndpointType>>,
    pub vpc_endpoint_ids: Option<Vec<String>>,
}
#[allow(clippy::should_implement_trait)]
impl EndpointConfigurationBuilder {
    /// Builds the [`EndpointConfiguration`].
    pub fn build(self) -> EndpointConfiguration {
        EndpointConfiguration {
            types: self.types,
            vpc_endpoint_ids: self.vpc_endpoint_ids,
        }
    }
}
::smithy_runtime::list_setters!(
    EndpointConfigurationBuilder, [(types, push_types, crate ::types::EndpointType,
    "types"), (vpc_endpoint_ids, push_vpc_endpoint_ids, String, "vpcEndpointIds")]
);
use ::smithy_runtime::codec;
static SCHEMA: codec::Schema = codec::Schema::new(
    "EndpointConfiguration",
    &[codec::Member::new("types"), codec::Member::new("vpcEndpointIds")],
);
::smithy_runtime::structure_codec!(
    EndpointConfiguration, EndpointConfigurationBuilder, build, [types, vpc_endpoint_ids]
);
