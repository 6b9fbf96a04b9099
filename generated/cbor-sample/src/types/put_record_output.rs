#[derive(Clone, PartialEq, Debug)]
#[cfg_attr(feature = "serde", derive(::serde::Serialize, ::serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "PascalCase"))]
#[non_exhaustive]
pub struct PutRecordOutput {
    pub stored: Option<crate::types::Record>,
    /// **Required.**
    pub version: i64,
}
impl PutRecordOutput {
    /// A builder for [`PutRecordOutput`].
    pub fn builder() -> PutRecordOutputBuilder {
        PutRecordOutputBuilder::default()
    }
}
/// A builder for [`PutRecordOutput`]: a method per member, or set the public fields directly (for an `Option`).
#[derive(Clone, PartialEq, Default, Debug)]
#[non_exhaustive]
pub struct PutRecordOutputBuilder {
    pub stored: Option<crate::types::Record>,
    pub version: Option<i64>,
}
#[allow(clippy::should_implement_trait)]
impl PutRecordOutputBuilder {
    /// Builds the [`PutRecordOutput`], or says which required member is missing.
    pub fn build(self) -> Result<PutRecordOutput, ::smithy_runtime::types::BuildError> {
        Ok(PutRecordOutput {
            stored: self.stored,
            version: self
                .version
                .ok_or(
                    ::smithy_runtime::types::BuildError::missing(
                        "PutRecordOutput",
                        "Version",
                    ),
                )?,
        })
    }
    /// What a response holds: like `build`, but a member the response left out is `None` or, when the
    /// field is not an `Option`, its zero value.
    pub(crate) fn build_read(self) -> PutRecordOutput {
        PutRecordOutput {
            stored: self.stored,
            version: self
                .version
                .unwrap_or_else(::smithy_runtime::codec::ReadValue::zero),
        }
    }
}
::smithy_runtime::setters!(
    PutRecordOutputBuilder, [(stored, crate ::types::Record, "Stored"), (version, i64,
    "Version")]
);
use ::smithy_runtime::codec;
static SCHEMA: codec::Schema = codec::Schema::new(
    "PutRecordOutput",
    &[codec::Member::new("Stored"), codec::Member::new("Version")],
);
::smithy_runtime::structure_codec!(
    PutRecordOutput, PutRecordOutputBuilder, build_read, [stored, version]
);
