#[derive(Clone, PartialEq, Debug)]
#[cfg_attr(feature = "serde", derive(::serde::Serialize, ::serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "PascalCase"))]
#[non_exhaustive]
pub struct ProductCode {
    pub product_code_id: Option<String>,
    pub product_code_type: Option<crate::types::ProductCodeValues>,
}
impl ProductCode {
    /// A builder for [`ProductCode`].
    pub fn builder() -> ProductCodeBuilder {
        ProductCodeBuilder::default()
    }
}
/// A builder for [`ProductCode`]: a method per member, or set the public fields directly (for an `Option`).
#[derive(Clone, PartialEq, Default, Debug)]
#[non_exhaustive]
pub struct ProductCodeBuilder {
    pub product_code_id: Option<String>,
    pub product_code_type: Option<crate::types::ProductCodeValues>,
}
#[allow(clippy::should_implement_trait)]
impl ProductCodeBuilder {
    /// Builds the [`ProductCode`].
    pub fn build(self) -> ProductCode {
        ProductCode {
            product_code_id: self.product_code_id,
            product_code_type: self.product_code_type,
        }
    }
}
::smithy_runtime::setters!(
    ProductCodeBuilder, [(product_code_id, String, "ProductCodeId"), (product_code_type,
    crate ::types::ProductCodeValues, "ProductCodeType")]
);
use ::smithy_runtime::codec;
static SCHEMA: codec::Schema = codec::Schema::new(
    "ProductCode",
    &[
        codec::Member::new("ProductCodeId").xml("productCode").ec2_query("ProductCode"),
        codec::Member::new("ProductCodeType").xml("type").ec2_query("Type"),
    ],
);
::smithy_runtime::structure_codec!(
    ProductCode, ProductCodeBuilder, build, [product_code_id, product_code_type]
);
