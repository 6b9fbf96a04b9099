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
/// A builder for [`Alpha`]: a method per member, or set the public fields directly (for an `Option`).
#[derive(Clone, PartialEq, Default, Debug)]
#[non_exhaustive]
pub struct AlphaBuilder {
    pub beta: Option<crate::types::Beta>,
}
#[allow(clippy::should_implement_trait)]
impl AlphaBuilder {
    /// Sets `Beta`.
    pub fn beta(mut self, value: impl Into<crate::types::Beta>) -> Self {
        self.beta = Some(value.into());
        self
    }
    /// Builds the [`Alpha`].
    pub fn build(self) -> Alpha {
        Alpha { beta: self.beta }
    }
}
