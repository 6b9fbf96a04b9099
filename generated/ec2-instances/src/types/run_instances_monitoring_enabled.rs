#[derive(Clone, PartialEq, Debug)]
#[cfg_attr(feature = "serde", derive(::serde::Serialize, ::serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "PascalCase"))]
#[non_exhaustive]
pub struct RunInstancesMonitoringEnabled {
    /// **Required.**
    pub enabled: bool,
}
impl RunInstancesMonitoringEnabled {
    /// A builder for [`RunInstancesMonitoringEnabled`].
    pub fn builder() -> RunInstancesMonitoringEnabledBuilder {
        RunInstancesMonitoringEnabledBuilder::default()
    }
}
/// A builder for [`RunInstancesMonitoringEnabled`]: a method per member, or set the public fields directly (for an `Option`).
#[derive(Clone, PartialEq, Default, Debug)]
#[non_exhaustive]
pub struct RunInstancesMonitoringEnabledBuilder {
    pub enabled: Option<bool>,
}
#[allow(clippy::should_implement_trait)]
impl RunInstancesMonitoringEnabledBuilder {
    /// Builds the [`RunInstancesMonitoringEnabled`].
    pub fn build(self) -> RunInstancesMonitoringEnabled {
        RunInstancesMonitoringEnabled {
            enabled: self.enabled.unwrap_or(false),
        }
    }
}
::smithy_runtime::setters!(
    RunInstancesMonitoringEnabledBuilder, [(enabled, bool, "Enabled")]
);
use ::smithy_runtime::codec;
static SCHEMA: codec::Schema = codec::Schema::new(
    "RunInstancesMonitoringEnabled",
    &[codec::Member::new("Enabled").xml("enabled").ec2_query("Enabled")],
);
::smithy_runtime::structure_codec!(
    RunInstancesMonitoringEnabled, RunInstancesMonitoringEnabledBuilder, build, [enabled]
);
