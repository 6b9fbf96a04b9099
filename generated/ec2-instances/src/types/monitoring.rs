#[derive(Clone, PartialEq, Debug)]
#[cfg_attr(feature = "serde", derive(::serde::Serialize, ::serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "PascalCase"))]
#[non_exhaustive]
pub struct Monitoring {
    pub state: Option<crate::types::MonitoringState>,
}
impl Monitoring {
    /// A builder for [`Monitoring`].
    pub fn builder() -> MonitoringBuilder {
        MonitoringBuilder::default()
    }
}
/// A builder for [`Monitoring`]: a method per member, or set the public fields directly (for an `Option`).
#[derive(Clone, PartialEq, Default, Debug)]
#[non_exhaustive]
pub struct MonitoringBuilder {
    pub state: Option<crate::types::MonitoringState>,
}
#[allow(clippy::should_implement_trait)]
impl MonitoringBuilder {
    /// Builds the [`Monitoring`].
    pub fn build(self) -> Monitoring {
        Monitoring { state: self.state }
    }
}
::smithy_runtime::setters!(
    MonitoringBuilder, [(state, crate ::types::MonitoringState, "State")]
);
use ::smithy_runtime::codec;
static SCHEMA: codec::Schema = codec::Schema::new(
    "Monitoring",
    &[codec::Member::new("State").xml("state").ec2_query("State")],
);
::smithy_runtime::structure_codec!(Monitoring, MonitoringBuilder, build, [state]);
