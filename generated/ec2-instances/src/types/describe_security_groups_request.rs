#[derive(Clone, PartialEq, Debug)]
#[cfg_attr(feature = "serde", derive(::serde::Serialize, ::serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "PascalCase"))]
#[non_exhaustive]
pub struct DescribeSecurityGroupsRequest {
    pub filters: Option<Vec<crate::types::Filter>>,
    pub group_ids: Option<Vec<String>>,
    pub group_names: Option<Vec<String>>,
    pub dry_run: Option<bool>,
    pub next_token: Option<String>,
    pub max_results: Option<i32>,
}
impl DescribeSecurityGroupsRequest {
    /// A builder for [`DescribeSecurityGroupsRequest`].
    pub fn builder() -> DescribeSecurityGroupsRequestBuilder {
        DescribeSecurityGroupsRequestBuilder::default()
    }
    /// Checks what the model requires before the request is sent: required members always, and the
    /// length, range and pattern constraints when `constraints` is on.
    #[cfg(feature = "client")]
    #[allow(unused_variables)]
    pub fn validate(
        &self,
        constraints: bool,
    ) -> Result<(), ::smithy_runtime::ValidationError> {
        if constraints && let Some(v) = &self.max_results {
            ::smithy_runtime::validate::range(
                *v as f64,
                Some(5f64),
                Some(1000f64),
                "MaxResults",
            )?;
        }
        Ok(())
    }
}
/// A builder for [`DescribeSecurityGroupsRequest`]: a method per member, or set the public fields directly (for an `Option`).
#[derive(Clone, PartialEq, Default, Debug)]
#[non_exhaustive]
pub struct DescribeSecurityGroupsRequestBuilder {
    pub filters: Option<Vec<crate::types::Filter>>,
    pub group_ids: Option<Vec<String>>,
    pub group_names: Option<Vec<String>>,
    pub dry_run: Option<bool>,
    pub next_token: Option<String>,
    pub max_results: Option<i32>,
}
#[allow(clippy::should_implement_trait)]
impl DescribeSecurityGroupsRequestBuilder {
    /// Builds the [`DescribeSecurityGroupsRequest`].
    pub fn build(self) -> DescribeSecurityGroupsRequest {
        DescribeSecurityGroupsRequest {
            filters: self.filters,
            group_ids: self.group_ids,
            group_names: self.group_names,
            dry_run: self.dry_run,
            next_token: self.next_token,
            max_results: self.max_results,
        }
    }
}
::smithy_runtime::setters!(
    DescribeSecurityGroupsRequestBuilder, [(filters, Vec:: < crate ::types::Filter >,
    "Filters"), (group_ids, Vec:: < String >, "GroupIds"), (group_names, Vec:: < String
    >, "GroupNames"), (dry_run, bool, "DryRun"), (next_token, String, "NextToken"),
    (max_results, i32, "MaxResults")]
);
use ::smithy_runtime::codec;
static SCHEMA: codec::Schema = codec::Schema::new(
    "DescribeSecurityGroupsRequest",
    &[
        codec::Member::new("Filters").xml("Filter").xml_item("Filter"),
        codec::Member::new("GroupIds").xml("GroupId").xml_item("groupId"),
        codec::Member::new("GroupNames").xml("GroupName").xml_item("GroupName"),
        codec::Member::new("DryRun").xml("dryRun").ec2_query("DryRun"),
        codec::Member::new("NextToken"),
        codec::Member::new("MaxResults"),
    ],
);
::smithy_runtime::structure_codec!(
    DescribeSecurityGroupsRequest, DescribeSecurityGroupsRequestBuilder, build, [filters,
    group_ids, group_names, dry_run, next_token, max_results]
);
