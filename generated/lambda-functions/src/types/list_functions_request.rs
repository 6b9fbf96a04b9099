#[derive(Clone, PartialEq, Debug)]
#[cfg_attr(feature = "serde", derive(::serde::Serialize, ::serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "PascalCase"))]
#[non_exhaustive]
pub struct ListFunctionsRequest {
    pub master_region: Option<String>,
    pub function_version: Option<crate::types::FunctionVersion>,
    pub marker: Option<String>,
    pub max_items: Option<i32>,
}
impl ListFunctionsRequest {
    /// A builder for [`ListFunctionsRequest`].
    pub fn builder() -> ListFunctionsRequestBuilder {
        ListFunctionsRequestBuilder::default()
    }
    /// Checks what the model requires before the request is sent: required members always, and the
    /// length, range and pattern constraints when `constraints` is on.
    #[cfg(feature = "client")]
    #[allow(unused_variables)]
    pub fn validate(
        &self,
        constraints: bool,
    ) -> Result<(), ::smithy_runtime::ValidationError> {
        if constraints && let Some(v) = &self.max_items {
            ::smithy_runtime::validate::range(
                *v as f64,
                Some(1f64),
                Some(10000f64),
                "MaxItems",
            )?;
        }
        Ok(())
    }
}
/// A builder for [`ListFunctionsRequest`]: a method per member, or set the public fields directly (for an `Option`).
#[derive(Clone, PartialEq, Default, Debug)]
#[non_exhaustive]
pub struct ListFunctionsRequestBuilder {
    pub master_region: Option<String>,
    pub function_version: Option<crate::types::FunctionVersion>,
    pub marker: Option<String>,
    pub max_items: Option<i32>,
}
#[allow(clippy::should_implement_trait)]
impl ListFunctionsRequestBuilder {
    /// Builds the [`ListFunctionsRequest`].
    pub fn build(self) -> ListFunctionsRequest {
        ListFunctionsRequest {
            master_region: self.master_region,
            function_version: self.function_version,
            marker: self.marker,
            max_items: self.max_items,
        }
    }
}
::smithy_runtime::setters!(
    ListFunctionsRequestBuilder, [(master_region, String, "MasterRegion"),
    (function_version, crate ::types::FunctionVersion, "FunctionVersion"), (marker,
    String, "Marker"), (max_items, i32, "MaxItems")]
);
use ::smithy_runtime::codec;
static SCHEMA: codec::Schema = codec::Schema::new(
    "ListFunctionsRequest",
    &[
        codec::Member::new("MasterRegion").at(codec::Location::Query("MasterRegion")),
        codec::Member::new("FunctionVersion")
            .at(codec::Location::Query("FunctionVersion")),
        codec::Member::new("Marker").at(codec::Location::Query("Marker")),
        codec::Member::new("MaxItems").at(codec::Location::Query("MaxItems")),
    ],
);
::smithy_runtime::structure_codec!(
    ListFunctionsRequest, ListFunctionsRequestBuilder, build, [master_region,
    function_version, marker, max_items]
);
