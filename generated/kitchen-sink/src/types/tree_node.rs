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
    /// Builds the [`TreeNode`].
    pub fn build(self) -> TreeNode {
        TreeNode {
            value: self.value,
            child: self.child.map(Box::new),
        }
    }
}
::smithy_runtime::setters!(
    TreeNodeBuilder, [(value, i32, "Value"), (child, crate ::types::TreeNode, "Child")]
);
use ::smithy_runtime::codec;
static SCHEMA: codec::Schema = codec::Schema::new(
    "TreeNode",
    &[codec::Member::new("Value"), codec::Member::new("Child")],
);
::smithy_runtime::structure_codec!(TreeNode, TreeNodeBuilder, build, [value, child]);
