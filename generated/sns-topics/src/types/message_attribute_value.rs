#[derive(Clone, PartialEq, Debug)]
#[cfg_attr(feature = "serde", derive(::serde::Serialize, ::serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "PascalCase"))]
#[non_exhaustive]
pub struct MessageAttributeValue {
    /// **Required.**
    pub data_type: String,
    pub string_value: Option<String>,
    pub binary_value: Option<::smithy_runtime::types::Blob>,
}
impl MessageAttributeValue {
    /// A builder for [`MessageAttributeValue`].
    pub fn builder() -> MessageAttributeValueBuilder {
        MessageAttributeValueBuilder::default()
    }
}
/// A builder for [`MessageAttributeValue`]: a method per member, or set the public fields directly (for an `Option`).
#[derive(Clone, PartialEq, Default, Debug)]
#[non_exhaustive]
pub struct MessageAttributeValueBuilder {
    pub data_type: Option<String>,
    pub string_value: Option<String>,
    pub binary_value: Option<::smithy_runtime::types::Blob>,
}
#[allow(clippy::should_implement_trait)]
impl MessageAttributeValueBuilder {
    /// Builds the [`MessageAttributeValue`], or says which required member is missing.
    pub fn build(
        self,
    ) -> Result<MessageAttributeValue, ::smithy_runtime::types::BuildError> {
        Ok(MessageAttributeValue {
            data_type: self
                .data_type
                .ok_or(
                    ::smithy_runtime::types::BuildError::missing(
                        "MessageAttributeValue",
                        "DataType",
                    ),
                )?,
            string_value: self.string_value,
            binary_value: self.binary_value,
        })
    }
    /// What a response holds: like `build`, but a member the response left out is `None` or, when the
    /// field is not an `Option`, its zero value.
    pub(crate) fn build_read(self) -> MessageAttributeValue {
        MessageAttributeValue {
            data_type: self
                .data_type
                .unwrap_or_else(::smithy_runtime::codec::ReadValue::zero),
            string_value: self.string_value,
            binary_value: self.binary_value,
        }
    }
}
::smithy_runtime::setters!(
    MessageAttributeValueBuilder, [(data_type, String, "DataType"), (string_value,
    String, "StringValue"), (binary_value, ::smithy_runtime::types::Blob, "BinaryValue")]
);
use ::smithy_runtime::codec;
static SCHEMA: codec::Schema = codec::Schema::new(
    "MessageAttributeValue",
    &[
        codec::Member::new("DataType"),
        codec::Member::new("StringValue"),
        codec::Member::new("BinaryValue"),
    ],
);
::smithy_runtime::structure_codec!(
    MessageAttributeValue, MessageAttributeValueBuilder, build_read, [data_type,
    string_value, binary_value]
);
