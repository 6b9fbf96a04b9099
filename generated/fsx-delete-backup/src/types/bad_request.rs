/// The request was malformed or otherwise invalid.
#[derive(Clone, PartialEq, Debug)]
#[cfg_attr(feature = "serde", derive(::serde::Serialize, ::serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "PascalCase"))]
#[non_exhaustive]
pub struct BadRequest {
    pub message: Option<String>,
    /// What the response said besides the members: code, message, request id, HTTP status.
    #[cfg_attr(feature = "serde", serde(skip))]
    pub meta: ::smithy_runtime::types::ErrorMeta,
}
impl BadRequest {
    /// A builder for [`BadRequest`].
    pub fn builder() -> BadRequestBuilder {
        BadRequestBuilder::default()
    }
}
/// A builder for [`BadRequest`]: a method per member, or set the public fields directly (for an `Option`).
#[derive(Clone, PartialEq, Default, Debug)]
#[non_exhaustive]
pub struct BadRequestBuilder {
    pub message: Option<String>,
}
#[allow(clippy::should_implement_trait)]
impl BadRequestBuilder {
    /// Builds the [`BadRequest`].
    pub fn build(self) -> BadRequest {
        BadRequest {
            message: self.message,
            meta: ::std::default::Default::default(),
        }
    }
}
::smithy_runtime::setters!(BadRequestBuilder, [(message, String, "Message")]);
use ::smithy_runtime::codec;
static SCHEMA: codec::Schema = codec::Schema::new(
    "BadRequest",
    &[codec::Member::new("Message")],
);
::smithy_runtime::structure_codec!(BadRequest, BadRequestBuilder, build, [message]);
impl ::std::fmt::Display for BadRequest {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self.message.as_deref().or_else(|| self.meta.message()) {
            Some(m) => write!(f, "BadRequest: {}", m),
            None => f.write_str("BadRequest"),
        }
    }
}
impl ::std::error::Error for BadRequest {}
#[cfg(feature = "client")]
impl ::smithy_runtime::ModeledError for BadRequest {
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
