/// Members shared by `Thing` and `ThingSummary`.
#[derive(Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(::serde::Serialize, ::serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "PascalCase"))]
#[non_exhaustive]
pub struct Thing {
    /// **Required.**
    pub thing_id: String,
    /// **Required.**
    pub name: String,
    pub tags: Option<::std::collections::HashMap<String, String>>,
    pub size: Option<crate::types::Size>,
    pub created_at: Option<::smithy_runtime::types::DateTime>,
    pub owner: Option<crate::types::Credentials>,
}
impl Thing {
    /// A builder for [`Thing`].
    pub fn builder() -> ThingBuilder {
        ThingBuilder::default()
    }
}
/// A builder for [`Thing`]: a method per member, or set the public fields directly (for an `Option`).
#[derive(Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ThingBuilder {
    pub thing_id: Option<String>,
    pub name: Option<String>,
    pub tags: Option<::std::collections::HashMap<String, String>>,
    pub size: Option<crate::types::Size>,
    pub created_at: Option<::smithy_runtime::types::DateTime>,
    pub owner: Option<crate::types::Credentials>,
}
#[allow(clippy::should_implement_trait)]
impl ThingBuilder {
    /// Builds the [`Thing`], or says which required member is missing.
    pub fn build(self) -> Result<Thing, ::smithy_runtime::types::BuildError> {
        Ok(Thing {
            thing_id: self
                .thing_id
                .ok_or(
                    ::smithy_runtime::types::BuildError::missing("Thing", "ThingId"),
                )?,
            name: self
                .name
                .ok_or(::smithy_runtime::types::BuildError::missing("Thing", "Name"))?,
            tags: self.tags,
            size: self.size,
            created_at: self.created_at,
            owner: self.owner,
        })
    }
    /// What a response holds: like `build`, but a member the response left out is `None` or, when the
    /// field is not an `Option`, its zero value.
    pub(crate) fn build_read(self) -> Thing {
        Thing {
            thing_id: self
                .thing_id
                .unwrap_or_else(::smithy_runtime::codec::ReadValue::zero),
            name: self.name.unwrap_or_else(::smithy_runtime::codec::ReadValue::zero),
            tags: self.tags,
            size: self.size,
            created_at: self.created_at,
            owner: self.owner,
        }
    }
}
::smithy_runtime::setters!(
    ThingBuilder, [(thing_id, String, "ThingId"), (name, String, "Name"), (tags,
    ::std::collections::HashMap:: < String, String >, "Tags"), (size, crate
    ::types::Size, "Size"), (created_at, ::smithy_runtime::types::DateTime, "CreatedAt"),
    (owner, crate ::types::Credentials, "Owner")]
);
use ::smithy_runtime::codec;
static SCHEMA: codec::Schema = codec::Schema::new(
    "Thing",
    &[
        codec::Member::new("ThingId"),
        codec::Member::new("Name"),
        codec::Member::new("Tags"),
        codec::Member::new("Size"),
        codec::Member::new("CreatedAt").timestamp(codec::TimestampFormat::EpochSeconds),
        codec::Member::new("Owner"),
    ],
);
::smithy_runtime::structure_codec!(
    Thing, ThingBuilder, build_read, [thing_id, name, tags, size, created_at, owner]
);
impl ::std::fmt::Debug for Thing {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("Thing")
            .field("thing_id", &self.thing_id)
            .field("name", &self.name)
            .field("tags", &self.tags)
            .field("size", &self.size)
            .field("created_at", &self.created_at)
            .field("owner", &"*** Sensitive Data Redacted ***")
            .finish()
    }
}
impl ::std::fmt::Debug for ThingBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ThingBuilder")
            .field("thing_id", &self.thing_id)
            .field("name", &self.name)
            .field("tags", &self.tags)
            .field("size", &self.size)
            .field("created_at", &self.created_at)
            .field("owner", &"*** Sensitive Data Redacted ***")
            .finish()
    }
}
