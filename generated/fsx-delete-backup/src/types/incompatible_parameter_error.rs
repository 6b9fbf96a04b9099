/// A request reused a client request token with different parameters. Each token must stand for exactly one request.
#[derive(Clone, PartialEq, Debug)]
#[cfg_attr(feature = "serde", derive(::serde::Serialize, ::serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "PascalCase"))]
#[non_exhaustive]
pub struct IncompatibleParameterError {
    pub message: Option<String>,
    /// The parameter whose value differs from the earlier request.
    ///
    /// **Required.**
    pub parameter: Option<String>,
    /// What the response said besides the members: code, message, request id, HTTP status.
    #[cfg_attr(feature = "serde", serde(skip))]
    pub meta: ::smithy_runtime::types::ErrorMeta,
}
impl IncompatibleParameterError {
    /// A builder for [`IncompatibleParameterError`].
    pub fn builder() -> IncompatibleParameterErrorBuilder {
        IncompatibleParameterErrorBuilder::default()
    }
}
/// A builder for [`IncompatibleParameterError`]: a method per member, or set the public fields directly (for an `Option`).
#[derive(Clone, PartialEq, Default, Debug)]
#[non_exhaustive]
pub struct IncompatibleParameterErrorBuilder {
    pub message: Option<String>,
    pub parameter: Option<String>,
}
#[allow(clippy::should_implement_trait)]
impl IncompatibleParameterErrorBuilder {
    /// Builds the [`IncompatibleParameterError`], or says which required member is missing.
    pub fn build(
        self,
    ) -> Result<IncompatibleParameterError, ::smithy_runtime::types::BuildError> {
        Ok(IncompatibleParameterError {
            message: self.message,
            parameter: Some(
                self
                    .parameter
                    .ok_or(
                        ::smithy_runtime::types::BuildError::missing(
                            "IncompatibleParameterError",
                            "Parameter",
                        ),
                    )?,
            ),
            meta: ::std::default::Default::default(),
        })
    }
    /// What a response holds: like `build`, but a member the response left out is `None` or, when the
    /// field is not an `Option`, its zero value.
    pub(crate) fn build_read(self) -> IncompatibleParameterError {
        IncompatibleParameterError {
            message: self.message,
            parameter: self.parameter,
            meta: ::std::default::Default::default(),
        }
    }
}
::smithy_runtime::setters!(
    IncompatibleParameterErrorBuilder, [(message, String, "Message"), (parameter, String,
    "Parameter")]
);
use ::smithy_runtime::codec;
static SCHEMA: codec::Schema = codec::Schema::new(
    "IncompatibleParameterError",
    &[codec::Member::new("Message"), codec::Member::new("Parameter")],
);
::smithy_runtime::structure_codec!(
    IncompatibleParameterError, IncompatibleParameterErrorBuilder, build_read, [message,
    parameter]
);
impl ::std::fmt::Display for IncompatibleParameterError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self.message.as_deref().or_else(|| self.meta.message()) {
            Some(m) => write!(f, "IncompatibleParameterError: {}", m),
            None => f.write_str("IncompatibleParameterError"),
        }
    }
}
impl ::std::error::Error for IncompatibleParameterError {}
#[cfg(feature = "client")]
impl ::smithy_runtime::ModeledError for IncompatibleParameterError {
    fn fill_message(&mut self, message: Option<&str>) {
        if self.message.is_none() {
            self.message = message.map(ToOwned::to_owned);
        }
    }
    fn set_meta(&mut self, meta: ::smithy_runtime::types::ErrorMeta) {
        self.meta = meta;
    }
    fn meta(&self) -> &::smithy_runtime::types::ErrorMeta {
        &self.meta
    }
}
