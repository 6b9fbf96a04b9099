#[derive(Clone, PartialEq, Debug)]
#[cfg_attr(feature = "serde", derive(::serde::Serialize, ::serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "PascalCase"))]
#[non_exhaustive]
pub struct ElasticGpuSpecification {
    /// **Required.**
    pub r#type: String,
}
impl ElasticGpuSpecification {
    /// A builder for [`ElasticGpuSpecification`].
    pub fn builder() -> ElasticGpuSpecificationBuilder {
        ElasticGpuSpecificationBuilder::default()
    }
}
/// A builder for [`ElasticGpuSpecification`]: a method per member, or set the public fields directly (for an `Option`).
#[derive(Clone, PartialEq, Default, Debug)]
#[non_exhaustive]
pub struct ElasticGpuSpecificationBuilder {
    pub r#type: Option<String>,
}
#[allow(clippy::should_implement_trait)]
impl ElasticGpuSpecificationBuilder {
    /// Builds the [`ElasticGpuSpecification`], or says which required member is missing.
    pub fn build(
        self,
    ) -> Result<ElasticGpuSpecification, ::smithy_runtime::types::BuildError> {
        Ok(ElasticGpuSpecification {
            r#type: self
                .r#type
                .ok_or(
                    ::smithy_runtime::types::BuildError::missing(
                        "ElasticGpuSpecification",
                        "Type",
                    ),
                )?,
        })
    }
    /// What a response holds: like `build`, but a member the response left out is `None` or, when the
    /// field is not an `Option`, its zero value.
    pub(crate) fn build_read(self) -> ElasticGpuSpecification {
        ElasticGpuSpecification {
            r#type: self.r#type.unwrap_or_else(::smithy_runtime::codec::ReadValue::zero),
        }
    }
}
::smithy_runtime::setters!(ElasticGpuSpecificationBuilder, [(r#type, String, "Type")]);
use ::smithy_runtime::codec;
static SCHEMA: codec::Schema = codec::Schema::new(
    "ElasticGpuSpecification",
    &[codec::Member::new("Type")],
);
::smithy_runtime::structure_codec!(
    ElasticGpuSpecification, ElasticGpuSpecificationBuilder, build_read, [r#type]
);
