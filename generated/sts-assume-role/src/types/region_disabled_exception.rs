#[derive(Clone, PartialEq, Debug)]
#[cfg_attr(feature = "serde", derive(::serde::Serialize, ::serde::Deserialize))]
#[non_exhaustive]
pub struct RegionDisabledException {
    pub message: Option<String>,
    /// What the response said besides the members: code, message, request id, HTTP status.
    #[cfg_attr(feature = "serde", serde(skip))]
    pub meta: ::smithy_runtime::types::ErrorMeta,
}
impl RegionDisabledException {
    /// A builder for [`RegionDisabledException`].
    pub fn builder() -> RegionDisabledExceptionBuilder {
        RegionDisabledExceptionBuilder::default()
    }
}
/// A builder for [`RegionDisabledException`]: a method per member, or set the public fields directly (for an `Option`).
#[derive(Clone, PartialEq, Default, Debug)]
#[non_exhaustive]
pub struct RegionDisabledExceptionBuilder {
    pub message: Option<String>,
}
#[allow(clippy::should_implement_trait)]
impl RegionDisabledExceptionBuilder {
    /// Builds the [`RegionDisabledException`].
    pub fn build(self) -> RegionDisabledException {
        RegionDisabledException {
            message: self.message,
            meta: ::std::default::Default::default(),
        }
    }
}
::smithy_runtime::setters!(
    RegionDisabledExceptionBuilder, [(message, String, "message")]
);
use ::smithy_runtime::codec;
static SCHEMA: codec::Schema = codec::Schema::new(
    "RegionDisabledException",
    &[codec::Member::new("message")],
);
::smithy_runtime::structure_codec!(
    RegionDisabledException, RegionDisabledExceptionBuilder, build, [message]
);
impl ::std::fmt::Display for RegionDisabledException {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self.message.as_deref().or_else(|| self.meta.message()) {
            Some(m) => write!(f, "RegionDisabledException: {}", m),
            None => f.write_str("RegionDisabledException"),
        }
    }
}
impl ::std::error::Error for RegionDisabledException {}
#[cfg(feature = "client")]
impl ::smithy_runtime::ModeledError for RegionDisabledException {
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
