#[derive(Clone, PartialEq, Debug, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct Alpha {
    #[serde(rename = "Beta", skip_serializing_if = "Option::is_none")]
    pub beta: Option<crate::types::Beta>,
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
    beta: Option<crate::types::Beta>,
}
#[allow(clippy::should_implement_trait)]
impl AlphaBuilder {
    /// Sets `Beta`.
    pub fn beta(mut self, value: impl Into<crate::types::Beta>) -> Self {
        self.beta = Some(value.into());
        self
    }
    /// Sets or clears `Beta`.
    pub fn set_beta(mut self, value: Option<crate::types::Beta>) -> Self {
        self.beta = value;
        self
    }
    /// Builds the [`Alpha`].
    pub fn build(self) -> Alpha {
        Alpha { beta: self.beta }
    }
}
