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
    /// Sets `ThingId`.
    pub fn thing_id(mut self, value: impl Into<String>) -> Self {
        self.thing_id = Some(value.into());
        self
    }
    /// Sets `Name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets `Tags`.
    pub fn tags(
        mut self,
        value: impl Into<::std::collections::HashMap<String, String>>,
    ) -> Self {
        self.tags = Some(value.into());
        self
    }
    /// Sets `Size`.
    pub fn size(mut self, value: impl Into<crate::types::Size>) -> Self {
        self.size = Some(value.into());
        self
    }
    /// Sets `CreatedAt`.
    pub fn created_at(
        mut self,
        value: impl Into<::smithy_runtime::types::DateTime>,
    ) -> Self {
        self.created_at = Some(value.into());
        self
    }
    /// Sets `Owner`.
    pub fn owner(mut self, value: impl Into<crate::types::Credentials>) -> Self {
        self.owner = Some(value.into());
        self
    }
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
}
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
impl codec::WriteValue for Thing {
    fn write(&self, s: &mut dyn codec::Serializer) -> Result<(), codec::Error> {
        s.write_struct(
            &SCHEMA,
            &[
                &self.thing_id,
                &self.name,
                &self.tags,
                &self.size,
                &self.created_at,
                &self.owner,
            ],
        )
    }
}
impl codec::ReadValue for Thing {
    fn read(d: &mut dyn codec::Deserializer) -> Result<Self, codec::Error> {
        let mut b = ThingBuilder::default();
        d.read_struct(
            &SCHEMA,
            &mut [
                &mut b.thing_id,
                &mut b.name,
                &mut b.tags,
                &mut b.size,
                &mut b.created_at,
                &mut b.owner,
            ],
        )?;
        Ok(b.build()?)
    }
}
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
