#[derive(Clone, PartialEq, Debug, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct Beta {
    #[serde(rename = "Alpha", skip_serializing_if = "Option::is_none")]
    pub alpha: Option<Box<crate::types::Alpha>>,
    #[serde(rename = "Note", skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}
impl Beta {
    /// A builder for [`Beta`].
    pub fn builder() -> BetaBuilder {
        BetaBuilder::default()
    }
}
/// A builder for [`Beta`]: a method per member, or set the public fields directly (for an `Option`).
#[derive(Clone, PartialEq, Default, Debug)]
#[non_exhaustive]
pub struct BetaBuilder {
    pub alpha: Option<crate::types::Alpha>,
    pub note: Option<String>,
}
#[allow(clippy::should_implement_trait)]
impl BetaBuilder {
    /// Sets `Alpha`.
    pub fn alpha(mut self, value: impl Into<crate::types::Alpha>) -> Self {
        self.alpha = Some(value.into());
        self
    }
    /// Sets `Note`.
    pub fn note(mut self, value: impl Into<String>) -> Self {
        self.note = Some(value.into());
        self
    }
    /// Builds the [`Beta`].
    pub fn build(self) -> Beta {
        Beta {
            alpha: self.alpha.map(Box::new),
            note: self.note,
        }
    }
}
