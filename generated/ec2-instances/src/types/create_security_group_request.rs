#[derive(Clone, PartialEq, Debug)]
#[cfg_attr(feature = "serde", derive(::serde::Serialize, ::serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "PascalCase"))]
#[non_exhaustive]
pub struct CreateSecurityGroupRequest {
    /// **Required.**
    pub description: String,
    /// **Required.**
    pub group_name: String,
    pub vpc_id: Option<String>,
    pub tag_specifications: Option<Vec<crate::types::TagSpecification>>,
    pub dry_run: Option<bool>,
}
impl CreateSecurityGroupRequest {
    /// A builder for [`CreateSecurityGroupRequest`].
    pub fn builder() -> CreateSecurityGroupRequestBuilder {
        CreateSecurityGroupRequestBuilder::default()
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
/// A builder for [`CreateSecurityGroupRequest`]: a method per member, or set the public fields directly (for an `Option`).
#[derive(Clone, PartialEq, Default, Debug)]
#[non_exhaustive]
pub struct CreateSecurityGroupRequestBuilder {
    pub description: Option<String>,
    pub group_name: Option<String>,
    pub vpc_id: Option<String>,
    pub tag_specifications: Option<Vec<crate::types::TagSpecification>>,
    pub dry_run: Option<bool>,
}
#[allow(clippy::should_implement_trait)]
impl CreateSecurityGroupRequestBuilder {
    /// Builds the [`CreateSecurityGroupRequest`], or says which required member is missing.
    pub fn build(
        self,
    ) -> Result<CreateSecurityGroupRequest, ::smithy_runtime::types::BuildError> {
        Ok(CreateSecurityGroupRequest {
            description: self
                .description
                .ok_or(
                    ::smithy_runtime::types::BuildError::missing(
                        "CreateSecurityGroupRequest",
                        "Description",
                    ),
                )?,
            group_name: self
                .group_name
                .ok_or(
                    ::smithy_runtime::types::BuildError::missing(
                        "CreateSecurityGroupRequest",
                        "GroupName",
                    ),
                )?,
            vpc_id: self.vpc_id,
            tag_specifications: self.tag_specifications,
            dry_run: self.dry_run,
        })
    }
    /// What a response holds: like `build`, but a member the response left out is `None` or, when the
    /// field is not an `Option`, its zero value.
    pub(crate) fn build_read(self) -> CreateSecurityGroupRequest {
        CreateSecurityGroupRequest {
            description: self
                .description
                .unwrap_or_else(::smithy_runtime::codec::ReadValue::zero),
            group_name: self
                .group_name
                .unwrap_or_else(::smithy_runtime::codec::ReadValue::zero),
            vpc_id: self.vpc_id,
            tag_specifications: self.tag_specifications,
            dry_run: self.dry_run,
        }
    }
}
::smithy_runtime::setters!(
    CreateSecurityGroupRequestBuilder, [(description, String, "Description"),
    (group_name, String, "GroupName"), (vpc_id, String, "VpcId"), (tag_specifications,
    Vec:: < crate ::types::TagSpecification >, "TagSpecifications"), (dry_run, bool,
    "DryRun")]
);
use ::smithy_runtime::codec;
static SCHEMA: codec::Schema = codec::Schema::new(
    "CreateSecurityGroupRequest",
    &[
        codec::Member::new("Description").xml("GroupDescription"),
        codec::Member::new("GroupName"),
        codec::Member::new("VpcId"),
        codec::Member::new("TagSpecifications").xml("TagSpecification").xml_item("item"),
        codec::Member::new("DryRun").xml("dryRun").ec2_query("DryRun"),
    ],
);
::smithy_runtime::structure_codec!(
    CreateSecurityGroupRequest, CreateSecurityGroupRequestBuilder, build_read,
    [description, group_name, vpc_id, tag_specifications, dry_run]
);
