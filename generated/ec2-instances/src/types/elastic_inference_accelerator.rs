#[derive(Clone, PartialEq, Debug)]
#[cfg_attr(feature = "serde", derive(::serde::Serialize, ::serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "PascalCase"))]
#[non_exhaustive]
pub struct ElasticInferenceAccelerator {
    /// **Required.**
    pub r#type: String,
    pub count: Option<i32>,
}
impl ElasticInferenceAccelerator {
    /// A builder for [`ElasticInferenceAccelerator`].
    pub fn builder() -> ElasticInferenceAcceleratorBuilder {
        ElasticInferenceAcceleratorBuilder::default()
    }
}
/// A builder for [`ElasticInferenceAccelerator`]: a method per member, or set the public fields directly (for an `Option`).
#[derive(Clone, PartialEq, Default, Debug)]
#[non_exhaustive]
pub struct ElasticInferenceAcceleratorBuilder {
    pub r#type: Option<String>,
    pub count: Option<i32>,
}
#[allow(clippy::should_implement_trait)]
impl ElasticInferenceAcceleratorBuilder {
    /// Builds the [`ElasticInferenceAccelerator`], or says which required member is missing.
    pub fn build(
        self,
    ) -> Result<ElasticInferenceAccelerator, ::smithy_runtime::types::BuildError> {
        Ok(ElasticInferenceAccelerator {
            r#type: self
                .r#type
                .ok_or(
                    ::smithy_runtime::types::BuildError::missing(
                        "ElasticInferenceAccelerator",
                        "Type",
                    ),
                )?,
            count: self.count,
        })
    }
    /// What a response holds: like `build`, but a member the response left out is `None` or, when the
    /// field is not an `Option`, its zero value.
    pub(crate) fn build_read(self) -> ElasticInferenceAccelerator {
        ElasticInferenceAccelerator {
            r#type: self.r#type.unwrap_or_else(::smithy_runtime::codec::ReadValue::zero),
            count: self.count,
        }
    }
}
::smithy_runtime::setters!(
    ElasticInferenceAcceleratorBuilder, [(r#type, String, "Type"), (count, i32, "Count")]
);
use ::smithy_runtime::codec;
static SCHEMA: codec::Schema = codec::Schema::new(
    "ElasticInferenceAccelerator",
    &[codec::Member::new("Type"), codec::Member::new("Count")],
);
::smithy_runtime::structure_codec!(
    ElasticInferenceAccelerator, ElasticInferenceAcceleratorBuilder, build_read, [r#type,
    count]
);
