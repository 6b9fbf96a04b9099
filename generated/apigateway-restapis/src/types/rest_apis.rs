#[derive(Clone, PartialEq, Debug)]
#[cfg_attr(feature = "serde", derive(::serde::Serialize, ::serde::Deserialize))]
#[non_exhaustive]
pub struct RestApis {
    pub position: Option<String>,
    pub items: Option<Vec<crate::types::RestApi>>,
}
impl RestApis {
    /// A builder for [`RestApis`].
    pub fn builder() -> RestApisBuilder {
        RestApisBuilder::default()
    }
}
/// A builder for [`RestApis`]: a method per member, or set the public fields directly (for an `Option`).
#[derive(Clone, PartialEq, Default, Debug)]
#[non_exhaustive]
pub struct RestApisBuilder {
    pub position: Option<String>,
    pub items: Option<Vec<crate::types::RestApi>>,
}
#[allow(clippy::should_implement_trait)]
impl RestApisBuilder {
    /// Builds the [`RestApis`].
    pub fn build(self) -> RestApis {
        RestApis {
            position: self.position,
            items: self.items,
        }
    }
}
::smithy_runtime::setters!(RestApisBuilder, [(position, String, "position")]);
::smithy_runtime::list_setters!(
    RestApisBuilder, [(items, push_items, crate ::types::RestApi, "items")]
);
use ::smithy_runtime::codec;
static SCHEMA: codec::Schema = codec::Schema::new(
    "RestApis",
    &[codec::Member::new("position"), codec::Member::new("items").json("item")],
);
::smithy_runtime::structure_codec!(RestApis, RestApisBuilder, build, [position, items]);
