/// A structure named `String`.
#[derive(Clone, PartialEq, Debug, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct String {
    #[serde(rename = "Value", skip_serializing_if = "Option::is_none")]
    pub value: Option<::std::string::String>,
}
impl String {
    /// A builder for [`String`].
    pub fn builder() -> StringBuilder {
        StringBuilder::default()
    }
}
/// A builder for [`String`].
#[derive(Clone, PartialEq, Default, Debug)]
#[non_exhaustive]
pub struct StringBuilder {
    value: Option<::std::string::String>,
}
#[allow(clippy::should_implement_trait)]
impl StringBuilder {
    /// Sets `Value`.
    pub fn value(mut self, value: impl Into<::std::string::String>) -> Self {
        self.value = Some(value.into());
        self
    }
    /// Sets or clears `Value`.
    pub fn set_value(mut self, value: Option<::std::string::String>) -> Self {
        self.value = value;
        self
    }
    /// Builds the [`String`].
    pub fn build(self) -> String {
        String { value: self.value }
    }
}
