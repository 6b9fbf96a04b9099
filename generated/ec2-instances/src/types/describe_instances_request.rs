#[derive(Clone, PartialEq, Debug)]
#[cfg_attr(feature = "serde", derive(::serde::Serialize, ::serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "PascalCase"))]
#[non_exhaustive]
pub struct DescribeInstancesRequest {
    pub filters: Option<Vec<crate::types::Filter>>,
    pub instance_ids: Option<Vec<String>>,
    pub dry_run: Option<bool>,
    pub max_results: Option<i32>,
    pub next_token: Option<String>,
}
impl DescribeInstancesRequest {
    /// A builder for [`DescribeInstancesRequest`].
    pub fn builder() -> DescribeInstancesRequestBuilder {
        DescribeInstancesRequestBuilder::default()
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
/// A builder for [`DescribeInstancesRequest`]: a method per member, or set the public fields directly (for an `Option`).
#[derive(Clone, PartialEq, Default, Debug)]
#[non_exhaustive]
pub struct DescribeInstancesRequestBuilder {
    pub filters: Option<Vec<crate::types::Filter>>,
    pub instance_ids: Option<Vec<String>>,
    pub dry_run: Option<bool>,
    pub max_results: Option<i32>,
    pub next_token: Option<String>,
}
#[allow(clippy::should_implement_trait)]
impl DescribeInstancesRequestBuilder {
    /// Builds the [`DescribeInstancesRequest`].
    pub fn build(self) -> DescribeInstancesRequest {
        DescribeInstancesRequest {
            filters: self.filters,
            instance_ids: self.instance_ids,
            dry_run: self.dry_run,
            max_results: self.max_results,
            next_token: self.next_token,
        }
    }
}
::smithy_runtime::setters!(
    DescribeInstancesRequestBuilder, [(filters, Vec:: < crate ::types::Filter >,
    "Filters"), (instance_ids, Vec:: < String >, "InstanceIds"), (dry_run, bool,
    "DryRun"), (max_results, i32, "MaxResults"), (next_token, String, "NextToken")]
);
use ::smithy_runtime::codec;
static SCHEMA: codec::Schema = codec::Schema::new(
    "DescribeInstancesRequest",
    &[
        codec::Member::new("Filters").xml("Filter").xml_item("Filter"),
        codec::Member::new("InstanceIds").xml("InstanceId").xml_item("InstanceId"),
        codec::Member::new("DryRun").xml("dryRun").ec2_query("DryRun"),
        codec::Member::new("MaxResults").xml("maxResults").ec2_query("MaxResults"),
        codec::Member::new("NextToken").xml("nextToken").ec2_query("NextToken"),
    ],
);
::smithy_runtime::structure_codec!(
    DescribeInstancesRequest, DescribeInstancesRequestBuilder, build, [filters,
    instance_ids, dry_run, max_results, next_token]
);
