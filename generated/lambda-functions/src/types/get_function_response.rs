#[derive(Clone, PartialEq, Debug)]
#[cfg_attr(feature = "serde", derive(::serde::Serialize, ::serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "PascalCase"))]
#[non_exhaustive]
pub struct GetFunctionResponse {
    pub configuration: Option<crate::types::FunctionConfiguration>,
    pub code: Option<crate::types::FunctionCodeLocation>,
    pub tags: Option<::std::collections::HashMap<String, String>>,
    pub concurrency: Option<crate::types::Concurrency>,
}
impl GetFunctionResponse {
    /// A builder for [`GetFunctionResponse`].
    pub fn builder() -> GetFunctionResponseBuilder {
        GetFunctionResponseBuilder::default()
    }
}
/// A builder for [`GetFunctionResponse`]: a method per member, or set the public fields directly (for an `Option`).
#[derive(Clone, PartialEq, Default, Debug)]
#[non_exhaustive]
pub struct GetFunctionResponseBuilder {
    pub configuration: Option<crate::types::FunctionConfiguration>,
    pub code: Option<crate::types::FunctionCodeLocation>,
    pub tags: Option<::std::collections::HashMap<String, String>>,
    pub concurrency: Option<crate::types::Concurrency>,
}
#[allow(clippy::should_implement_trait)]
impl GetFunctionResponseBuilder {
    /// Builds the [`GetFunctionResponse`].
    pub fn build(self) -> GetFunctionResponse {
        GetFunctionResponse {
            configuration: self.configuration,
            code: self.code,
            tags: self.tags,
            concurrency: self.concurrency,
        }
    }
}
::smithy_runtime::setters!(
    GetFunctionResponseBuilder, [(configuration, crate ::types::FunctionConfiguration,
    "Configuration"), (code, crate ::types::FunctionCodeLocation, "Code"), (tags,
    ::std::collections::HashMap:: < String, String >, "Tags"), (concurrency, crate
    ::types::Concurrency, "Concurrency")]
);
use ::smithy_runtime::codec;
static SCHEMA: codec::Schema = codec::Schema::new(
    "GetFunctionResponse",
    &[
        codec::Member::new("Configuration"),
        codec::Member::new("Code"),
        codec::Member::new("Tags"),
        codec::Member::new("Concurrency"),
    ],
);
::smithy_runtime::structure_codec!(
    GetFunctionResponse, GetFunctionResponseBuilder, build, [configuration, code, tags,
    concurrency]
);
