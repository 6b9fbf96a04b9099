/// A request reused a client request token with different parameters. Each token must stand for exactly one request.
#[derive(Clone, PartialEq, Debug, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct IncompatibleParameterError {
    #[serde(
        rename = "Message",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub message: ::std::option::Option<::std::string::String>,
    /// The parameter whose value differs from the earlier request.
    ///
    /// **Required.**
    #[serde(
        rename = "Parameter",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub parameter: ::std::option::Option<::std::string::String>,
}
impl IncompatibleParameterError {
    /// A builder for [`IncompatibleParameterError`].
    pub fn builder() -> IncompatibleParameterErrorBuilder {
        IncompatibleParameterErrorBuilder::default()
    }
}
/// A builder for [`IncompatibleParameterError`].
#[derive(Clone, PartialEq, Default, Debug)]
#[non_exhaustive]
pub struct IncompatibleParameterErrorBuilder {
    message: ::std::option::Option<::std::string::String>,
    parameter: ::std::option::Option<::std::string::String>,
}
impl IncompatibleParameterErrorBuilder {
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
    /// Sets `Parameter`.
    pub fn parameter(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.parameter = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets or clears `Parameter`.
    pub fn set_parameter(
        mut self,
        value: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.parameter = value;
        self
    }
    /// Builds the [`IncompatibleParameterError`], or says which required member is missing.
    pub fn build(
        self,
    ) -> ::std::result::Result<
        IncompatibleParameterError,
        ::smithy_runtime::types::BuildError,
    > {
        ::std::result::Result::Ok(IncompatibleParameterError {
            message: self.message,
            parameter: ::std::option::Option::Some(
                self
                    .parameter
                    .ok_or(
                        ::smithy_runtime::types::BuildError::missing(
                            "IncompatibleParameterError",
                            "Parameter",
                        ),
                    )?,
            ),
        })
    }
}
impl ::std::fmt::Display for IncompatibleParameterError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self.message.as_deref() {
            ::std::option::Option::Some(m) => {
                write!(f, "IncompatibleParameterError: {}", m)
            }
            ::std::option::Option::None => f.write_str("IncompatibleParameterError"),
        }
    }
}
impl ::std::error::Error for IncompatibleParameterError {}
