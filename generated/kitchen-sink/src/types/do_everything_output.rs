#[derive(Clone, PartialEq, Debug, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DoEverythingOutput {
    #[serde(rename = "Everything", skip_serializing_if = "Option::is_none")]
    pub everything: Option<crate::types::AllTypes>,
    /// Always present: required and without a default.
    ///
    /// **Required.**
    #[serde(rename = "RequestId")]
    pub request_id: String,
    /// **Required.**
    #[serde(rename = "Count")]
    pub count: i32,
}
impl DoEverythingOutput {
    /// A builder for [`DoEverythingOutput`].
    pub fn builder() -> DoEverythingOutputBuilder {
        DoEverythingOutputBuilder::default()
    }
}
/// A builder for [`DoEverythingOutput`].
#[derive(Clone, PartialEq, Default, Debug)]
#[non_exhaustive]
pub struct DoEverythingOutputBuilder {
    everything: Option<crate::types::AllTypes>,
    request_id: Option<String>,
    count: Option<i32>,
}
#[allow(clippy::should_implement_trait)]
impl DoEverythingOutputBuilder {
    /// Sets `Everything`.
    pub fn everything(mut self, value: impl Into<crate::types::AllTypes>) -> Self {
        self.everything = Some(value.into());
        self
    }
    /// Sets or clears `Everything`.
    pub fn set_everything(mut self, value: Option<crate::types::AllTypes>) -> Self {
        self.everything = value;
        self
    }
    /// Sets `RequestId`.
    pub fn request_id(mut self, value: impl Into<String>) -> Self {
        self.request_id = Some(value.into());
        self
    }
    /// Sets or clears `RequestId`.
    pub fn set_request_id(mut self, value: Option<String>) -> Self {
        self.request_id = value;
        self
    }
    /// Sets `Count`.
    pub fn count(mut self, value: impl Into<i32>) -> Self {
        self.count = Some(value.into());
        self
    }
    /// Sets or clears `Count`.
    pub fn set_count(mut self, value: Option<i32>) -> Self {
        self.count = value;
        self
    }
    /// Builds the [`DoEverythingOutput`], or says which required member is missing.
    pub fn build(
        self,
    ) -> Result<DoEverythingOutput, ::smithy_runtime::types::BuildError> {
        Ok(DoEverythingOutput {
            everything: self.everything,
            request_id: self
                .request_id
                .ok_or(
                    ::smithy_runtime::types::BuildError::missing(
                        "DoEverythingOutput",
                        "RequestId",
                    ),
                )?,
            count: self
                .count
                .ok_or(
                    ::smithy_runtime::types::BuildError::missing(
                        "DoEverythingOutput",
                        "Count",
                    ),
                )?,
        })
    }
}
