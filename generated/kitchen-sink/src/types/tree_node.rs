#[derive(Clone, PartialEq, Debug)]
#[cfg_attr(feature = "serde", derive(::serde::Serialize, ::serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "PascalCase"))]
#[non_exhaustive]
pub struct TreeNode {
    pub value: Option<i32>,
    pub child: Option<Box<crate::types::TreeNode>>,
}
impl TreeNode {
    /// A builder for [`TreeNode`].
    pub fn builder() -> TreeNodeBuilder {
        TreeNodeBuilder::default()
    }
}
/// A builder for [`TreeNode`]: a method per member, or set the public fields directly (for an `Option`).
#[derive(Clone, PartialEq, Default, Debug)]
#[non_exhaustive]
pub struct TreeNodeBuilder {
    pub value: Option<i32>,
    pub child: Option<crate::types::TreeNode>,
}
#[allow(clippy::should_implement_trait)]
impl TreeNodeBuilder {
    /// Sets `Value`.
    pub fn value(mut self, value: impl Into<i32>) -> Self {
        self.value = Some(value.into());
        self
    }
    /// Sets `Child`.
    pub fn child(mut self, value: impl Into<crate::types::TreeNode>) -> Self {
        self.child = Some(value.into());
        self
    }
    /// Builds the [`TreeNode`].
    pub fn build(self) -> TreeNode {
        TreeNode {
            value: self.value,
            child: self.child.map(Box::new),
        }
    }
}
use ::smithy_runtime::codec;
static SCHEMA: codec::Schema = codec::Schema::new(
    "TreeNode",
    &[codec::Member::new("Value"), codec::Member::new("Child")],
);
impl codec::WriteValue for TreeNode {
    fn write(&self, s: &mut dyn codec::Serializer) -> Result<(), codec::Error> {
        s.write_struct(&SCHEMA, &[&self.value, &self.child])
    }
}
impl codec::ReadValue for TreeNode {
    fn read(d: &mut dyn codec::Deserializer) -> Result<Self, codec::Error> {
        let mut b = TreeNodeBuilder::default();
        d.read_struct(&SCHEMA, &mut [&mut b.value, &mut b.child])?;
        Ok(b.build())
    }
}
