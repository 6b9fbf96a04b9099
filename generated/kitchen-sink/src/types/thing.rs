/// Members shared by `Thing` and `ThingSummary`.
#[derive(Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct Thing {
    /// **Required.**
    #[serde(rename = "ThingId")]
    pub thing_id: String,
    /// **Required.**
    #[serde(rename = "Name")]
    pub name: String,
    #[serde(rename = "Tags", skip_serializing_if = "Option::is_none")]
    pub tags: Option<::std::collections::HashMap<String, String>>,
    #[serde(rename = "Size", skip_serializing_if = "Option::is_none")]
    pub size: Option<crate::types::Size>,
    #[serde(rename = "CreatedAt", skip_serializing_if = "Option::is_none")]
    pub created_at: Option<::smithy_runtime::types::DateTime>,
    #[serde(rename = "Owner", skip_serializing_if = "Option::is_none")]
    pub owner: Option<crate::types::Credentials>,
}
impl Thing {
    /// A builder for [`Thing`].
    pub fn builder() -> ThingBuilder {
        ThingBuilder::default()
    }
}
/// A builder for [`Thing`].
#[derive(Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ThingBuilder {
    thing_id: Option<String>,
    name: Option<String>,
    tags: Option<::std::collections::HashMap<String, String>>,
    size: Option<crate::types::Size>,
    created_at: Option<::smithy_runtime::types::DateTime>,
    owner: Option<crate::types::Credentials>,
}
#[allow(clippy::should_implement_trait)]
impl ThingBuilder {
    /// Sets `ThingId`.
    pub fn thing_id(mut self, value: impl Into<String>) -> Self {
        self.thing_id = Some(value.into());
        self
    }
    /// Sets or clears `ThingId`.
    pub fn set_thing_id(mut self, value: Option<String>) -> Self {
        self.thing_id = value;
        self
    }
    /// Sets `Name`.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets or clears `Name`.
    pub fn set_name(mut self, value: Option<String>) -> Self {
        self.name = value;
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
    /// Sets or clears `Tags`.
    pub fn set_tags(
        mut self,
        value: Option<::std::collections::HashMap<String, String>>,
    ) -> Self {
        self.tags = value;
        self
    }
    /// Sets `Size`.
    pub fn size(mut self, value: impl Into<crate::types::Size>) -> Self {
        self.size = Some(value.into());
        self
    }
    /// Sets or clears `Size`.
    pub fn set_size(mut self, value: Option<crate::types::Size>) -> Self {
        self.size = value;
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
    /// Sets or clears `CreatedAt`.
    pub fn set_created_at(
        mut self,
        value: Option<::smithy_runtime::types::DateTime>,
    ) -> Self {
        self.created_at = value;
        self
    }
    /// Sets `Owner`.
    pub fn owner(mut self, value: impl Into<crate::types::Credentials>) -> Self {
        self.owner = Some(value.into());
        self
    }
    /// Sets or clears `Owner`.
    pub fn set_owner(mut self, value: Option<crate::types::Credentials>) -> Self {
        self.owner = value;
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
