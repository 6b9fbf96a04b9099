#[derive(Clone, PartialEq, Debug)]
#[cfg_attr(feature = "serde", derive(::serde::Serialize, ::serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "PascalCase"))]
#[non_exhaustive]
pub struct TerminateInstancesResult {
    pub terminating_instances: Option<Vec<crate::types::InstanceStateChange>>,
}
impl TerminateInstancesResult {
    /// A builder for [`TerminateInstancesResult`].
    pub fn builder() -> TerminateInstancesResultBuilder {
        TerminateInstancesResultBuilder::default()
    }
}
/// A builder for [`TerminateInstancesResult`]: a method per member, or set the public fields directly (for an `Option`).
#[derive(Clone, PartialEq, Default, Debug)]
#[non_exhaustive]
pub struct TerminateInstancesResultBuilder {
    pub terminating_instances: Option<Vec<crate::types::InstanceStateChange>>,
}
#[allow(clippy::should_implement_trait)]
impl TerminateInstancesResultBuilder {
    /// Builds the [`TerminateInstancesResult`].
    pub fn build(self) -> TerminateInstancesResult {
        TerminateInstancesResult {
            terminating_instances: self.terminating_instances,
        }
    }
}
::smithy_runtime::setters!(
    TerminateInstancesResultBuilder, [(terminating_instances, Vec:: < crate
    ::types::InstanceStateChange >, "TerminatingInstances")]
);
use ::smithy_runtime::codec;
static SCHEMA: codec::Schema = codec::Schema::new(
    "TerminateInstancesResult",
    &[
        codec::Member::new("TerminatingInstances")
            .xml("instancesSet")
            .xml_item("item")
            .ec2_query("InstancesSet"),
    ],
);
::smithy_runtime::structure_codec!(
    TerminateInstancesResult, TerminateInstancesResultBuilder, build,
    [terminating_instances]
);
