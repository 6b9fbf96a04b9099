#[derive(Clone, PartialEq, Debug)]
#[cfg_attr(feature = "serde", derive(::serde::Serialize, ::serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "PascalCase"))]
#[non_exhaustive]
pub struct GetRecordInput {
    /// **Required.**
    pub name: String,
}
impl GetRecordInput {
    /// A builder for [`GetRecordInput`].
    pub fn builder() -> GetRecordInputBuilder {
        GetRecordInputBuilder::default()
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
/// A builder for [`GetRecordInput`]: a method per member, or set the public fields directly (for an `Option`).
#[derive(Clone, PartialEq, Default, Debug)]
#[non_exhaustive]
pub struct GetRecordInputBuilder {
    pub name: Option<String>,
}
#[allow(clippy::should_implement_trait)]
impl GetRecordInputBuilder {
    /// Builds the [`GetRecordInput`], or says which required member is missing.
    pub fn build(self) -> Result<GetRecordInput, ::smithy_runtime::types::BuildError> {
        Ok(GetRecordInput {
            name: self
                .name
                .ok_or(
                    ::smithy_runtime::types::BuildError::missing(
                        "GetRecordInput",
                        "Name",
                    ),
                )?,
        })
    }
    /// What a response holds: like `build`, but a member the response left out is `None` or, when the
    /// field is not an `Option`, its zero value.
    pub(crate) fn build_read(self) -> GetRecordInput {
        GetRecordInput {
            name: self.name.unwrap_or_else(::smithy_runtime::codec::ReadValue::zero),
        }
    }
}
::smithy_runtime::setters!(GetRecordInputBuilder, [(name, String, "Name")]);
use ::smithy_runtime::codec;
static SCHEMA: codec::Schema = codec::Schema::new(
    "GetRecordInput",
    &[codec::Member::new("Name")],
);
::smithy_runtime::structure_codec!(
    GetRecordInput, GetRecordInputBuilder, build_read, [name]
);
