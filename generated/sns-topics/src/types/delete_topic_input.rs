#[derive(Clone, PartialEq, Debug)]
#[cfg_attr(feature = "serde", derive(::serde::Serialize, ::serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "PascalCase"))]
#[non_exhaustive]
pub struct DeleteTopicInput {
    /// **Required.**
    pub topic_arn: Option<String>,
}
impl DeleteTopicInput {
    /// A builder for [`DeleteTopicInput`].
    pub fn builder() -> DeleteTopicInputBuilder {
        DeleteTopicInputBuilder::default()
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
/// A builder for [`DeleteTopicInput`]: a method per member, or set the public fields directly (for an `Option`).
#[derive(Clone, PartialEq, Default, Debug)]
#[non_exhaustive]
pub struct DeleteTopicInputBuilder {
    pub topic_arn: Option<String>,
}
#[allow(clippy::should_implement_trait)]
impl DeleteTopicInputBuilder {
    /// Builds the [`DeleteTopicInput`], or says which required member is missing.
    pub fn build(self) -> Result<DeleteTopicInput, ::smithy_runtime::types::BuildError> {
        Ok(DeleteTopicInput {
            topic_arn: Some(
                self
                    .topic_arn
                    .ok_or(
                        ::smithy_runtime::types::BuildError::missing(
                            "DeleteTopicInput",
                            "TopicArn",
                        ),
                    )?,
            ),
        })
    }
    /// What a response holds: like `build`, but a member the response left out is `None` or, when the
    /// field is not an `Option`, its zero value.
    pub(crate) fn build_read(self) -> DeleteTopicInput {
        DeleteTopicInput {
            topic_arn: self.topic_arn,
        }
    }
}
::smithy_runtime::setters!(DeleteTopicInputBuilder, [(topic_arn, String, "TopicArn")]);
use ::smithy_runtime::codec;
static SCHEMA: codec::Schema = codec::Schema::new(
    "DeleteTopicInput",
    &[codec::Member::new("TopicArn")],
);
::smithy_runtime::structure_codec!(
    DeleteTopicInput, DeleteTopicInputBuilder, build_read, [topic_arn]
);
