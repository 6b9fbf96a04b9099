#[derive(Clone, PartialEq, Debug)]
#[cfg_attr(feature = "serde", derive(::serde::Serialize, ::serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "PascalCase"))]
#[non_exhaustive]
pub struct GetThingOutput {
    /// The stored thing.
    ///
    /// **Required.**
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
    /// What a response holds: like `build`, but a member the response left out is `None` or, when the
    /// field is not an `Option`, its zero value.
    pub(crate) fn build_read(self) -> GetThingOutput {
        GetThingOutput {
            thing: self.thing.unwrap_or_else(::smithy_runtime::codec::ReadValue::zero),
        }
    }
}
::smithy_runtime::setters!(
    GetThingOutputBuilder, [(thing, crate ::types::Thing, "Thing")]
);
use ::smithy_runtime::codec;
static SCHEMA: codec::Schema = codec::Schema::new(
    "GetThingOutput",
    &[codec::Member::new("Thing")],
);
::smithy_runtime::structure_codec!(
    GetThingOutput, GetThingOutputBuilder, build_read, [thing]
);
