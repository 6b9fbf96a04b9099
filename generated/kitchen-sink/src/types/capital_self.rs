/// `Self` lives apart from `self`: member names must be unique ignoring case.
#[derive(Clone, PartialEq, Debug, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct CapitalSelf {
    /// Cannot be a raw identifier in Rust.
    #[serde(rename = "Self", skip_serializing_if = "Option::is_none")]
    pub self_: Option<String>,
}
impl CapitalSelf {
    /// A builder for [`CapitalSelf`].
    pub fn builder() -> CapitalSelfBuilder {
        CapitalSelfBuilder::default()
    }
}
/// A builder for [`CapitalSelf`]: a method per member, or set the public fields directly (for an `Option`).
#[derive(Clone, PartialEq, Default, Debug)]
#[non_exhaustive]
pub struct CapitalSelfBuilder {
    pub self_: Option<String>,
}
#[allow(clippy::should_implement_trait)]
impl CapitalSelfBuilder {
    /// Sets `Self`.
    pub fn self_(mut self, value: impl Into<String>) -> Self {
        self.self_ = Some(value.into());
        self
    }
    /// Builds the [`CapitalSelf`].
    pub fn build(self) -> CapitalSelf {
        CapitalSelf { self_: self.self_ }
    }
}
