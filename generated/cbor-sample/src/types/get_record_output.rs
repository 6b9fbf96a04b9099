#[derive(Clone, PartialEq, Debug)]
#[cfg_attr(feature = "serde", derive(::serde::Serialize, ::serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "PascalCase"))]
#[non_exhaustive]
pub struct GetRecordOutput {
    pub record: Option<crate::types::Record>,
}
impl GetRecordOutput {
    /// A builder for [`GetRecordOutput`].
    pub fn builder() -> GetRecordOutputBuilder {
        GetRecordOutputBuilder::default()
    }
}
/// A builder for [`GetRecordOutput`]: a method per member, or set the public fields directly (for an `Option`).
#[derive(Clone, PartialEq, Default, Debug)]
#[non_exhaustive]
pub struct GetRecordOutputBuilder {
    pub record: Option<crate::types::Record>,
}
#[allow(clippy::should_implement_trait)]
impl GetRecordOutputBuilder {
    /// Builds the [`GetRecordOutput`].
    pub fn build(self) -> GetRecordOutput {
        GetRecordOutput {
            record: self.record,
        }
    }
}
::smithy_runtime::setters!(
    GetRecordOutputBuilder, [(record, crate ::types::Record, "Record")]
);
use ::smithy_runtime::codec;
static SCHEMA: codec::Schema = codec::Schema::new(
    "GetRecordOutput",
    &[codec::Member::new("Record")],
);
::smithy_runtime::structure_codec!(
    GetRecordOutput, GetRecordOutputBuilder, build, [record]
);
