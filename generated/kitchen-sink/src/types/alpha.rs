#[derive(Clone, PartialEq, Debug, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct Alpha {
    #[serde(
        rename = "Beta",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub beta: ::std::option::Option<crate::types::Beta>,
}
impl Alpha {
    /// A builder for [`Alpha`].
    pub fn builder() -> AlphaBuilder {
        AlphaBuilder::default()
    }
}
/// A builder for [`Alpha`].
#[derive(Clone, PartialEq, Default, Debug)]
#[non_exhaustive]
pub struct AlphaBuilder {
    beta: ::std::option::Option<crate::types::Beta>,
}
impl AlphaBuilder {
    /// Sets `Beta`.
    pub fn beta(mut self, value: impl ::std::convert::Into<crate::types::Beta>) -> Self {
        self.beta = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets or clears `Beta`.
    pub fn set_beta(mut self, value: ::std::option::Option<crate::types::Beta>) -> Self {
        self.beta = value;
        self
    }
    /// Builds the [`Alpha`].
    pub fn build(self) -> Alpha {
        Alpha { beta: self.beta }
    }
}
