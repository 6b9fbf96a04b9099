#[derive(Clone, PartialEq, Debug)]
#[cfg_attr(feature = "serde", derive(::serde::Serialize, ::serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "PascalCase"))]
#[non_exhaustive]
pub struct ListTopicsResponse {
    pub topics: Option<Vec<crate::types::Topic>>,
    pub next_token: Option<String>,
}
impl ListTopicsResponse {
    /// A builder for [`ListTopicsResponse`].
    pub fn builder() -> ListTopicsResponseBuilder {
        ListTopicsResponseBuilder::default()
    }
}
/// A builder for [`ListTopicsResponse`]: a method per member, or set the public fields directly (for an `Option`).
#[derive(Clone, PartialEq, Default, Debug)]
#[non_exhaustive]
pub struct ListTopicsResponseBuilder {
    pub topics: Option<Vec<crate::types::Topic>>,
    pub next_token: Option<String>,
}
#[allow(clippy::should_implement_trait)]
impl ListTopicsResponseBuilder {
    /// Builds the [`ListTopicsResponse`].
    pub fn build(self) -> ListTopicsResponse {
        ListTopicsResponse {
            topics: self.topics,
            next_token: self.next_token,
        }
    }
}
::smithy_runtime::setters!(
    ListTopicsResponseBuilder, [(topics, Vec:: < crate ::types::Topic >, "Topics"),
    (next_token, String, "NextToken")]
);
use ::smithy_runtime::codec;
static SCHEMA: codec::Schema = codec::Schema::new(
    "ListTopicsResponse",
    &[codec::Member::new("Topics"), codec::Member::new("NextToken")],
);
::smithy_runtime::structure_codec!(
    ListTopicsResponse, ListTopicsResponseBuilder, build, [topics, next_token]
);
