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
    /// Sets `FooBar`.
    pub fn foo_bar(mut self, value: impl Into<String>) -> Self {
        self.foo_bar = Some(value.into());
        self
    }
    /// Sets `foo_bar`.
    pub fn foo_bar2(mut self, value: impl Into<String>) -> Self {
        self.foo_bar2 = Some(value.into());
        self
    }
    /// Sets `ResourceID`.
    pub fn resource_id(mut self, value: impl Into<String>) -> Self {
        self.resource_id = Some(value.into());
        self
    }
    /// Sets `resource_id`.
    pub fn resource_id2(mut self, value: impl Into<String>) -> Self {
        self.resource_id2 = Some(value.into());
        self
    }
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
impl codec::WriteValue for SnakeCollisions {
    fn write(&self, s: &mut dyn codec::Serializer) -> Result<(), codec::Error> {
        s.write_struct(
            &SCHEMA,
            &[&self.foo_bar, &self.foo_bar2, &self.resource_id, &self.resource_id2],
        )
    }
}
impl codec::ReadValue for SnakeCollisions {
    fn read(d: &mut dyn codec::Deserializer) -> Result<Self, codec::Error> {
        let mut b = SnakeCollisionsBuilder::default();
        d.read_struct(
            &SCHEMA,
            &mut [
                &mut b.foo_bar,
                &mut b.foo_bar2,
                &mut b.resource_id,
                &mut b.resource_id2,
            ],
        )?;
        Ok(b.build())
    }
}
