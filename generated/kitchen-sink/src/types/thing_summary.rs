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
    /// What a response holds: like `build`, but a member the response left out is `None` or, when the
    /// field is not an `Option`, its zero value.
    pub(crate) fn build_read(self) -> ThingSummary {
        ThingSummary {
            thing_id: self
                .thing_id
                .unwrap_or_else(::smithy_runtime::codec::ReadValue::zero),
            name: self.name.unwrap_or_else(::smithy_runtime::codec::ReadValue::zero),
            tags: self.tags,
            priority: self.priority,
        }
    }
}
::smithy_runtime::setters!(
    ThingSummaryBuilder, [(thing_id, String, "ThingId"), (name, String, "Name"), (tags,
    ::std::collections::HashMap:: < String, String >, "Tags"), (priority, crate
    ::types::Priority, "Priority")]
);
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
::smithy_runtime::structure_codec!(
    ThingSummary, ThingSummaryBuilder, build_read, [thing_id, name, tags, priority]
);
