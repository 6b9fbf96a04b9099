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
/// A builder for [`IdHolder`].
#[derive(Clone, PartialEq, Default, Debug)]
#[non_exhaustive]
pub struct IdHolderBuilder {
    id: Option<String>,
}
#[allow(clippy::should_implement_trait)]
impl IdHolderBuilder {
    /// Sets `ID`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// Sets or clears `ID`.
    pub fn set_id(mut self, value: Option<String>) -> Self {
        self.id = value;
        self
    }
    /// Builds the [`IdHolder`].
    pub fn build(self) -> IdHolder {
        IdHolder { id: self.id }
    }
}
