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
/// A builder for [`Box`]: a method per member, or set the public fields directly (for an `Option`).
#[derive(Clone, PartialEq, Default, Debug)]
#[non_exhaustive]
pub struct BoxBuilder {
    pub width: Option<i32>,
    pub label: Option<String>,
}
#[allow(clippy::should_implement_trait)]
impl BoxBuilder {
    /// Sets `Width`.
    pub fn width(mut self, value: impl Into<i32>) -> Self {
        self.width = Some(value.into());
        self
    }
    /// Sets `Label`.
    pub fn label(mut self, value: impl Into<String>) -> Self {
        self.label = Some(value.into());
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
