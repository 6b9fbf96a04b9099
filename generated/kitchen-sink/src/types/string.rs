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
/// A builder for [`String`]: a method per member, or set the public fields directly (for an `Option`).
#[derive(Clone, PartialEq, Default, Debug)]
#[non_exhaustive]
pub struct StringBuilder {
    pub value: Option<::std::string::String>,
}
#[allow(clippy::should_implement_trait)]
impl StringBuilder {
    /// Sets `Value`.
    pub fn value(mut self, value: impl Into<::std::string::String>) -> Self {
        self.value = Some(value.into());
        self
    }
    /// Builds the [`String`].
    pub fn build(self) -> String {
        String { value: self.value }
    }
}
