#[derive(Clone, PartialEq, Debug, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct PingOutput {
    #[serde(
        rename = "ServerTime",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "::smithy_runtime::serde_as::As::<::smithy_runtime::serde_as::Option<::smithy_runtime::serde_as::DateTimeStr>>"
    )]
    pub server_time: ::std::option::Option<::smithy_runtime::types::DateTime>,
}
impl PingOutput {
    /// A builder for [`PingOutput`].
    pub fn builder() -> PingOutputBuilder {
        PingOutputBuilder::default()
    }
}
/// A builder for [`PingOutput`].
#[derive(Clone, PartialEq, Default, Debug)]
#[non_exhaustive]
pub struct PingOutputBuilder {
    server_time: ::std::option::Option<::smithy_runtime::types::DateTime>,
}
impl PingOutputBuilder {
    /// Sets `ServerTime`.
    pub fn server_time(
        mut self,
        value: impl ::std::convert::Into<::smithy_runtime::types::DateTime>,
    ) -> Self {
        self.server_time = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets or clears `ServerTime`.
    pub fn set_server_time(
        mut self,
        value: ::std::option::Option<::smithy_runtime::types::DateTime>,
    ) -> Self {
        self.server_time = value;
        self
    }
    /// Builds the [`PingOutput`].
    pub fn build(self) -> PingOutput {
        PingOutput {
            server_time: self.server_time,
        }
    }
}
