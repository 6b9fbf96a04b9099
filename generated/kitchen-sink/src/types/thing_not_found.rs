/// No thing has the given ID.
#[derive(Clone, PartialEq, Debug, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ThingNotFound {
    #[serde(rename = "Message", skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    #[serde(rename = "ThingId", skip_serializing_if = "Option::is_none")]
    pub thing_id: Option<String>,
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
    /// Sets `Message`.
    pub fn message(mut self, value: impl Into<String>) -> Self {
        self.message = Some(value.into());
        self
    }
    /// Sets `ThingId`.
    pub fn thing_id(mut self, value: impl Into<String>) -> Self {
        self.thing_id = Some(value.into());
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
            Some(m) => write!(f, "ThingNotFound: {}", m),
            None => f.write_str("ThingNotFound"),
        }
    }
}
impl ::std::error::Error for ThingNotFound {}
#[cfg(feature = "client")]
impl ::smithy_runtime::json::ModeledError for ThingNotFound {
    fn fill_message(&mut self, message: Option<&str>) {
        if self.message.is_none() {
            self.message = message.map(ToOwned::to_owned);
        }
    }
}
