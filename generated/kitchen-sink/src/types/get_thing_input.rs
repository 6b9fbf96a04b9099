/// Input of `GetThing`.
#[derive(Clone, PartialEq, Debug, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct GetThingInput {
    /// **Required.**
    #[serde(rename = "ThingId", skip_serializing_if = "Option::is_none")]
    pub thing_id: Option<String>,
}
impl GetThingInput {
    /// A builder for [`GetThingInput`].
    pub fn builder() -> GetThingInputBuilder {
        GetThingInputBuilder::default()
    }
    /// Checks what the model requires before the request is sent: required members always, and the
    /// length, range and pattern constraints when `constraints` is on.
    #[cfg(feature = "client")]
    #[allow(unused_variables)]
    pub fn validate(
        &self,
        constraints: bool,
    ) -> Result<(), ::smithy_runtime::ValidationError> {
        ::smithy_runtime::validate::required(&self.thing_id, "ThingId")?;
        if constraints && let Some(v) = &self.thing_id {
            ::smithy_runtime::validate::length(v, Some(6u64), Some(64u64), "ThingId")?;
            ::smithy_runtime::validate::pattern(v, "^thing-[0-9a-z]+$", "ThingId")?;
        }
        Ok(())
    }
}
/// A builder for [`GetThingInput`]: a method per member, or set the public fields directly (for an `Option`).
#[derive(Clone, PartialEq, Default, Debug)]
#[non_exhaustive]
pub struct GetThingInputBuilder {
    pub thing_id: Option<String>,
}
#[allow(clippy::should_implement_trait)]
impl GetThingInputBuilder {
    /// Sets `ThingId`.
    pub fn thing_id(mut self, value: impl Into<String>) -> Self {
        self.thing_id = Some(value.into());
        self
    }
    /// Builds the [`GetThingInput`], or says which required member is missing.
    pub fn build(self) -> Result<GetThingInput, ::smithy_runtime::types::BuildError> {
        Ok(GetThingInput {
            thing_id: Some(
                self
                    .thing_id
                    .ok_or(
                        ::smithy_runtime::types::BuildError::missing(
                            "GetThingInput",
                            "ThingId",
                        ),
                    )?,
            ),
        })
    }
}
