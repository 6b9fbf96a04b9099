#[derive(Clone, PartialEq, Debug, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct PingOutput {
    #[serde(
        rename = "ServerTime",
        default,
        skip_serializing_if = "Option::is_none",
        with = "::smithy_runtime::serde_as::As::<::smithy_runtime::serde_as::Option<::smithy_runtime::serde_as::DateTimeStr>>"
    )]
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
    /// Sets `ServerTime`.
    pub fn server_time(
        mut self,
        value: impl Into<::smithy_runtime::types::DateTime>,
    ) -> Self {
        self.server_time = Some(value.into());
        self
    }
    /// Builds the [`PingOutput`].
    pub fn build(self) -> PingOutput {
        PingOutput {
            server_time: self.server_time,
        }
    }
}
