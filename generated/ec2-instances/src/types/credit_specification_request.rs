#[derive(Clone, PartialEq, Debug)]
#[cfg_attr(feature = "serde", derive(::serde::Serialize, ::serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "PascalCase"))]
#[non_exhaustive]
pub struct CreditSpecificationRequest {
    /// **Required.**
    pub cpu_credits: String,
}
impl CreditSpecificationRequest {
    /// A builder for [`CreditSpecificationRequest`].
    pub fn builder() -> CreditSpecificationRequestBuilder {
        CreditSpecificationRequestBuilder::default()
    }
}
/// A builder for [`CreditSpecificationRequest`]: a method per member, or set the public fields directly (for an `Option`).
#[derive(Clone, PartialEq, Default, Debug)]
#[non_exhaustive]
pub struct CreditSpecificationRequestBuilder {
    pub cpu_credits: Option<String>,
}
#[allow(clippy::should_implement_trait)]
impl CreditSpecificationRequestBuilder {
    /// Builds the [`CreditSpecificationRequest`], or says which required member is missing.
    pub fn build(
        self,
    ) -> Result<CreditSpecificationRequest, ::smithy_runtime::types::BuildError> {
        Ok(CreditSpecificationRequest {
            cpu_credits: self
                .cpu_credits
                .ok_or(
                    ::smithy_runtime::types::BuildError::missing(
                        "CreditSpecificationRequest",
                        "CpuCredits",
                    ),
                )?,
        })
    }
    /// What a response holds: like `build`, but a member the response left out is `None` or, when the
    /// field is not an `Option`, its zero value.
    pub(crate) fn build_read(self) -> CreditSpecificationRequest {
        CreditSpecificationRequest {
            cpu_credits: self
                .cpu_credits
                .unwrap_or_else(::smithy_runtime::codec::ReadValue::zero),
        }
    }
}
::smithy_runtime::setters!(
    CreditSpecificationRequestBuilder, [(cpu_credits, String, "CpuCredits")]
);
use ::smithy_runtime::codec;
static SCHEMA: codec::Schema = codec::Schema::new(
    "CreditSpecificationRequest",
    &[codec::Member::new("CpuCredits")],
);
::smithy_runtime::structure_codec!(
    CreditSpecificationRequest, CreditSpecificationRequestBuilder, build_read,
    [cpu_credits]
);
