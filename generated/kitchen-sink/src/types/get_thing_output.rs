#[derive(Clone, PartialEq, Debug, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct GetThingOutput {
    /// The stored thing.
    ///
    /// **Required.**
    #[serde(rename = "Thing")]
    pub thing: crate::types::Thing,
}
impl GetThingOutput {
    /// A builder for [`GetThingOutput`].
    pub fn builder() -> GetThingOutputBuilder {
        GetThingOutputBuilder::default()
    }
}
/// A builder for [`GetThingOutput`]: a method per member, or set the public fields directly (for an `Option`).
#[derive(Clone, PartialEq, Default, Debug)]
#[non_exhaustive]
pub struct GetThingOutputBuilder {
    pub thing: Option<crate::types::Thing>,
}
#[allow(clippy::should_implement_trait)]
impl GetThingOutputBuilder {
    /// Sets `Thing`.
    pub fn thing(mut self, value: impl Into<crate::types::Thing>) -> Self {
        self.thing = Some(value.into());
        self
    }
    /// Builds the [`GetThingOutput`], or says which required member is missing.
    pub fn build(self) -> Result<GetThingOutput, ::smithy_runtime::types::BuildError> {
        Ok(GetThingOutput {
            thing: self
                .thing
                .ok_or(
                    ::smithy_runtime::types::BuildError::missing(
                        "GetThingOutput",
                        "Thing",
                    ),
                )?,
        })
    }
}
