#[derive(Clone, PartialEq, Debug, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct TreeNode {
    #[serde(
        rename = "Value",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub value: ::std::option::Option<i32>,
    #[serde(
        rename = "Child",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub child: ::std::option::Option<::std::boxed::Box<crate::types::TreeNode>>,
}
impl TreeNode {
    /// A builder for [`TreeNode`].
    pub fn builder() -> TreeNodeBuilder {
        TreeNodeBuilder::default()
    }
}
/// A builder for [`TreeNode`].
#[derive(Clone, PartialEq, Default, Debug)]
#[non_exhaustive]
pub struct TreeNodeBuilder {
    value: ::std::option::Option<i32>,
    child: ::std::option::Option<crate::types::TreeNode>,
}
impl TreeNodeBuilder {
    /// Sets `Value`.
    pub fn value(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.value = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets or clears `Value`.
    pub fn set_value(mut self, value: ::std::option::Option<i32>) -> Self {
        self.value = value;
        self
    }
    /// Sets `Child`.
    pub fn child(
        mut self,
        value: impl ::std::convert::Into<crate::types::TreeNode>,
    ) -> Self {
        self.child = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets or clears `Child`.
    pub fn set_child(
        mut self,
        value: ::std::option::Option<crate::types::TreeNode>,
    ) -> Self {
        self.child = value;
        self
    }
    /// Builds the [`TreeNode`].
    pub fn build(self) -> TreeNode {
        TreeNode {
            value: self.value,
            child: self.child.map(::std::boxed::Box::new),
        }
    }
}
