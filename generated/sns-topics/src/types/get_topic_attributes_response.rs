#[derive(Clone, PartialEq, Debug)]
#[cfg_attr(feature = "serde", derive(::serde::Serialize, ::serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "PascalCase"))]
#[non_exhaustive]
pub struct GetTopicAttributesResponse {
    pub attributes: Option<::std::collections::HashMap<String, String>>,
}
impl GetTopicAttributesResponse {
    /// A builder for [`GetTopicAttributesResponse`].
    pub fn builder() -> GetTopicAttributesResponseBuilder {
        GetTopicAttributesResponseBuilder::default()
    }
}
/// A builder for [`GetTopicAttributesResponse`]: a method per member, or set the public fields directly (for an `Option`).
#[derive(Clone, PartialEq, Default, Debug)]
#[non_exhaustive]
pub struct GetTopicAttributesResponseBuilder {
    pub attributes: Option<::std::collections::HashMap<String, String>>,
}
#[allow(clippy::should_implement_trait)]
impl GetTopicAttributesResponseBuilder {
    /// Builds the [`GetTopicAttributesResponse`].
    pub fn build(self) -> GetTopicAttributesResponse {
        GetTopicAttributesResponse {
            attributes: self.attributes,
        }
    }
}
::smithy_runtime::setters!(
    GetTopicAttributesResponseBuilder, [(attributes, ::std::collections::HashMap:: <
    String, String >, "Attributes")]
);
use ::smithy_runtime::codec;
static SCHEMA: codec::Schema = codec::Schema::new(
    "GetTopicAttributesResponse",
    &[codec::Member::new("Attributes")],
);
::smithy_runtime::structure_codec!(
    GetTopicAttributesResponse, GetTopicAttributesResponseBuilder, build, [attributes]
);
