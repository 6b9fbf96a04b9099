/// Input of `GetThing`.
#[derive(Clone, PartialEq, Debug)]
#[cfg_attr(feature = "serde", derive(::serde::Serialize, ::serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "PascalCase"))]
#[non_exhaustive]
pub struct GetThingInput {
    /// **Required.**
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
    /// What a response holds: like `build`, but a member the response left out is `None` or, when the
    /// field is not an `Option`, its zero value.
    pub(crate) fn build_read(self) -> GetThingInput {
        GetThingInput {
            thing_id: self.thing_id,
        }
    }
}
::smithy_runtime::setters!(GetThingInputBuilder, [(thing_id, String, "ThingId")]);
use ::smithy_runtime::codec;
static SCHEMA: codec::Schema = codec::Schema::new(
    "GetThingInput",
    &[codec::Member::new("ThingId")],
);
::smithy_runtime::structure_codec!(
    GetThingInput, GetThingInputBuilder, build_read, [thing_id]
);
