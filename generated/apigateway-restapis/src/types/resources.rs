#[derive(Clone, PartialEq, Debug)]
#[cfg_attr(feature = "serde", derive(::serde::Serialize, ::serde::Deserialize))]
#[non_exhaustive]
pub struct Resources {
    pub position: Option<String>,
    pub items: Option<Vec<crate::types::Resource>>,
}
impl Resources {
    /// A builder for [`Resources`].
    pub fn builder() -> ResourcesBuilder {
        ResourcesBuilder::default()
    }
}
/// A builder for [`Resources`]: a method per member, or set the public fields directly (for an `Option`).
#[derive(Clone, PartialEq, Default, Debug)]
#[non_exhaustive]
pub struct ResourcesBuilder {
    pub position: Option<String>,
    pub items: Option<Vec<crate::types::Resource>>,
}
#[allow(clippy::should_implement_trait)]
impl ResourcesBuilder {
    /// Builds the [`Resources`].
    pub fn build(self) -> Resources {
        Resources {
            position: self.position,
            items: self.items,
        }
    }
}
::smithy_runtime::setters!(ResourcesBuilder, [(position, String, "position")]);
::smithy_runtime::list_setters!(
    ResourcesBuilder, [(items, push_items, crate ::types::Resource, "items")]
);
use ::smithy_runtime::codec;
static SCHEMA: codec::Schema = codec::Schema::new(
    "Resources",
    &[codec::Member::new("position"), codec::Member::new("items").json("item")],
);
::smithy_runtime::structure_codec!(
    Resources, ResourcesBuilder, build, [position, items]
);
