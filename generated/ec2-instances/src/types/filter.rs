#[derive(Clone, PartialEq, Debug)]
#[cfg_attr(feature = "serde", derive(::serde::Serialize, ::serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "PascalCase"))]
#[non_exhaustive]
pub struct Filter {
    pub name: Option<String>,
    pub values: Option<Vec<String>>,
}
impl Filter {
    /// A builder for [`Filter`].
    pub fn builder() -> FilterBuilder {
        FilterBuilder::default()
    }
}
/// A builder for [`Filter`]: a method per member, or set the public fields directly (for an `Option`).
#[derive(Clone, PartialEq, Default, Debug)]
#[non_exhaustive]
pub struct FilterBuilder {
    pub name: Option<String>,
    pub values: Option<Vec<String>>,
}
#[allow(clippy::should_implement_trait)]
impl FilterBuilder {
    /// Builds the [`Filter`].
    pub fn build(self) -> Filter {
        Filter {
            name: self.name,
            values: self.values,
        }
    }
}
::smithy_runtime::setters!(
    FilterBuilder, [(name, String, "Name"), (values, Vec:: < String >, "Values")]
);
use ::smithy_runtime::codec;
static SCHEMA: codec::Schema = codec::Schema::new(
    "Filter",
    &[
        codec::Member::new("Name"),
        codec::Member::new("Values").xml("Value").xml_item("item"),
    ],
);
::smithy_runtime::structure_codec!(Filter, FilterBuilder, build, [name, values]);
