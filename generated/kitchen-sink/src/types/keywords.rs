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
/// A builder for [`Keywords`].
#[derive(Clone, PartialEq, Default, Debug)]
#[non_exhaustive]
pub struct KeywordsBuilder {
    r#type: Option<String>,
    r#match: Option<String>,
    self_: Option<String>,
    crate_: Option<String>,
    r#async: Option<bool>,
    super_: Option<String>,
    r#try: Option<String>,
    r#fn: Option<String>,
}
#[allow(clippy::should_implement_trait)]
impl KeywordsBuilder {
    /// Sets `type`.
    pub fn r#type(mut self, value: impl Into<String>) -> Self {
        self.r#type = Some(value.into());
        self
    }
    /// Sets or clears `type`.
    pub fn set_type(mut self, value: Option<String>) -> Self {
        self.r#type = value;
        self
    }
    /// Sets `match`.
    pub fn r#match(mut self, value: impl Into<String>) -> Self {
        self.r#match = Some(value.into());
        self
    }
    /// Sets or clears `match`.
    pub fn set_match(mut self, value: Option<String>) -> Self {
        self.r#match = value;
        self
    }
    /// Sets `self`.
    pub fn self_(mut self, value: impl Into<String>) -> Self {
        self.self_ = Some(value.into());
        self
    }
    /// Sets or clears `self`.
    pub fn set_self_(mut self, value: Option<String>) -> Self {
        self.self_ = value;
        self
    }
    /// Sets `crate`.
    pub fn crate_(mut self, value: impl Into<String>) -> Self {
        self.crate_ = Some(value.into());
        self
    }
    /// Sets or clears `crate`.
    pub fn set_crate_(mut self, value: Option<String>) -> Self {
        self.crate_ = value;
        self
    }
    /// Sets `async`.
    pub fn r#async(mut self, value: impl Into<bool>) -> Self {
        self.r#async = Some(value.into());
        self
    }
    /// Sets or clears `async`.
    pub fn set_async(mut self, value: Option<bool>) -> Self {
        self.r#async = value;
        self
    }
    /// Sets `super`.
    pub fn super_(mut self, value: impl Into<String>) -> Self {
        self.super_ = Some(value.into());
        self
    }
    /// Sets or clears `super`.
    pub fn set_super_(mut self, value: Option<String>) -> Self {
        self.super_ = value;
        self
    }
    /// Sets `try`.
    pub fn r#try(mut self, value: impl Into<String>) -> Self {
        self.r#try = Some(value.into());
        self
    }
    /// Sets or clears `try`.
    pub fn set_try(mut self, value: Option<String>) -> Self {
        self.r#try = value;
        self
    }
    /// Sets `fn`.
    pub fn r#fn(mut self, value: impl Into<String>) -> Self {
        self.r#fn = Some(value.into());
        self
    }
    /// Sets or clears `fn`.
    pub fn set_fn(mut self, value: Option<String>) -> Self {
        self.r#fn = value;
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
