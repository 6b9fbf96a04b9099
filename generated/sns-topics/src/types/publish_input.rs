#[derive(Clone, PartialEq, Debug)]
#[cfg_attr(feature = "serde", derive(::serde::Serialize, ::serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "PascalCase"))]
#[non_exhaustive]
pub struct PublishInput {
    pub topic_arn: Option<String>,
    /// **Required.**
    pub message: Option<String>,
    pub subject: Option<String>,
    pub message_attributes: Option<
        ::std::collections::HashMap<String, crate::types::MessageAttributeValue>,
    >,
}
impl PublishInput {
    /// A builder for [`PublishInput`].
    pub fn builder() -> PublishInputBuilder {
        PublishInputBuilder::default()
    }
    /// Checks what the model requires before the request is sent: required members always, and the
    /// length, range and pattern constraints when `constraints` is on.
    #[cfg(feature = "client")]
    #[allow(unused_variables)]
    pub fn validate(
        &self,
        constraints: bool,
    ) -> Result<(), ::smithy_runtime::ValidationError> {
        ::smithy_runtime::validate::required(&self.message, "Message")?;
        Ok(())
    }
}
/// A builder for [`PublishInput`]: a method per member, or set the public fields directly (for an `Option`).
#[derive(Clone, PartialEq, Default, Debug)]
#[non_exhaustive]
pub struct PublishInputBuilder {
    pub topic_arn: Option<String>,
    pub message: Option<String>,
    pub subject: Option<String>,
    pub message_attributes: Option<
        ::std::collections::HashMap<String, crate::types::MessageAttributeValue>,
    >,
}
#[allow(clippy::should_implement_trait)]
impl PublishInputBuilder {
    /// Builds the [`PublishInput`], or says which required member is missing.
    pub fn build(self) -> Result<PublishInput, ::smithy_runtime::types::BuildError> {
        Ok(PublishInput {
            topic_arn: self.topic_arn,
            message: Some(
                self
                    .message
                    .ok_or(
                        ::smithy_runtime::types::BuildError::missing(
                            "PublishInput",
                            "Message",
                        ),
                    )?,
            ),
            subject: self.subject,
            message_attributes: self.message_attributes,
        })
    }
    /// What a response holds: like `build`, but a member the response left out is `None` or, when the
    /// field is not an `Option`, its zero value.
    pub(crate) fn build_read(self) -> PublishInput {
        PublishInput {
            topic_arn: self.topic_arn,
            message: self.message,
            subject: self.subject,
            message_attributes: self.message_attributes,
        }
    }
}
::smithy_runtime::setters!(
    PublishInputBuilder, [(topic_arn, String, "TopicArn"), (message, String, "Message"),
    (subject, String, "Subject"), (message_attributes, ::std::collections::HashMap:: <
    String, crate ::types::MessageAttributeValue >, "MessageAttributes")]
);
use ::smithy_runtime::codec;
static SCHEMA: codec::Schema = codec::Schema::new(
    "PublishInput",
    &[
        codec::Member::new("TopicArn"),
        codec::Member::new("Message"),
        codec::Member::new("Subject"),
        codec::Member::new("MessageAttributes").xml_item("Value").xml_key("Name"),
    ],
);
::smithy_runtime::structure_codec!(
    PublishInput, PublishInputBuilder, build_read, [topic_arn, message, subject,
    message_attributes]
);
