#[derive(Clone, PartialEq, Debug)]
#[cfg_attr(feature = "serde", derive(::serde::Serialize, ::serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "PascalCase"))]
#[non_exhaustive]
pub struct ListFunctionsResponse {
    pub next_marker: Option<String>,
    pub functions: Option<Vec<crate::types::FunctionConfiguration>>,
}
impl ListFunctionsResponse {
    /// A builder for [`ListFunctionsResponse`].
    pub fn builder() -> ListFunctionsResponseBuilder {
        ListFunctionsResponseBuilder::default()
    }
}
/// A builder for [`ListFunctionsResponse`]: a method per member, or set the public fields directly (for an `Option`).
#[derive(Clone, PartialEq, Default, Debug)]
#[non_exhaustive]
pub struct ListFunctionsResponseBuilder {
    pub next_marker: Option<String>,
    pub functions: Option<Vec<crate::types::FunctionConfiguration>>,
}
#[allow(clippy::should_implement_trait)]
impl ListFunctionsResponseBuilder {
    /// Builds the [`ListFunctionsResponse`].
    pub fn build(self) -> ListFunctionsResponse {
        ListFunctionsResponse {
            next_marker: self.next_marker,
            functions: self.functions,
        }
    }
}
::smithy_runtime::setters!(
    ListFunctionsResponseBuilder, [(next_marker, String, "NextMarker")]
);
::smithy_runtime::list_setters!(
    ListFunctionsResponseBuilder, [(functions, push_functions, crate
    ::types::FunctionConfiguration, "Functions")]
);
use ::smithy_runtime::codec;
static SCHEMA: codec::Schema = codec::Schema::new(
    "ListFunctionsResponse",
    &[codec::Member::new("NextMarker"), codec::Member::new("Functions")],
);
::smithy_runtime::structure_codec!(
    ListFunctionsResponse, ListFunctionsResponseBuilder, build, [next_marker, functions]
);
