#[derive(Clone, PartialEq, Debug)]
#[cfg_attr(feature = "serde", derive(::serde::Serialize, ::serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "PascalCase"))]
#[non_exhaustive]
pub struct ElasticGpuAssociation {
    pub elastic_gpu_id: Option<String>,
    pub elastic_gpu_association_id: Option<String>,
    pub elastic_gpu_association_state: Option<String>,
    pub elastic_gpu_association_time: Option<String>,
}
impl ElasticGpuAssociation {
    /// A builder for [`ElasticGpuAssociation`].
    pub fn builder() -> ElasticGpuAssociationBuilder {
        ElasticGpuAssociationBuilder::default()
    }
}
/// A builder for [`ElasticGpuAssociation`]: a method per member, or set the public fields directly (for an `Option`).
#[derive(Clone, PartialEq, Default, Debug)]
#[non_exhaustive]
pub struct ElasticGpuAssociationBuilder {
    pub elastic_gpu_id: Option<String>,
    pub elastic_gpu_association_id: Option<String>,
    pub elastic_gpu_association_state: Option<String>,
    pub elastic_gpu_association_time: Option<String>,
}
#[allow(clippy::should_implement_trait)]
impl ElasticGpuAssociationBuilder {
    /// Builds the [`ElasticGpuAssociation`].
    pub fn build(self) -> ElasticGpuAssociation {
        ElasticGpuAssociation {
            elastic_gpu_id: self.elastic_gpu_id,
            elastic_gpu_association_id: self.elastic_gpu_association_id,
            elastic_gpu_association_state: self.elastic_gpu_association_state,
            elastic_gpu_association_time: self.elastic_gpu_association_time,
        }
    }
}
::smithy_runtime::setters!(
    ElasticGpuAssociationBuilder, [(elastic_gpu_id, String, "ElasticGpuId"),
    (elastic_gpu_association_id, String, "ElasticGpuAssociationId"),
    (elastic_gpu_association_state, String, "ElasticGpuAssociationState"),
    (elastic_gpu_association_time, String, "ElasticGpuAssociationTime")]
);
use ::smithy_runtime::codec;
static SCHEMA: codec::Schema = codec::Schema::new(
    "ElasticGpuAssociation",
    &[
        codec::Member::new("ElasticGpuId").xml("elasticGpuId").ec2_query("ElasticGpuId"),
        codec::Member::new("ElasticGpuAssociationId")
            .xml("elasticGpuAssociationId")
            .ec2_query("ElasticGpuAssociationId"),
        codec::Member::new("ElasticGpuAssociationState")
            .xml("elasticGpuAssociationState")
            .ec2_query("ElasticGpuAssociationState"),
        codec::Member::new("ElasticGpuAssociationTime")
            .xml("elasticGpuAssociationTime")
            .ec2_query("ElasticGpuAssociationTime"),
    ],
);
::smithy_runtime::structure_codec!(
    ElasticGpuAssociation, ElasticGpuAssociationBuilder, build, [elastic_gpu_id,
    elastic_gpu_association_id, elastic_gpu_association_state,
    elastic_gpu_association_time]
);
