#[derive(Clone, PartialEq, Debug)]
#[cfg_attr(feature = "serde", derive(::serde::Serialize, ::serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "PascalCase"))]
#[non_exhaustive]
pub struct GetFunctionRequest {
    /// The name, ARN or partial ARN of the function.
    ///
    /// **Required.**
    pub function_name: Option<String>,
    pub qualifier: Option<String>,
}
impl GetFunctionRequest {
    /// A builder for [`GetFunctionRequest`].
    pub fn builder() -> GetFunctionRequestBuilder {
        GetFunctionRequestBuilder::default()
    }
    /// Checks what the model requires before the request is sent: required members always, and the
    /// length, range and pattern constraints when `constraints` is on.
    #[cfg(feature = "client")]
    #[allow(unused_variables)]
    pub fn validate(
        &self,
        constraints: bool,
    ) -> Result<(), ::smithy_runtime::ValidationError> {
        ::smithy_runtime::validate::required(&self.function_name, "FunctionName")?;
        Ok(())
    }
}
/// A builder for [`GetFunctionRequest`]: a method per member, or set the public fields directly (for an `Option`).
#[derive(Clone, PartialEq, Default, Debug)]
#[non_exhaustive]
pub struct GetFunctionRequestBuilder {
    pub function_name: Option<String>,
    pub qualifier: Option<String>,
}
#[allow(clippy::should_implement_trait)]
impl GetFunctionRequestBuilder {
    /// Builds the [`GetFunctionRequest`], or says which required member is missing.
    pub fn build(
        self,
    ) -> Result<GetFunctionRequest, ::smithy_runtime::types::BuildError> {
        Ok(GetFunctionRequest {
            function_name: Some(
                self
                    .function_name
                    .ok_or(
                        ::smithy_runtime::types::BuildError::missing(
                            "GetFunctionRequest",
                            "FunctionName",
                        ),
                    )?,
            ),
            qualifier: self.qualifier,
        })
    }
    /// What a response holds: like `build`, but a member the response left out is `None` or, when the
    /// field is not an `Option`, its zero value.
    pub(crate) fn build_read(self) -> GetFunctionRequest {
        GetFunctionRequest {
            function_name: self.function_name,
            qualifier: self.qualifier,
        }
    }
}
::smithy_runtime::setters!(
    GetFunctionRequestBuilder, [(function_name, String, "FunctionName"), (qualifier,
    String, "Qualifier")]
);
use ::smithy_runtime::codec;
static SCHEMA: codec::Schema = codec::Schema::new(
    "GetFunctionRequest",
    &[
        codec::Member::new("FunctionName")
            .at(codec::Location::Label {
                greedy: false,
            }),
        codec::Member::new("Qualifier").at(codec::Location::Query("Qualifier")),
    ],
);
::smithy_runtime::structure_codec!(
    GetFunctionRequest, GetFunctionRequestBuilder, build_read, [function_name, qualifier]
);
