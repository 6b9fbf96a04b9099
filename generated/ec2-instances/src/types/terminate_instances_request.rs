#[derive(Clone, PartialEq, Debug)]
#[cfg_attr(feature = "serde", derive(::serde::Serialize, ::serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "PascalCase"))]
#[non_exhaustive]
pub struct TerminateInstancesRequest {
    /// **Required.**
    pub instance_ids: Vec<String>,
    pub dry_run: Option<bool>,
}
impl TerminateInstancesRequest {
    /// A builder for [`TerminateInstancesRequest`].
    pub fn builder() -> TerminateInstancesRequestBuilder {
        TerminateInstancesRequestBuilder::default()
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
/// A builder for [`TerminateInstancesRequest`]: a method per member, or set the public fields directly (for an `Option`).
#[derive(Clone, PartialEq, Default, Debug)]
#[non_exhaustive]
pub struct TerminateInstancesRequestBuilder {
    pub instance_ids: Option<Vec<String>>,
    pub dry_run: Option<bool>,
}
#[allow(clippy::should_implement_trait)]
impl TerminateInstancesRequestBuilder {
    /// Builds the [`TerminateInstancesRequest`].
    pub fn build(self) -> TerminateInstancesRequest {
        TerminateInstancesRequest {
            instance_ids: self.instance_ids.unwrap_or_default(),
            dry_run: self.dry_run,
        }
    }
}
::smithy_runtime::setters!(
    TerminateInstancesRequestBuilder, [(instance_ids, Vec:: < String >, "InstanceIds"),
    (dry_run, bool, "DryRun")]
);
use ::smithy_runtime::codec;
static SCHEMA: codec::Schema = codec::Schema::new(
    "TerminateInstancesRequest",
    &[
        codec::Member::new("InstanceIds").xml("InstanceId").xml_item("InstanceId"),
        codec::Member::new("DryRun").xml("dryRun").ec2_query("DryRun"),
    ],
);
::smithy_runtime::structure_codec!(
    TerminateInstancesRequest, TerminateInstancesRequestBuilder, build, [instance_ids,
    dry_run]
);
