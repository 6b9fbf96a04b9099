#[derive(Clone, PartialEq, Debug)]
#[cfg_attr(feature = "serde", derive(::serde::Serialize, ::serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "PascalCase"))]
#[non_exhaustive]
pub struct ElasticInferenceAcceleratorAssociation {
    pub elastic_inference_accelerator_arn: Option<String>,
    pub elastic_inference_accelerator_association_id: Option<String>,
    pub elastic_inference_accelerator_association_state: Option<String>,
    pub elastic_inference_accelerator_association_time: Option<
        ::smithy_runtime::types::DateTime,
    >,
}
impl ElasticInferenceAcceleratorAssociation {
    /// A builder for [`ElasticInferenceAcceleratorAssociation`].
    pub fn builder() -> ElasticInferenceAcceleratorAssociationBuilder {
        ElasticInferenceAcceleratorAssociationBuilder::default()
    }
}
/// A builder for [`ElasticInferenceAcceleratorAssociation`]: a method per member, or set the public fields directly (for an `Option`).
#[derive(Clone, PartialEq, Default, Debug)]
#[non_exhaustive]
pub struct ElasticInferenceAcceleratorAssociationBuilder {
    pub elastic_inference_accelerator_arn: Option<String>,
    pub elastic_inference_accelerator_association_id: Option<String>,
    pub elastic_inference_accelerator_association_state: Option<String>,
    pub elastic_inference_accelerator_association_time: Option<
        ::smithy_runtime::types::DateTime,
    >,
}
#[allow(clippy::should_implement_trait)]
impl ElasticInferenceAcceleratorAssociationBuilder {
    /// Builds the [`ElasticInferenceAcceleratorAssociation`].
    pub fn build(self) -> ElasticInferenceAcceleratorAssociation {
        ElasticInferenceAcceleratorAssociation {
            elastic_inference_accelerator_arn: self.elastic_inference_accelerator_arn,
            elastic_inference_accelerator_association_id: self
                .elastic_inference_accelerator_association_id,
            elastic_inference_accelerator_association_state: self
                .elastic_inference_accelerator_association_state,
            elastic_inference_accelerator_association_time: self
                .elastic_inference_accelerator_association_time,
        }
    }
}
::smithy_runtime::setters!(
    ElasticInferenceAcceleratorAssociationBuilder, [(elastic_inference_accelerator_arn,
    String, "ElasticInferenceAcceleratorArn"),
    (elastic_inference_accelerator_association_id, String,
    "ElasticInferenceAcceleratorAssociationId"),
    (elastic_inference_accelerator_association_state, String,
    "ElasticInferenceAcceleratorAssociationState"),
    (elastic_inference_accelerator_association_time, ::smithy_runtime::types::DateTime,
    "ElasticInferenceAcceleratorAssociationTime")]
);
use ::smithy_runtime::codec;
static SCHEMA: codec::Schema = codec::Schema::new(
    "ElasticInferenceAcceleratorAssociation",
    &[
        codec::Member::new("ElasticInferenceAcceleratorArn")
            .xml("elasticInferenceAcceleratorArn")
            .ec2_query("ElasticInferenceAcceleratorArn"),
        codec::Member::new("ElasticInferenceAcceleratorAssociationId")
            .xml("elasticInferenceAcceleratorAssociationId")
            .ec2_query("ElasticInferenceAcceleratorAssociationId"),
        codec::Member::new("ElasticInferenceAcceleratorAssociationState")
            .xml("elasticInferenceAcceleratorAssociationState")
            .ec2_query("ElasticInferenceAcceleratorAssociationState"),
        codec::Member::new("ElasticInferenceAcceleratorAssociationTime")
            .xml("elasticInferenceAcceleratorAssociationTime")
            .ec2_query("ElasticInferenceAcceleratorAssociationTime"),
    ],
);
::smithy_runtime::structure_codec!(
    ElasticInferenceAcceleratorAssociation,
    ElasticInferenceAcceleratorAssociationBuilder, build,
    [elastic_inference_accelerator_arn, elastic_inference_accelerator_association_id,
    elastic_inference_accelerator_association_state,
    elastic_inference_accelerator_association_time]
);
