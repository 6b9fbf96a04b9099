/// Not `core::option::Option`.
#[derive(Clone, PartialEq, Debug, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct Option {
    #[serde(rename = "Some", skip_serializing_if = "::std::option::Option::is_none")]
    pub some: ::std::option::Option<String>,
    #[serde(rename = "None", skip_serializing_if = "::std::option::Option::is_none")]
    pub none: ::std::option::Option<bool>,
}
impl Option {
    /// A builder for [`Option`].
    pub fn builder() -> OptionBuilder {
        OptionBuilder::default()
    }
}
/// A builder for [`Option`]: a method per member, or set the public fields directly (for an `Option`).
#[derive(Clone, PartialEq, Default, Debug)]
#[non_exhaustive]
pub struct OptionBuilder {
    pub some: ::std::option::Option<String>,
    pub none: ::std::option::Option<bool>,
}
#[allow(clippy::should_implement_trait)]
impl OptionBuilder {
    /// Sets `Some`.
    pub fn some(mut self, value: impl Into<String>) -> Self {
        self.some = Some(value.into());
        self
    }
    /// Sets `None`.
    pub fn none(mut self, value: impl Into<bool>) -> Self {
        self.none = Some(value.into());
        self
    }
    /// Builds the [`Option`].
    pub fn build(self) -> Option {
        Option {
            some: self.some,
            none: self.none,
        }
    }
}
