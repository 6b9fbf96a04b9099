#[derive(Clone, PartialEq, Debug)]
#[cfg_attr(feature = "serde", derive(::serde::Serialize, ::serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "PascalCase"))]
#[non_exhaustive]
pub struct Topic {
    pub topic_arn: Option<String>,
}
impl Topic {
    /// A builder for [`Topic`].
    pub fn builder() -> TopicBuilder {
        TopicBuilder::default()
    }
}
/// A builder for [`Topic`]: a method per member, or set the public fields directly (for an `Option`).
#[derive(Clone, PartialEq, Default, Debug)]
#[non_exhaustive]
pub struct TopicBuilder {
    pub topic_arn: Option<String>,
}
#[allow(clippy::should_implement_trait)]
impl TopicBuilder {
    /// Builds the [`Topic`].
    pub fn build(self) -> Topic {
        Topic { topic_arn: self.topic_arn }
    }
}
::smithy_runtime::setters!(TopicBuilder, [(topic_arn, String, "TopicArn")]);
use ::smithy_runtime::codec;
static SCHEMA: codec::Schema = codec::Schema::new(
    "Topic",
    &[codec::Member::new("TopicArn")],
);
::smithy_runtime::structure_codec!(Topic, TopicBuilder, build, [topic_arn]);
