#[derive(Clone, PartialEq, Debug, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct IdHolder {
    #[serde(rename = "ID", skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
}
impl IdHolder {
    /// A builder for [`IdHolder`].
    pub fn builder() -> IdHolderBuilder {
        IdHolderBuilder::default()
    }
}
/// A builder for [`IdHolder`]: a method per member, or set the public fields directly (for an `Option`).
#[derive(Clone, PartialEq, Default, Debug)]
#[non_exhaustive]
pub struct IdHolderBuilder {
    pub id: Option<String>,
}
#[allow(clippy::should_implement_trait)]
impl IdHolderBuilder {
    /// Sets `ID`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Builds the [`IdHolder`].
    pub fn build(self) -> IdHolder {
        IdHolder { id: self.id }
    }
}
