/// Input of `GetThing`.
#[derive(Clone, PartialEq, Debug, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct GetThingInput {
    /// **Required.**
    #[serde(
        rename = "ThingId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub thing_id: ::std::option::Option<::std::string::String>,
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
    ) -> ::std::result::Result<(), ::smithy_runtime::ValidationError> {
        ::smithy_runtime::validate::required(&self.thing_id, "ThingId")?;
        if constraints && let ::std::option::Option::Some(v) = &self.thing_id {
            ::smithy_runtime::validate::length(
                v,
                ::std::option::Option::Some(6u64),
                ::std::option::Option::Some(64u64),
                "ThingId",
            )?;
            ::smithy_runtime::validate::pattern(v, "^thing-[0-9a-z]+$", "ThingId")?;
        }
        ::std::result::Result::Ok(())
    }
}
/// A builder for [`GetThingInput`].
#[derive(Clone, PartialEq, Default, Debug)]
#[non_exhaustive]
pub struct GetThingInputBuilder {
    thing_id: ::std::option::Option<::std::string::String>,
}
impl GetThingInputBuilder {
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
    /// Builds the [`GetThingInput`], or says which required member is missing.
    pub fn build(
        self,
    ) -> ::std::result::Result<GetThingInput, ::smithy_runtime::types::BuildError> {
        ::std::result::Result::Ok(GetThingInput {
            thing_id: ::std::option::Option::Some(
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
}
