#[derive(Clone, PartialEq, Debug)]
#[cfg_attr(feature = "serde", derive(::serde::Serialize, ::serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "PascalCase"))]
#[non_exhaustive]
pub struct PingOutput {
    pub server_time: Option<::smithy_runtime::types::DateTime>,
}
impl PingOutput {
    /// A builder for [`PingOutput`].
    pub fn builder() -> PingOutputBuilder {
        PingOutputBuilder::default()
    }
}
/// A builder for [`PingOutput`]: a method per member, or set the public fields directly (for an `Option`).
#[derive(Clone, PartialEq, Default, Debug)]
#[non_exhaustive]
pub struct PingOutputBuilder {
    pub server_time: Option<::smithy_runtime::types::DateTime>,
}
#[allow(clippy::should_implement_trait)]
impl PingOutputBuilder {
    /// Builds the [`PingOutput`].
    pub fn build(self) -> PingOutput {
        PingOutput {
            server_time: self.server_time,
        }
    }
}
::smithy_runtime::setters!(
    PingOutputBuilder, [(server_time, ::smithy_runtime::types::DateTime, "ServerTime")]
);
use ::smithy_runtime::codec;
static SCHEMA: codec::Schema = codec::Schema::new(
    "PingOutput",
    &[codec::Member::new("ServerTime").timestamp(codec::TimestampFormat::DateTime)],
);
::smithy_runtime::structure_codec!(PingOutput, PingOutputBuilder, build, [server_time]);
