#[derive(Clone, PartialEq, Debug, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct PutThingOutput {
    #[serde(rename = "Thing", skip_serializing_if = "Option::is_none")]
    pub thing: Option<crate::types::Thing>,
}
impl PutThingOutput {
    /// A builder for [`PutThingOutput`].
    pub fn builder() -> PutThingOutputBuilder {
        PutThingOutputBuilder::default()
    }
}
/// A builder for [`PutThingOutput`]: a method per member, or set the public fields directly (for an `Option`).
#[derive(Clone, PartialEq, Default, Debug)]
#[non_exhaustive]
pub struct PutThingOutputBuilder {
    pub thing: Option<crate::types::Thing>,
}
#[allow(clippy::should_implement_trait)]
impl PutThingOutputBuilder {
    /// Sets `Thing`.
    pub fn thing(mut self, value: impl Into<crate::types::Thing>) -> Self {
        self.thing = Some(value.into());
        self
    }
    /// Builds the [`PutThingOutput`].
    pub fn build(self) -> PutThingOutput {
        PutThingOutput {
            thing: self.thing,
        }
    }
}
