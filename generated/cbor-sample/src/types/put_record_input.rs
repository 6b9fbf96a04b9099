#[derive(Clone, PartialEq, Debug)]
#[cfg_attr(feature = "serde", derive(::serde::Serialize, ::serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "PascalCase"))]
#[non_exhaustive]
pub struct PutRecordInput {
    /// **Required.**
    pub record: crate::types::Record,
    /// An idempotency token: when left empty, the client fills it with a random UUID.
    pub token: Option<String>,
}
impl PutRecordInput {
    /// A builder for [`PutRecordInput`].
    pub fn builder() -> PutRecordInputBuilder {
        PutRecordInputBuilder::default()
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
/// A builder for [`PutRecordInput`]: a method per member, or set the public fields directly (for an `Option`).
#[derive(Clone, PartialEq, Default, Debug)]
#[non_exhaustive]
pub struct PutRecordInputBuilder {
    pub record: Option<crate::types::Record>,
    pub token: Option<String>,
}
#[allow(clippy::should_implement_trait)]
impl PutRecordInputBuilder {
    /// Builds the [`PutRecordInput`], or says which required member is missing.
    pub fn build(self) -> Result<PutRecordInput, ::smithy_runtime::types::BuildError> {
        Ok(PutRecordInput {
            record: self
                .record
                .ok_or(
                    ::smithy_runtime::types::BuildError::missing(
                        "PutRecordInput",
                        "Record",
                    ),
                )?,
            token: self.token,
        })
    }
    /// What a response holds: like `build`, but a member the response left out is `None` or, when the
    /// field is not an `Option`, its zero value.
    pub(crate) fn build_read(self) -> PutRecordInput {
        PutRecordInput {
            record: self.record.unwrap_or_else(::smithy_runtime::codec::ReadValue::zero),
            token: self.token,
        }
    }
}
::smithy_runtime::setters!(
    PutRecordInputBuilder, [(record, crate ::types::Record, "Record"), (token, String,
    "Token")]
);
use ::smithy_runtime::codec;
static SCHEMA: codec::Schema = codec::Schema::new(
    "PutRecordInput",
    &[codec::Member::new("Record"), codec::Member::new("Token").idempotency_token()],
);
::smithy_runtime::structure_codec!(
    PutRecordInput, PutRecordInputBuilder, build_read, [record, token]
);
