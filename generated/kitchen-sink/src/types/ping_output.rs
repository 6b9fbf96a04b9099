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
use ::smithy_runtime::codec;
static SCHEMA: codec::Schema = codec::Schema::new(
    "PingOutput",
    &[codec::Member::new("ServerTime").timestamp(codec::TimestampFormat::DateTime)],
);
impl codec::WriteValue for PingOutput {
    fn write(&self, s: &mut dyn codec::Serializer) -> Result<(), codec::Error> {
        s.write_struct(&SCHEMA, &[&self.server_time])
    }
}
impl codec::ReadValue for PingOutput {
    fn read(d: &mut dyn codec::Deserializer) -> Result<Self, codec::Error> {
        let mut b = PingOutputBuilder::default();
        d.read_struct(&SCHEMA, &mut [&mut b.server_time])?;
        Ok(b.build())
    }
}
