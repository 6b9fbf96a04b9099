#[derive(Clone, PartialEq, Debug)]
#[cfg_attr(feature = "serde", derive(::serde::Serialize, ::serde::Deserialize))]
#[non_exhaustive]
pub struct ServiceFault {
    pub message: Option<String>,
    /// What the response said besides the members: code, message, request id, HTTP status.
    #[cfg_attr(feature = "serde", serde(skip))]
    pub meta: ::smithy_runtime::types::ErrorMeta,
}
impl ServiceFault {
    /// A builder for [`ServiceFault`].
    pub fn builder() -> ServiceFaultBuilder {
        ServiceFaultBuilder::default()
    }
}
/// A builder for [`ServiceFault`]: a method per member, or set the public fields directly (for an `Option`).
#[derive(Clone, PartialEq, Default, Debug)]
#[non_exhaustive]
pub struct ServiceFaultBuilder {
    pub message: Option<String>,
}
#[allow(clippy::should_implement_trait)]
impl ServiceFaultBuilder {
    /// Builds the [`ServiceFault`].
    pub fn build(self) -> ServiceFault {
        ServiceFault {
            message: self.message,
            meta: ::std::default::Default::default(),
        }
    }
}
::smithy_runtime::setters!(ServiceFaultBuilder, [(message, String, "message")]);
use ::smithy_runtime::codec;
static SCHEMA: codec::Schema = codec::Schema::new(
    "ServiceFault",
    &[codec::Member::new("message")],
);
::smithy_runtime::structure_codec!(ServiceFault, ServiceFaultBuilder, build, [message]);
impl ::std::fmt::Display for ServiceFault {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self.message.as_deref().or_else(|| self.meta.message()) {
            Some(m) => write!(f, "ServiceFault: {}", m),
            None => f.write_str("ServiceFault"),
        }
    }
}
impl ::std::error::Error for ServiceFault {}
#[cfg(feature = "client")]
impl ::smithy_runtime::ModeledError for ServiceFault {
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
