/// No backup matches the given ID or filters.
#[derive(Clone, PartialEq, Debug)]
#[cfg_attr(feature = "serde", derive(::serde::Serialize, ::serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "PascalCase"))]
#[non_exhaustive]
pub struct BackupNotFound {
    pub message: Option<String>,
}
impl BackupNotFound {
    /// A builder for [`BackupNotFound`].
    pub fn builder() -> BackupNotFoundBuilder {
        BackupNotFoundBuilder::default()
    }
}
/// A builder for [`BackupNotFound`]: a method per member, or set the public fields directly (for an `Option`).
#[derive(Clone, PartialEq, Default, Debug)]
#[non_exhaustive]
pub struct BackupNotFoundBuilder {
    pub message: Option<String>,
}
#[allow(clippy::should_implement_trait)]
impl BackupNotFoundBuilder {
    /// Sets `Message`.
    pub fn message(mut self, value: impl Into<String>) -> Self {
        self.message = Some(value.into());
        self
    }
    /// Builds the [`BackupNotFound`].
    pub fn build(self) -> BackupNotFound {
        BackupNotFound {
            message: self.message,
        }
    }
}
static SCHEMA: ::smithy_runtime::Schema = ::smithy_runtime::Schema::new(
    "BackupNotFound",
    &[::smithy_runtime::Member::new("Message")],
);
impl ::smithy_runtime::codec::WriteValue for BackupNotFound {
    fn write(
        &self,
        s: &mut dyn ::smithy_runtime::codec::Serializer,
    ) -> Result<(), ::smithy_runtime::codec::Error> {
        s.write_struct(&SCHEMA, &[&self.message])
    }
}
impl ::smithy_runtime::codec::ReadValue for BackupNotFound {
    fn read(
        d: &mut dyn ::smithy_runtime::codec::Deserializer,
    ) -> Result<Self, ::smithy_runtime::codec::Error> {
        let mut b = BackupNotFoundBuilder::default();
        d.read_struct(&SCHEMA, &mut [&mut b.message])?;
        Ok(b.build())
    }
}
impl ::std::fmt::Display for BackupNotFound {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self.message.as_deref() {
            Some(m) => write!(f, "BackupNotFound: {}", m),
            None => f.write_str("BackupNotFound"),
        }
    }
}
impl ::std::error::Error for BackupNotFound {}
#[cfg(feature = "client")]
impl ::smithy_runtime::ModeledError for BackupNotFound {
    fn fill_message(&mut self, message: Option<&str>) {
        if self.message.is_none() {
            self.message = message.map(ToOwned::to_owned);
        }
    }
}
