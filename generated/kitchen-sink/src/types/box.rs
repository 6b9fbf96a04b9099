#[derive(Clone, PartialEq, Debug, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct Box {
    /// Documented through an `apply` block.
    #[serde(rename = "Width", skip_serializing_if = "Option::is_none")]
    pub width: Option<i32>,
    #[serde(rename = "Label", skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
}
impl Box {
    /// A builder for [`Box`].
    pub fn builder() -> BoxBuilder {
        BoxBuilder::default()
    }
}
/// A builder for [`Box`].
#[derive(Clone, PartialEq, Default, Debug)]
#[non_exhaustive]
pub struct BoxBuilder {
    width: Option<i32>,
    label: Option<String>,
}
#[allow(clippy::should_implement_trait)]
impl BoxBuilder {
    /// Sets `Width`.
    pub fn width(mut self, value: impl Into<i32>) -> Self {
        self.width = Some(value.into());
        self
    }
    /// Sets or clears `Width`.
    pub fn set_width(mut self, value: Option<i32>) -> Self {
        self.width = value;
        self
    }
    /// Sets `Label`.
    pub fn label(mut self, value: impl Into<String>) -> Self {
        self.label = Some(value.into());
        self
    }
    /// Sets or clears `Label`.
    pub fn set_label(mut self, value: Option<String>) -> Self {
        self.label = value;
        self
    }
    /// Builds the [`Box`].
    pub fn build(self) -> Box {
        Box {
            width: self.width,
            label: self.label,
        }
    }
}
