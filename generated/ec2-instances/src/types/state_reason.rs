#[derive(Clone, PartialEq, Debug)]
#[cfg_attr(feature = "serde", derive(::serde::Serialize, ::serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "PascalCase"))]
#[non_exhaustive]
pub struct StateReason {
    pub code: Option<String>,
    pub message: Option<String>,
}
impl StateReason {
    /// A builder for [`StateReason`].
    pub fn builder() -> StateReasonBuilder {
        StateReasonBuilder::default()
    }
}
/// A builder for [`StateReason`]: a method per member, or set the public fields directly (for an `Option`).
#[derive(Clone, PartialEq, Default, Debug)]
#[non_exhaustive]
pub struct StateReasonBuilder {
    pub code: Option<String>,
    pub message: Option<String>,
}
#[allow(clippy::should_implement_trait)]
impl StateReasonBuilder {
    /// Builds the [`StateReason`].
    pub fn build(self) -> StateReason {
        StateReason {
            code: self.code,
            message: self.message,
        }
    }
}
::smithy_runtime::setters!(
    StateReasonBuilder, [(code, String, "Code"), (message, String, "Message")]
);
use ::smithy_runtime::codec;
static SCHEMA: codec::Schema = codec::Schema::new(
    "StateReason",
    &[
        codec::Member::new("Code").xml("code").ec2_query("Code"),
        codec::Member::new("Message").xml("message").ec2_query("Message"),
    ],
);
::smithy_runtime::structure_codec!(
    StateReason, StateReasonBuilder, build, [code, message]
);
