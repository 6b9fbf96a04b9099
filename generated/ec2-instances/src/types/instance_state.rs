#[derive(Clone, PartialEq, Debug)]
#[cfg_attr(feature = "serde", derive(::serde::Serialize, ::serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "PascalCase"))]
#[non_exhaustive]
pub struct InstanceState {
    pub code: Option<i32>,
    pub name: Option<crate::types::InstanceStateName>,
}
impl InstanceState {
    /// A builder for [`InstanceState`].
    pub fn builder() -> InstanceStateBuilder {
        InstanceStateBuilder::default()
    }
}
/// A builder for [`InstanceState`]: a method per member, or set the public fields directly (for an `Option`).
#[derive(Clone, PartialEq, Default, Debug)]
#[non_exhaustive]
pub struct InstanceStateBuilder {
    pub code: Option<i32>,
    pub name: Option<crate::types::InstanceStateName>,
}
#[allow(clippy::should_implement_trait)]
impl InstanceStateBuilder {
    /// Builds the [`InstanceState`].
    pub fn build(self) -> InstanceState {
        InstanceState {
            code: self.code,
            name: self.name,
        }
    }
}
::smithy_runtime::setters!(
    InstanceStateBuilder, [(code, i32, "Code"), (name, crate ::types::InstanceStateName,
    "Name")]
);
use ::smithy_runtime::codec;
static SCHEMA: codec::Schema = codec::Schema::new(
    "InstanceState",
    &[
        codec::Member::new("Code").xml("code").ec2_query("Code"),
        codec::Member::new("Name").xml("name").ec2_query("Name"),
    ],
);
::smithy_runtime::structure_codec!(
    InstanceState, InstanceStateBuilder, build, [code, name]
);
