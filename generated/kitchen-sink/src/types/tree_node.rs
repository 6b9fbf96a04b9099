#[derive(Clone, PartialEq, Debug, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct TreeNode {
    #[serde(rename = "Value", skip_serializing_if = "Option::is_none")]
    pub value: Option<i32>,
    #[serde(rename = "Child", skip_serializing_if = "Option::is_none")]
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
