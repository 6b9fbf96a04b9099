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
static SCHEMA: ::smithy_runtime::Schema = ::smithy_runtime::Schema::new(
    "PingOutput",
    &[
        ::smithy_runtime::Member::new("ServerTime")
            .timestamp(::smithy_runtime::TimestampFormat::DateTime),
    ],
);
impl ::smithy_runtime::codec::WriteValue for PingOutput {
    fn write(
        &self,
        s: &mut dyn ::smithy_runtime::codec::Serializer,
    ) -> Result<(), ::smithy_runtime::codec::Error> {
        s.write_struct(&SCHEMA, &[&self.server_time])
    }
}
impl ::smithy_runtime::codec::ReadValue for PingOutput {
    fn read(
        d: &mut dyn ::smithy_runtime::codec::Deserializer,
    ) -> Result<Self, ::smithy_runtime::codec::Error> {
        let mut b = PingOutputBuilder::default();
        d.read_struct(&SCHEMA, &mut [&mut b.server_time])?;
        Ok(b.build())
    }
}
