/// Pairs whose snake\_case forms are equal. `ID` and `Id` cannot share a shape, because Smithy wants member names unique ignoring case.
#[derive(Clone, PartialEq, Debug)]
#[cfg_attr(feature = "serde", derive(::serde::Serialize, ::serde::Deserialize))]
#[non_exhaustive]
pub struct SnakeCollisions {
    #[cfg_attr(feature = "serde", serde(rename = "FooBar"))]
    pub foo_bar: Option<String>,
    #[cfg_attr(feature = "serde", serde(rename = "foo_bar"))]
    pub foo_bar2: Option<String>,
    #[cfg_attr(feature = "serde", serde(rename = "ResourceID"))]
    pub resource_id: Option<String>,
    #[cfg_attr(feature = "serde", serde(rename = "resource_id"))]
    pub resource_id2: Option<String>,
}
impl SnakeCollisions {
    /// A builder for [`SnakeCollisions`].
    pub fn builder() -> SnakeCollisionsBuilder {
        SnakeCollisionsBuilder::default()
    }
}
/// A builder for [`SnakeCollisions`]: a method per member, or set the public fields directly (for an `Option`).
#[derive(Clone, PartialEq, Default, Debug)]
#[non_exhaustive]
pub struct SnakeCollisionsBuilder {
    pub foo_bar: Option<String>,
    pub foo_bar2: Option<String>,
    pub resource_id: Option<String>,
    pub resource_id2: Option<String>,
}
#[allow(clippy::should_implement_trait)]
impl SnakeCollisionsBuilder {
    /// Builds the [`SnakeCollisions`].
    pub fn build(self) -> SnakeCollisions {
        SnakeCollisions {
            foo_bar: self.foo_bar,
            foo_bar2: self.foo_bar2,
            resource_id: self.resource_id,
            resource_id2: self.resource_id2,
        }
    }
}
::smithy_runtime::setters!(
    SnakeCollisionsBuilder, [(foo_bar, String, "FooBar"), (foo_bar2, String, "foo_bar"),
    (resource_id, String, "ResourceID"), (resource_id2, String, "resource_id")]
);
use ::smithy_runtime::codec;
static SCHEMA: codec::Schema = codec::Schema::new(
    "SnakeCollisions",
    &[
        codec::Member::new("FooBar"),
        codec::Member::new("foo_bar"),
        codec::Member::new("ResourceID"),
        codec::Member::new("resource_id"),
    ],
);
::smithy_runtime::structure_codec!(
    SnakeCollisions, SnakeCollisionsBuilder, build, [foo_bar, foo_bar2, resource_id,
    resource_id2]
);
