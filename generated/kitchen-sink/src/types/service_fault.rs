/// The service failed; the call may succeed on retry.
#[derive(Clone, PartialEq, Debug, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ServiceFault {
    #[serde(
        rename = "Message",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub message: ::std::option::Option<::std::string::String>,
}
impl ServiceFault {
    /// A builder for [`ServiceFault`].
    pub fn builder() -> ServiceFaultBuilder {
        ServiceFaultBuilder::default()
    }
}
/// A builder for [`ServiceFault`].
#[derive(Clone, PartialEq, Default, Debug)]
#[non_exhaustive]
pub struct ServiceFaultBuilder {
    message: ::std::option::Option<::std::string::String>,
}
impl ServiceFaultBuilder {
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
    /// Builds the [`ServiceFault`].
    pub fn build(self) -> ServiceFault {
        ServiceFault {
            message: self.message,
        }
    }
}
impl ::std::fmt::Display for ServiceFault {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self.message.as_deref() {
            ::std::option::Option::Some(m) => write!(f, "ServiceFault: {}", m),
            ::std::option::Option::None => f.write_str("ServiceFault"),
        }
    }
}
impl ::std::error::Error for ServiceFault {}
