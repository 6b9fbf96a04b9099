#[derive(Clone, PartialEq, Debug)]
#[cfg_attr(feature = "serde", derive(::serde::Serialize, ::serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "PascalCase"))]
#[non_exhaustive]
pub struct InstanceMarketOptionsRequest {
    pub market_type: Option<crate::types::MarketType>,
    pub spot_options: Option<crate::types::SpotMarketOptions>,
}
impl InstanceMarketOptionsRequest {
    /// A builder for [`InstanceMarketOptionsRequest`].
    pub fn builder() -> InstanceMarketOptionsRequestBuilder {
        InstanceMarketOptionsRequestBuilder::default()
    }
}
/// A builder for [`InstanceMarketOptionsRequest`]: a method per member, or set the public fields directly (for an `Option`).
#[derive(Clone, PartialEq, Default, Debug)]
#[non_exhaustive]
pub struct InstanceMarketOptionsRequestBuilder {
    pub market_type: Option<crate::types::MarketType>,
    pub spot_options: Option<crate::types::SpotMarketOptions>,
}
#[allow(clippy::should_implement_trait)]
impl InstanceMarketOptionsRequestBuilder {
    /// Builds the [`InstanceMarketOptionsRequest`].
    pub fn build(self) -> InstanceMarketOptionsRequest {
        InstanceMarketOptionsRequest {
            market_type: self.market_type,
            spot_options: self.spot_options,
        }
    }
}
::smithy_runtime::setters!(
    InstanceMarketOptionsRequestBuilder, [(market_type, crate ::types::MarketType,
    "MarketType"), (spot_options, crate ::types::SpotMarketOptions, "SpotOptions")]
);
use ::smithy_runtime::codec;
static SCHEMA: codec::Schema = codec::Schema::new(
    "InstanceMarketOptionsRequest",
    &[codec::Member::new("MarketType"), codec::Member::new("SpotOptions")],
);
::smithy_runtime::structure_codec!(
    InstanceMarketOptionsRequest, InstanceMarketOptionsRequestBuilder, build,
    [market_type, spot_options]
);
