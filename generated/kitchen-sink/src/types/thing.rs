/// Members shared by `Thing` and `ThingSummary`.
#[derive(Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct Thing {
    /// **Required.**
    #[serde(rename = "ThingId")]
    pub thing_id: ::std::string::String,
    /// **Required.**
    #[serde(rename = "Name")]
    pub name: ::std::string::String,
    #[serde(
        rename = "Tags",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tags: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    #[serde(
        rename = "Size",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub size: ::std::option::Option<crate::types::Size>,
    #[serde(
        rename = "CreatedAt",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub created_at: ::std::option::Option<::smithy_runtime::types::DateTime>,
    #[serde(
        rename = "Owner",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub owner: ::std::option::Option<crate::types::Credentials>,
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
    thing_id: ::std::option::Option<::std::string::String>,
    name: ::std::option::Option<::std::string::String>,
    tags: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    size: ::std::option::Option<crate::types::Size>,
    created_at: ::std::option::Option<::smithy_runtime::types::DateTime>,
    owner: ::std::option::Option<crate::types::Credentials>,
}
impl ThingBuilder {
    /// Sets `ThingId`.
    pub fn thing_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.thing_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets or clears `ThingId`.
    pub fn set_thing_id(
        mut self,
        value: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.thing_id = value;
        self
    }
    /// Sets `Name`.
    pub fn name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets or clears `Name`.
    pub fn set_name(
        mut self,
        value: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.name = value;
        self
    }
    /// Sets `Tags`.
    pub fn tags(
        mut self,
        value: impl ::std::convert::Into<
            ::std::collections::HashMap<::std::string::String, ::std::string::String>,
        >,
    ) -> Self {
        self.tags = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets or clears `Tags`.
    pub fn set_tags(
        mut self,
        value: ::std::option::Option<
            ::std::collections::HashMap<::std::string::String, ::std::string::String>,
        >,
    ) -> Self {
        self.tags = value;
        self
    }
    /// Sets `Size`.
    pub fn size(mut self, value: impl ::std::convert::Into<crate::types::Size>) -> Self {
        self.size = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets or clears `Size`.
    pub fn set_size(mut self, value: ::std::option::Option<crate::types::Size>) -> Self {
        self.size = value;
        self
    }
    /// Sets `CreatedAt`.
    pub fn created_at(
        mut self,
        value: impl ::std::convert::Into<::smithy_runtime::types::DateTime>,
    ) -> Self {
        self.created_at = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets or clears `CreatedAt`.
    pub fn set_created_at(
        mut self,
        value: ::std::option::Option<::smithy_runtime::types::DateTime>,
    ) -> Self {
        self.created_at = value;
        self
    }
    /// Sets `Owner`.
    pub fn owner(
        mut self,
        value: impl ::std::convert::Into<crate::types::Credentials>,
    ) -> Self {
        self.owner = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets or clears `Owner`.
    pub fn set_owner(
        mut self,
        value: ::std::option::Option<crate::types::Credentials>,
    ) -> Self {
        self.owner = value;
        self
    }
    /// Builds the [`Thing`], or says which required member is missing.
    pub fn build(
        self,
    ) -> ::std::result::Result<Thing, ::smithy_runtime::types::BuildError> {
        ::std::result::Result::Ok(Thing {
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
