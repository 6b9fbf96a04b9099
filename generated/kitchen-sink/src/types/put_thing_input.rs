#[derive(Clone, PartialEq, Debug)]
#[cfg_attr(feature = "serde", derive(::serde::Serialize, ::serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "PascalCase"))]
#[non_exhaustive]
pub struct PutThingInput {
    /// **Required.**
    pub thing_id: Option<String>,
    /// Display name.
    ///
    /// **Required.**
    pub name: Option<String>,
    pub size: Option<crate::types::Size>,
    /// Filled in by the client with a fresh UUID when not given.
    ///
    /// An idempotency token: when left empty, the client fills it with a random UUID.
    pub client_token: Option<String>,
}
impl PutThingInput {
    /// A builder for [`PutThingInput`].
    pub fn builder() -> PutThingInputBuilder {
        PutThingInputBuilder::default()
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
        ::smithy_runtime::validate::required(&self.name, "Name")?;
        if constraints && let Some(v) = &self.client_token {
            ::smithy_runtime::validate::length(
                v,
                Some(1u64),
                Some(64u64),
                "ClientToken",
            )?;
        }
        Ok(())
    }
}
/// A builder for [`PutThingInput`]: a method per member, or set the public fields directly (for an `Option`).
#[derive(Clone, PartialEq, Default, Debug)]
#[non_exhaustive]
pub struct PutThingInputBuilder {
    pub thing_id: Option<String>,
    pub name: Option<String>,
    pub size: Option<crate::types::Size>,
    pub client_token: Option<String>,
}
#[allow(clippy::should_implement_trait)]
impl PutThingInputBuilder {
    /// Builds the [`PutThingInput`], or says which required member is missing.
    pub fn build(self) -> Result<PutThingInput, ::smithy_runtime::types::BuildError> {
        Ok(PutThingInput {
            thing_id: Some(
                self
                    .thing_id
                    .ok_or(
                        ::smithy_runtime::types::BuildError::missing(
                            "PutThingInput",
                            "ThingId",
                        ),
                    )?,
            ),
            name: Some(
                self
                    .name
                    .ok_or(
                        ::smithy_runtime::types::BuildError::missing(
                            "PutThingInput",
                            "Name",
                        ),
                    )?,
            ),
            size: self.size,
            client_token: self.client_token,
        })
    }
    /// What a response holds: like `build`, but a member the response left out is `None` or, when the
    /// field is not an `Option`, its zero value.
    pub(crate) fn build_read(self) -> PutThingInput {
        PutThingInput {
            thing_id: self.thing_id,
            name: self.name,
            size: self.size,
            client_token: self.client_token,
        }
    }
}
::smithy_runtime::setters!(
    PutThingInputBuilder, [(thing_id, String, "ThingId"), (name, String, "Name"), (size,
    crate ::types::Size, "Size"), (client_token, String, "ClientToken")]
);
use ::smithy_runtime::codec;
static SCHEMA: codec::Schema = codec::Schema::new(
    "PutThingInput",
    &[
        codec::Member::new("ThingId"),
        codec::Member::new("Name"),
        codec::Member::new("Size"),
        codec::Member::new("ClientToken").idempotency_token(),
    ],
);
::smithy_runtime::structure_codec!(
    PutThingInput, PutThingInputBuilder, build_read, [thing_id, name, size, client_token]
);
