#[derive(Clone, PartialEq, Debug)]
#[cfg_attr(feature = "serde", derive(::serde::Serialize, ::serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "PascalCase"))]
#[non_exhaustive]
pub struct ListThingsOutput {
    /// **Required.**
    pub things: Vec<crate::types::ThingSummary>,
    pub next_token: Option<String>,
}
impl ListThingsOutput {
    /// A builder for [`ListThingsOutput`].
    pub fn builder() -> ListThingsOutputBuilder {
        ListThingsOutputBuilder::default()
    }
}
/// A builder for [`ListThingsOutput`]: a method per member, or set the public fields directly (for an `Option`).
#[derive(Clone, PartialEq, Default, Debug)]
#[non_exhaustive]
pub struct ListThingsOutputBuilder {
    pub things: Option<Vec<crate::types::ThingSummary>>,
    pub next_token: Option<String>,
}
#[allow(clippy::should_implement_trait)]
impl ListThingsOutputBuilder {
    /// Builds the [`ListThingsOutput`].
    pub fn build(self) -> ListThingsOutput {
        ListThingsOutput {
            things: self.things.unwrap_or_default(),
            next_token: self.next_token,
        }
    }
}
::smithy_runtime::setters!(ListThingsOutputBuilder, [(next_token, String, "NextToken")]);
::smithy_runtime::list_setters!(
    ListThingsOutputBuilder, [(things, push_things, crate ::types::ThingSummary,
    "Things")]
);
use ::smithy_runtime::codec;
static SCHEMA: codec::Schema = codec::Schema::new(
    "ListThingsOutput",
    &[codec::Member::new("Things"), codec::Member::new("NextToken")],
);
::smithy_runtime::structure_codec!(
    ListThingsOutput, ListThingsOutputBuilder, build, [things, next_token]
);
