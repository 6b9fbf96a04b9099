/// Members shared by `Thing` and `ThingSummary`.
#[derive(Clone, PartialEq, Debug)]
#[cfg_attr(feature = "serde", derive(::serde::Serialize, ::serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "PascalCase"))]
#[non_exhaustive]
pub struct ThingSummary {
    /// **Required.**
    pub thing_id: String,
    /// **Required.**
    pub name: String,
    pub tags: Option<::std::collections::HashMap<String, String>>,
    pub priority: Option<crate::types::Priority>,
}
impl ThingSummary {
    /// A builder for [`ThingSummary`].
    pub fn builder() -> ThingSummaryBuilder {
        ThingSummaryBuilder::default()
    }
}
/// A builder for [`ThingSummary`]: a method per member, or set the public fields directly (for an `Option`).
#[derive(Clone, PartialEq, Default, Debug)]
#[non_exhaustive]
pub struct ThingSummaryBuilder {
    pub thing_id: Option<String>,
    pub name: Option<String>,
    pub tags: Option<::std::collections::HashMap<String, String>>,
    pub priority: Option<crate::types::Priority>,
}
#[allow(clippy::should_implement_trait)]
impl ThingSummaryBuilder {
    /// Sets `ThingId`.
    pub fn thing_id(mut self, value: impl Into<String>) -> Self {
        self.thing_id = Some(value.into());
        self
    }
    /// Sets `Name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets `Tags`.
    pub fn tags(
        mut self,
        value: impl Into<::std::collections::HashMap<String, String>>,
    ) -> Self {
        self.tags = Some(value.into());
        self
    }
    /// Sets `Priority`.
    pub fn priority(mut self, value: impl Into<crate::types::Priority>) -> Self {
        self.priority = Some(value.into());
        self
    }
    /// Builds the [`ThingSummary`], or says which required member is missing.
    pub fn build(self) -> Result<ThingSummary, ::smithy_runtime::types::BuildError> {
        Ok(ThingSummary {
            thing_id: self
                .thing_id
                .ok_or(
                    ::smithy_runtime::types::BuildError::missing(
                        "ThingSummary",
                        "ThingId",
                    ),
                )?,
            name: self
                .name
                .ok_or(
                    ::smithy_runtime::types::BuildError::missing("ThingSummary", "Name"),
                )?,
            tags: self.tags,
            priority: self.priority,
        })
    }
}
use ::smithy_runtime::codec;
static SCHEMA: codec::Schema = codec::Schema::new(
    "ThingSummary",
    &[
        codec::Member::new("ThingId"),
        codec::Member::new("Name"),
        codec::Member::new("Tags"),
        codec::Member::new("Priority"),
    ],
);
impl codec::WriteValue for ThingSummary {
    fn write(&self, s: &mut dyn codec::Serializer) -> Result<(), codec::Error> {
        s.write_struct(
            &SCHEMA,
            &[&self.thing_id, &self.name, &self.tags, &self.priority],
        )
    }
}
impl codec::ReadValue for ThingSummary {
    fn read(d: &mut dyn codec::Deserializer) -> Result<Self, codec::Error> {
        let mut b = ThingSummaryBuilder::default();
        d.read_struct(
            &SCHEMA,
            &mut [&mut b.thing_id, &mut b.name, &mut b.tags, &mut b.priority],
        )?;
        Ok(b.build()?)
    }
}
