/// No thing has the given ID.
#[derive(Clone, PartialEq, Debug, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ThingNotFound {
    #[serde(
        rename = "Message",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub message: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "ThingId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub thing_id: ::std::option::Option<::std::string::String>,
}
impl ThingNotFound {
    /// A builder for [`ThingNotFound`].
    pub fn builder() -> ThingNotFoundBuilder {
        ThingNotFoundBuilder::default()
    }
}
/// A builder for [`ThingNotFound`].
#[derive(Clone, PartialEq, Default, Debug)]
#[non_exhaustive]
pub struct ThingNotFoundBuilder {
    message: ::std::option::Option<::std::string::String>,
    thing_id: ::std::option::Option<::std::string::String>,
}
impl ThingNotFoundBuilder {
    /// Sets `Message`.
    pub fn message(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.message = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets or clears `Message`.
    pub fn set_message(
        mut self,
        value: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.message = value;
        self
    }
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
    /// Builds the [`ThingNotFound`].
    pub fn build(self) -> ThingNotFound {
        ThingNotFound {
            message: self.message,
            thing_id: self.thing_id,
        }
    }
}
impl ::std::fmt::Display for ThingNotFound {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self.message.as_deref() {
            ::std::option::Option::Some(m) => write!(f, "ThingNotFound: {}", m),
            ::std::option::Option::None => f.write_str("ThingNotFound"),
        }
    }
}
impl ::std::error::Error for ThingNotFound {}
