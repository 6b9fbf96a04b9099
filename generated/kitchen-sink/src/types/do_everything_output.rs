#[derive(Clone, PartialEq, Debug, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DoEverythingOutput {
    #[serde(
        rename = "Everything",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub everything: ::std::option::Option<crate::types::AllTypes>,
    /// Always present: required and without a default.
    ///
    /// **Required.**
    #[serde(rename = "RequestId")]
    pub request_id: ::std::string::String,
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
    everything: ::std::option::Option<crate::types::AllTypes>,
    request_id: ::std::option::Option<::std::string::String>,
    count: ::std::option::Option<i32>,
}
impl DoEverythingOutputBuilder {
    /// Sets `Everything`.
    pub fn everything(
        mut self,
        value: impl ::std::convert::Into<crate::types::AllTypes>,
    ) -> Self {
        self.everything = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets or clears `Everything`.
    pub fn set_everything(
        mut self,
        value: ::std::option::Option<crate::types::AllTypes>,
    ) -> Self {
        self.everything = value;
        self
    }
    /// Sets `RequestId`.
    pub fn request_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.request_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets or clears `RequestId`.
    pub fn set_request_id(
        mut self,
        value: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.request_id = value;
        self
    }
    /// Sets `Count`.
    pub fn count(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.count = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets or clears `Count`.
    pub fn set_count(mut self, value: ::std::option::Option<i32>) -> Self {
        self.count = value;
        self
    }
    /// Builds the [`DoEverythingOutput`], or says which required member is missing.
    pub fn build(
        self,
    ) -> ::std::result::Result<DoEverythingOutput, ::smithy_runtime::types::BuildError> {
        ::std::result::Result::Ok(DoEverythingOutput {
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
