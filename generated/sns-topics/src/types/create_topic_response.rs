#[derive(Clone, PartialEq, Debug)]
#[cfg_attr(feature = "serde", derive(::serde::Serialize, ::serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "PascalCase"))]
#[non_exhaustive]
pub struct CreateTopicResponse {
    pub topic_arn: Option<String>,
}
impl CreateTopicResponse {
    /// A builder for [`CreateTopicResponse`].
    pub fn builder() -> CreateTopicResponseBuilder {
        CreateTopicResponseBuilder::default()
    }
}
/// A builder for [`CreateTopicResponse`]: a method per member, or set the public fields directly (for an `Option`).
#[derive(Clone, PartialEq, Default, Debug)]
#[non_exhaustive]
pub struct CreateTopicResponseBuilder {
    pub topic_arn: Option<String>,
}
#[allow(clippy::should_implement_trait)]
impl CreateTopicResponseBuilder {
    /// Builds the [`CreateTopicResponse`].
    pub fn build(self) -> CreateTopicResponse {
        CreateTopicResponse {
            topic_arn: self.topic_arn,
        }
    }
}
::smithy_runtime::setters!(
    CreateTopicResponseBuilder, [(topic_arn, String, "TopicArn")]
);
use ::smithy_runtime::codec;
static SCHEMA: codec::Schema = codec::Schema::new(
    "CreateTopicResponse",
    &[codec::Member::new("TopicArn")],
);
::smithy_runtime::structure_codec!(
    CreateTopicResponse, CreateTopicResponseBuilder, build, [topic_arn]
);
