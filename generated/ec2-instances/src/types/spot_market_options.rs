#[derive(Clone, PartialEq, Debug)]
#[cfg_attr(feature = "serde", derive(::serde::Serialize, ::serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "PascalCase"))]
#[non_exhaustive]
pub struct SpotMarketOptions {
    pub max_price: Option<String>,
    pub spot_instance_type: Option<crate::types::SpotInstanceType>,
    pub block_duration_minutes: Option<i32>,
    pub valid_until: Option<::smithy_runtime::types::DateTime>,
    pub instance_interruption_behavior: Option<
        crate::types::InstanceInterruptionBehavior,
    >,
}
impl SpotMarketOptions {
    /// A builder for [`SpotMarketOptions`].
    pub fn builder() -> SpotMarketOptionsBuilder {
        SpotMarketOptionsBuilder::default()
    }
}
/// A builder for [`SpotMarketOptions`]: a method per member, or set the public fields directly (for an `Option`).
#[derive(Clone, PartialEq, Default, Debug)]
#[non_exhaustive]
pub struct SpotMarketOptionsBuilder {
    pub max_price: Option<String>,
    pub spot_instance_type: Option<crate::types::SpotInstanceType>,
    pub block_duration_minutes: Option<i32>,
    pub valid_until: Option<::smithy_runtime::types::DateTime>,
    pub instance_interruption_behavior: Option<
        crate::types::InstanceInterruptionBehavior,
    >,
}
#[allow(clippy::should_implement_trait)]
impl SpotMarketOptionsBuilder {
    /// Builds the [`SpotMarketOptions`].
    pub fn build(self) -> SpotMarketOptions {
        SpotMarketOptions {
            max_price: self.max_price,
            spot_instance_type: self.spot_instance_type,
            block_duration_minutes: self.block_duration_minutes,
            valid_until: self.valid_until,
            instance_interruption_behavior: self.instance_interruption_behavior,
        }
    }
}
::smithy_runtime::setters!(
    SpotMarketOptionsBuilder, [(max_price, String, "MaxPrice"), (spot_instance_type,
    crate ::types::SpotInstanceType, "SpotInstanceType"), (block_duration_minutes, i32,
    "BlockDurationMinutes"), (valid_until, ::smithy_runtime::types::DateTime,
    "ValidUntil"), (instance_interruption_behavior, crate
    ::types::InstanceInterruptionBehavior, "InstanceInterruptionBehavior")]
);
use ::smithy_runtime::codec;
static SCHEMA: codec::Schema = codec::Schema::new(
    "SpotMarketOptions",
    &[
        codec::Member::new("MaxPrice"),
        codec::Member::new("SpotInstanceType"),
        codec::Member::new("BlockDurationMinutes"),
        codec::Member::new("ValidUntil"),
        codec::Member::new("InstanceInterruptionBehavior"),
    ],
);
::smithy_runtime::structure_codec!(
    SpotMarketOptions, SpotMarketOptionsBuilder, build, [max_price, spot_instance_type,
    block_duration_minutes, valid_until, instance_interruption_behavior]
);
