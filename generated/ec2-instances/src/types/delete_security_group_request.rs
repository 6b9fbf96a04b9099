#[derive(Clone, PartialEq, Debug)]
#[cfg_attr(feature = "serde", derive(::serde::Serialize, ::serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "PascalCase"))]
#[non_exhaustive]
pub struct DeleteSecurityGroupRequest {
    pub group_id: Option<String>,
    pub group_name: Option<String>,
    pub dry_run: Option<bool>,
}
impl DeleteSecurityGroupRequest {
    /// A builder for [`DeleteSecurityGroupRequest`].
    pub fn builder() -> DeleteSecurityGroupRequestBuilder {
        DeleteSecurityGroupRequestBuilder::default()
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
/// A builder for [`DeleteSecurityGroupRequest`]: a method per member, or set the public fields directly (for an `Option`).
#[derive(Clone, PartialEq, Default, Debug)]
#[non_exhaustive]
pub struct DeleteSecurityGroupRequestBuilder {
    pub group_id: Option<String>,
    pub group_name: Option<String>,
    pub dry_run: Option<bool>,
}
#[allow(clippy::should_implement_trait)]
impl DeleteSecurityGroupRequestBuilder {
    /// Builds the [`DeleteSecurityGroupRequest`].
    pub fn build(self) -> DeleteSecurityGroupRequest {
        DeleteSecurityGroupRequest {
            group_id: self.group_id,
            group_name: self.group_name,
            dry_run: self.dry_run,
        }
    }
}
::smithy_runtime::setters!(
    DeleteSecurityGroupRequestBuilder, [(group_id, String, "GroupId"), (group_name,
    String, "GroupName"), (dry_run, bool, "DryRun")]
);
use ::smithy_runtime::codec;
static SCHEMA: codec::Schema = codec::Schema::new(
    "DeleteSecurityGroupRequest",
    &[
        codec::Member::new("GroupId"),
        codec::Member::new("GroupName"),
        codec::Member::new("DryRun").xml("dryRun").ec2_query("DryRun"),
    ],
);
::smithy_runtime::structure_codec!(
    DeleteSecurityGroupRequest, DeleteSecurityGroupRequestBuilder, build, [group_id,
    group_name, dry_run]
);
