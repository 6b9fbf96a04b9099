#[derive(Clone, PartialEq, Debug)]
#[cfg_attr(feature = "serde", derive(::serde::Serialize, ::serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "PascalCase"))]
#[non_exhaustive]
pub struct DoEverythingOutput {
    pub everything: Option<crate::types::AllTypes>,
    /// Always present: required and without a default.
    ///
    /// **Required.**
    pub request_id: String,
    /// **Required.**
    pub count: i32,
}
impl DoEverythingOutput {
    /// A builder for [`DoEverythingOutput`].
    pub fn builder() -> DoEverythingOutputBuilder {
        DoEverythingOutputBuilder::default()
    }
}
/// A builder for [`DoEverythingOutput`]: a method per member, or set the public fields directly (for an `Option`).
#[derive(Clone, PartialEq, Default, Debug)]
#[non_exhaustive]
pub struct DoEverythingOutputBuilder {
    pub everything: Option<crate::types::AllTypes>,
    pub request_id: Option<String>,
    pub count: Option<i32>,
}
#[allow(clippy::should_implement_trait)]
impl DoEverythingOutputBuilder {
    /// Builds the [`DoEverythingOutput`], or says which required member is missing.
    pub fn build(
        self,
    ) -> Result<DoEverythingOutput, ::smithy_runtime::types::BuildError> {
        Ok(DoEverythingOutput {
            everything: self.everything,
            request_id: self
                .request_id
                .ok_or(
                    ::smithy_runtime::types::BuildError::missing(
                        "DoEverythingOutput",
                        "RequestId",
                    ),
                )?,
            count: self
                .count
                .ok_or(
                    ::smithy_runtime::types::BuildError::missing(
                        "DoEverythingOutput",
                        "Count",
                    ),
                )?,
        })
    }
    /// What a response holds: like `build`, but a member the response left out is `None` or, when the
    /// field is not an `Option`, its zero value.
    pub(crate) fn build_read(self) -> DoEverythingOutput {
        DoEverythingOutput {
            everything: self.everything,
            request_id: self
                .request_id
                .unwrap_or_else(::smithy_runtime::codec::ReadValue::zero),
            count: self.count.unwrap_or_else(::smithy_runtime::codec::ReadValue::zero),
        }
    }
}
::smithy_runtime::setters!(
    DoEverythingOutputBuilder, [(everything, crate ::types::AllTypes, "Everything"),
    (request_id, String, "RequestId"), (count, i32, "Count")]
);
use ::smithy_runtime::codec;
static SCHEMA: codec::Schema = codec::Schema::new(
    "DoEverythingOutput",
    &[
        codec::Member::new("Everything"),
        codec::Member::new("RequestId"),
        codec::Member::new("Count"),
    ],
);
::smithy_runtime::structure_codec!(
    DoEverythingOutput, DoEverythingOutputBuilder, build_read, [everything, request_id,
    count]
);
