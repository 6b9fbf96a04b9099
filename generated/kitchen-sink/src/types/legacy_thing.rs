#[deprecated(note = "since 2024-01-01: Use Thing instead.")]
#[derive(Clone, PartialEq, Debug, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct LegacyThing {
    #[serde(rename = "Data", skip_serializing_if = "Option::is_none")]
    pub data: Option<String>,
}
impl LegacyThing {
    /// A builder for [`LegacyThing`].
    pub fn builder() -> LegacyThingBuilder {
        LegacyThingBuilder::default()
    }
}
/// A builder for [`LegacyThing`]: a method per member, or set the public fields directly (for an `Option`).
#[derive(Clone, PartialEq, Default, Debug)]
#[non_exhaustive]
pub struct LegacyThingBuilder {
    pub data: Option<String>,
}
#[allow(clippy::should_implement_trait)]
impl LegacyThingBuilder {
    /// Sets `Data`.
    pub fn data(mut self, value: impl Into<String>) -> Self {
        self.data = Some(value.into());
        self
    }
    /// Builds the [`LegacyThing`].
    pub fn build(self) -> LegacyThing {
        LegacyThing { data: self.data }
    }
}
