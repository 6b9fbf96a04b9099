/// No thing has the given ID.
#[derive(Clone, PartialEq, Debug)]
#[cfg_attr(feature = "serde", derive(::serde::Serialize, ::serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "PascalCase"))]
#[non_exhaustive]
pub struct ThingNotFound {
    pub message: Option<String>,
    pub thing_id: Option<String>,
    /// What the response said besides the members: code, message, request id, HTTP status.
    #[cfg_attr(feature = "serde", serde(skip))]
    pub meta: ::smithy_runtime::types::ErrorMeta,
}
impl ThingNotFound {
    /// A builder for [`ThingNotFound`].
    pub fn builder() -> ThingNotFoundBuilder {
        ThingNotFoundBuilder::default()
    }
}
/// A builder for [`ThingNotFound`]: a method per member, or set the public fields directly (for an `Option`).
#[derive(Clone, PartialEq, Default, Debug)]
#[non_exhaustive]
pub struct ThingNotFoundBuilder {
    pub message: Option<String>,
    pub thing_id: Option<String>,
}
#[allow(clippy::should_implement_trait)]
impl ThingNotFoundBuilder {
    /// Builds the [`ThingNotFound`].
    pub fn build(self) -> ThingNotFound {
        ThingNotFound {
            message: self.message,
            thing_id: self.thing_id,
            meta: ::std::default::Default::default(),
        }
    }
}
::smithy_runtime::setters!(
    ThingNotFoundBuilder, [(message, String, "Message"), (thing_id, String, "ThingId")]
);
use ::smithy_runtime::codec;
static SCHEMA: codec::Schema = codec::Schema::new(
    "ThingNotFound",
    &[codec::Member::new("Message"), codec::Member::new("ThingId")],
);
::smithy_runtime::structure_codec!(
    ThingNotFound, ThingNotFoundBuilder, build, [message, thing_id]
);
impl ::std::fmt::Display for ThingNotFound {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self.message.as_deref().or_else(|| self.meta.message()) {
            Some(m) => write!(f, "ThingNotFound: {}", m),
            None => f.write_str("ThingNotFound"),
        }
    }
}
impl ::std::error::Error for ThingNotFound {}
#[cfg(feature = "client")]
impl ::smithy_runtime::ModeledError for ThingNotFound {
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
