#[derive(Clone, PartialEq, Debug, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct Box {
    /// Documented through an `apply` block.
    #[serde(
        rename = "Width",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub width: ::std::option::Option<i32>,
    #[serde(
        rename = "Label",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub label: ::std::option::Option<::std::string::String>,
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
    width: ::std::option::Option<i32>,
    label: ::std::option::Option<::std::string::String>,
}
impl BoxBuilder {
    /// Sets `Width`.
    pub fn width(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.width = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets or clears `Width`.
    pub fn set_width(mut self, value: ::std::option::Option<i32>) -> Self {
        self.width = value;
        self
    }
    /// Sets `Label`.
    pub fn label(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.label = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets or clears `Label`.
    pub fn set_label(
        mut self,
        value: ::std::option::Option<::std::string::String>,
    ) -> Self {
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
