#[derive(Clone, PartialEq, Debug)]
#[cfg_attr(feature = "serde", derive(::serde::Serialize, ::serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "PascalCase"))]
#[non_exhaustive]
pub struct GetTopicAttributesInput {
    /// **Required.**
    pub topic_arn: Option<String>,
}
impl GetTopicAttributesInput {
    /// A builder for [`GetTopicAttributesInput`].
    pub fn builder() -> GetTopicAttributesInputBuilder {
        GetTopicAttributesInputBuilder::default()
    }
    /// Checks what the model requires before the request is sent: required members always, and the
    /// length, range and pattern constraints when `constraints` is on.
    #[cfg(feature = "client")]
    #[allow(unused_variables)]
    pub fn validate(
        &self,
        constraints: bool,
    ) -> Result<(), ::smithy_runtime::ValidationError> {
        ::smithy_runtime::validate::required(&self.topic_arn, "TopicArn")?;
        Ok(())
    }
}
/// A builder for [`GetTopicAttributesInput`]: a method per member, or set the public fields directly (for an `Option`).
#[derive(Clone, PartialEq, Default, Debug)]
#[non_exhaustive]
pub struct GetTopicAttributesInputBuilder {
    pub topic_arn: Option<String>,
}
#[allow(clippy::should_implement_trait)]
impl GetTopicAttributesInputBuilder {
    /// Builds the [`GetTopicAttributesInput`], or says which required member is missing.
    pub fn build(
        self,
    ) -> Result<GetTopicAttributesInput, ::smithy_runtime::types::BuildError> {
        Ok(GetTopicAttributesInput {
            topic_arn: Some(
                self
                    .topic_arn
                    .ok_or(
                        ::smithy_runtime::types::BuildError::missing(
                            "GetTopicAttributesInput",
                            "TopicArn",
                        ),
                    )?,
            ),
        })
    }
    /// What a response holds: like `build`, but a member the response left out is `None` or, when the
    /// field is not an `Option`, its zero value.
    pub(crate) fn build_read(self) -> GetTopicAttributesInput {
        GetTopicAttributesInput {
            topic_arn: self.topic_arn,
        }
    }
}
::smithy_runtime::setters!(
    GetTopicAttributesInputBuilder, [(topic_arn, String, "TopicArn")]
);
use ::smithy_runtime::codec;
static SCHEMA: codec::Schema = codec::Schema::new(
    "GetTopicAttributesInput",
    &[codec::Member::new("TopicArn")],
);
::smithy_runtime::structure_codec!(
    GetTopicAttributesInput, GetTopicAttributesInputBuilder, build_read, [topic_arn]
);
