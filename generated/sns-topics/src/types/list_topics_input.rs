#[derive(Clone, PartialEq, Debug)]
#[cfg_attr(feature = "serde", derive(::serde::Serialize, ::serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "PascalCase"))]
#[non_exhaustive]
pub struct ListTopicsInput {
    pub next_token: Option<String>,
}
impl ListTopicsInput {
    /// A builder for [`ListTopicsInput`].
    pub fn builder() -> ListTopicsInputBuilder {
        ListTopicsInputBuilder::default()
    }
    /// Checks what the model requires before the request is sent: required members always, and the
    /// length, range and pattern constraints when `constraints` is on.
    #[cfg(feature = "client")]
    #[allow(unused_variables)]
    pub fn validate(
        &self,
        constraints: bool,
    ) -> Result<(), ::smithy_runtime::ValidationError> {
        Ok(())
    }
}
/// A builder for [`ListTopicsInput`]: a method per member, or set the public fields directly (for an `Option`).
#[derive(Clone, PartialEq, Default, Debug)]
#[non_exhaustive]
pub struct ListTopicsInputBuilder {
    pub next_token: Option<String>,
}
#[allow(clippy::should_implement_trait)]
impl ListTopicsInputBuilder {
    /// Builds the [`ListTopicsInput`].
    pub fn build(self) -> ListTopicsInput {
        ListTopicsInput {
            next_token: self.next_token,
        }
    }
}
::smithy_runtime::setters!(ListTopicsInputBuilder, [(next_token, String, "NextToken")]);
use ::smithy_runtime::codec;
static SCHEMA: codec::Schema = codec::Schema::new(
    "ListTopicsInput",
    &[codec::Member::new("NextToken")],
);
::smithy_runtime::structure_codec!(
    ListTopicsInput, ListTopicsInputBuilder, build, [next_token]
);
