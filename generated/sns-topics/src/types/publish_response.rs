#[derive(Clone, PartialEq, Debug)]
#[cfg_attr(feature = "serde", derive(::serde::Serialize, ::serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "PascalCase"))]
#[non_exhaustive]
pub struct PublishResponse {
    pub message_id: Option<String>,
}
impl PublishResponse {
    /// A builder for [`PublishResponse`].
    pub fn builder() -> PublishResponseBuilder {
        PublishResponseBuilder::default()
    }
}
/// A builder for [`PublishResponse`]: a method per member, or set the public fields directly (for an `Option`).
#[derive(Clone, PartialEq, Default, Debug)]
#[non_exhaustive]
pub struct PublishResponseBuilder {
    pub message_id: Option<String>,
}
#[allow(clippy::should_implement_trait)]
impl PublishResponseBuilder {
    /// Builds the [`PublishResponse`].
    pub fn build(self) -> PublishResponse {
        PublishResponse {
            message_id: self.message_id,
        }
    }
}
::smithy_runtime::setters!(PublishResponseBuilder, [(message_id, String, "MessageId")]);
use ::smithy_runtime::codec;
static SCHEMA: codec::Schema = codec::Schema::new(
    "PublishResponse",
    &[codec::Member::new("MessageId")],
);
::smithy_runtime::structure_codec!(
    PublishResponse, PublishResponseBuilder, build, [message_id]
);
