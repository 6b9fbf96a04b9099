/// Members shared by `Thing` and `ThingSummary`.
#[derive(Clone, PartialEq, Debug, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ThingSummary {
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
        rename = "Priority",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub priority: ::std::option::Option<crate::types::Priority>,
}
impl ThingSummary {
    /// A builder for [`ThingSummary`].
    pub fn builder() -> ThingSummaryBuilder {
        ThingSummaryBuilder::default()
    }
}
/// A builder for [`ThingSummary`].
#[derive(Clone, PartialEq, Default, Debug)]
#[non_exhaustive]
pub struct ThingSummaryBuilder {
    thing_id: ::std::option::Option<::std::string::String>,
    name: ::std::option::Option<::std::string::String>,
    tags: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    priority: ::std::option::Option<crate::types::Priority>,
}
impl ThingSummaryBuilder {
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
    /// Sets `Priority`.
    pub fn priority(
        mut self,
        value: impl ::std::convert::Into<crate::types::Priority>,
    ) -> Self {
        self.priority = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets or clears `Priority`.
    pub fn set_priority(
        mut self,
        value: ::std::option::Option<crate::types::Priority>,
    ) -> Self {
        self.priority = value;
        self
    }
    /// Builds the [`ThingSummary`], or says which required member is missing.
    pub fn build(
        self,
    ) -> ::std::result::Result<ThingSummary, ::smithy_runtime::types::BuildError> {
        ::std::result::Result::Ok(ThingSummary {
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
}
