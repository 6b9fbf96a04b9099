#[derive(Clone, PartialEq, Debug)]
#[cfg_attr(feature = "serde", derive(::serde::Serialize, ::serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "PascalCase"))]
#[non_exhaustive]
pub struct InstanceStateChange {
    pub current_state: Option<crate::types::InstanceState>,
    pub instance_id: Option<String>,
    pub previous_state: Option<crate::types::InstanceState>,
}
impl InstanceStateChange {
    /// A builder for [`InstanceStateChange`].
    pub fn builder() -> InstanceStateChangeBuilder {
        InstanceStateChangeBuilder::default()
    }
}
/// A builder for [`InstanceStateChange`]: a method per member, or set the public fields directly (for an `Option`).
#[derive(Clone, PartialEq, Default, Debug)]
#[non_exhaustive]
pub struct InstanceStateChangeBuilder {
    pub current_state: Option<crate::types::InstanceState>,
    pub instance_id: Option<String>,
    pub previous_state: Option<crate::types::InstanceState>,
}
#[allow(clippy::should_implement_trait)]
impl InstanceStateChangeBuilder {
    /// Builds the [`InstanceStateChange`].
    pub fn build(self) -> InstanceStateChange {
        InstanceStateChange {
            current_state: self.current_state,
            instance_id: self.instance_id,
            previous_state: self.previous_state,
        }
    }
}
::smithy_runtime::setters!(
    InstanceStateChangeBuilder, [(current_state, crate ::types::InstanceState,
    "CurrentState"), (instance_id, String, "InstanceId"), (previous_state, crate
    ::types::InstanceState, "PreviousState")]
);
use ::smithy_runtime::codec;
static SCHEMA: codec::Schema = codec::Schema::new(
    "InstanceStateChange",
    &[
        codec::Member::new("CurrentState").xml("currentState").ec2_query("CurrentState"),
        codec::Member::new("InstanceId").xml("instanceId").ec2_query("InstanceId"),
        codec::Member::new("PreviousState")
            .xml("previousState")
            .ec2_query("PreviousState"),
    ],
);
::smithy_runtime::structure_codec!(
    InstanceStateChange, InstanceStateChangeBuilder, build, [current_state, instance_id,
    previous_state]
);
