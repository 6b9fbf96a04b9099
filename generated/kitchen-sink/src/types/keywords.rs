/// Every member name is a Rust keyword.
#[derive(Clone, PartialEq, Debug, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct Keywords {
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    #[serde(rename = "match", skip_serializing_if = "Option::is_none")]
    pub r#match: Option<String>,
    #[serde(rename = "self", skip_serializing_if = "Option::is_none")]
    pub self_: Option<String>,
    #[serde(rename = "crate", skip_serializing_if = "Option::is_none")]
    pub crate_: Option<String>,
    #[serde(rename = "async", skip_serializing_if = "Option::is_none")]
    pub r#async: Option<bool>,
    #[serde(rename = "super", skip_serializing_if = "Option::is_none")]
    pub super_: Option<String>,
    #[serde(rename = "try", skip_serializing_if = "Option::is_none")]
    pub r#try: Option<String>,
    #[serde(rename = "fn", skip_serializing_if = "Option::is_none")]
    pub r#fn: Option<String>,
}
impl Keywords {
    /// A builder for [`Keywords`].
    pub fn builder() -> KeywordsBuilder {
        KeywordsBuilder::default()
    }
}
/// A builder for [`Keywords`]: a method per member, or set the public fields directly (for an `Option`).
#[derive(Clone, PartialEq, Default, Debug)]
#[non_exhaustive]
pub struct KeywordsBuilder {
    pub r#type: Option<String>,
    pub r#match: Option<String>,
    pub self_: Option<String>,
    pub crate_: Option<String>,
    pub r#async: Option<bool>,
    pub super_: Option<String>,
    pub r#try: Option<String>,
    pub r#fn: Option<String>,
}
#[allow(clippy::should_implement_trait)]
impl KeywordsBuilder {
    /// Sets `type`.
    pub fn r#type(mut self, value: impl Into<String>) -> Self {
        self.r#type = Some(value.into());
        self
    }
    /// Sets `match`.
    pub fn r#match(mut self, value: impl Into<String>) -> Self {
        self.r#match = Some(value.into());
        self
    }
    /// Sets `self`.
    pub fn self_(mut self, value: impl Into<String>) -> Self {
        self.self_ = Some(value.into());
        self
    }
    /// Sets `crate`.
    pub fn crate_(mut self, value: impl Into<String>) -> Self {
        self.crate_ = Some(value.into());
        self
    }
    /// Sets `async`.
    pub fn r#async(mut self, value: impl Into<bool>) -> Self {
        self.r#async = Some(value.into());
        self
    }
    /// Sets `super`.
    pub fn super_(mut self, value: impl Into<String>) -> Self {
        self.super_ = Some(value.into());
        self
    }
    /// Sets `try`.
    pub fn r#try(mut self, value: impl Into<String>) -> Self {
        self.r#try = Some(value.into());
        self
    }
    /// Sets `fn`.
    pub fn r#fn(mut self, value: impl Into<String>) -> Self {
        self.r#fn = Some(value.into());
        self
    }
    /// Builds the [`Keywords`].
    pub fn build(self) -> Keywords {
        Keywords {
            r#type: self.r#type,
            r#match: self.r#match,
            self_: self.self_,
            crate_: self.crate_,
            r#async: self.r#async,
            super_: self.super_,
            r#try: self.r#try,
            r#fn: self.r#fn,
        }
    }
}
