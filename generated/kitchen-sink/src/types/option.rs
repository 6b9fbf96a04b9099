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
/// A builder for [`Option`].
#[derive(Clone, PartialEq, Default, Debug)]
#[non_exhaustive]
pub struct OptionBuilder {
    some: ::std::option::Option<String>,
    none: ::std::option::Option<bool>,
}
#[allow(clippy::should_implement_trait)]
impl OptionBuilder {
    /// Sets `Some`.
    pub fn some(mut self, value: impl Into<String>) -> Self {
        self.some = Some(value.into());
        self
    }
    /// Sets or clears `Some`.
    pub fn set_some(mut self, value: ::std::option::Option<String>) -> Self {
        self.some = value;
        self
    }
    /// Sets `None`.
    pub fn none(mut self, value: impl Into<bool>) -> Self {
        self.none = Some(value.into());
        self
    }
    /// Sets or clears `None`.
    pub fn set_none(mut self, value: ::std::option::Option<bool>) -> Self {
        self.none = value;
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
