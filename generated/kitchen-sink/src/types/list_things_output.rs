#[derive(Clone, PartialEq, Debug, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ListThingsOutput {
    /// **Required.**
    #[serde(rename = "Things")]
    pub things: Vec<crate::types::ThingSummary>,
    #[serde(rename = "NextToken", skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}
impl ListThingsOutput {
    /// A builder for [`ListThingsOutput`].
    pub fn builder() -> ListThingsOutputBuilder {
        ListThingsOutputBuilder::default()
    }
}
/// A builder for [`ListThingsOutput`]: a method per member, or set the public fields directly (for an `Option`).
#[derive(Clone, PartialEq, Default, Debug)]
#[non_exhaustive]
pub struct ListThingsOutputBuilder {
    pub things: Option<Vec<crate::types::ThingSummary>>,
    pub next_token: Option<String>,
}
#[allow(clippy::should_implement_trait)]
impl ListThingsOutputBuilder {
    /// Sets `Things`.
    pub fn things(mut self, value: impl Into<Vec<crate::types::ThingSummary>>) -> Self {
        self.things = Some(value.into());
        self
    }
    /// Sets `NextToken`.
    pub fn next_token(mut self, value: impl Into<String>) -> Self {
        self.next_token = Some(value.into());
        self
    }
    /// Builds the [`ListThingsOutput`].
    pub fn build(self) -> ListThingsOutput {
        ListThingsOutput {
            things: self.things.unwrap_or_default(),
            next_token: self.next_token,
        }
    }
}
