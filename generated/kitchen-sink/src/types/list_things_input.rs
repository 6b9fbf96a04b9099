#[derive(Clone, PartialEq, Debug, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ListThingsInput {
    /// Token from the previous page, if any.
    #[serde(
        rename = "NextToken",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub next_token: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "MaxResults",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub max_results: ::std::option::Option<i32>,
    #[serde(
        rename = "SizeFilter",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub size_filter: ::std::option::Option<crate::types::Size>,
}
impl ListThingsInput {
    /// A builder for [`ListThingsInput`].
    pub fn builder() -> ListThingsInputBuilder {
        ListThingsInputBuilder::default()
    }
    /// Checks what the model requires before the request is sent: required members always, and the
    /// length, range and pattern constraints when `constraints` is on.
    #[cfg(feature = "client")]
    #[allow(unused_variables)]
    pub fn validate(
        &self,
        constraints: bool,
    ) -> ::std::result::Result<(), ::smithy_runtime::ValidationError> {
        if constraints && let ::std::option::Option::Some(v) = &self.max_results {
            ::smithy_runtime::validate::range(
                *v as f64,
                ::std::option::Option::Some(1f64),
                ::std::option::Option::Some(100f64),
                "MaxResults",
            )?;
        }
        ::std::result::Result::Ok(())
    }
}
/// A builder for [`ListThingsInput`].
#[derive(Clone, PartialEq, Default, Debug)]
#[non_exhaustive]
pub struct ListThingsInputBuilder {
    next_token: ::std::option::Option<::std::string::String>,
    max_results: ::std::option::Option<i32>,
    size_filter: ::std::option::Option<crate::types::Size>,
}
impl ListThingsInputBuilder {
    /// Sets `NextToken`.
    pub fn next_token(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.next_token = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets or clears `NextToken`.
    pub fn set_next_token(
        mut self,
        value: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.next_token = value;
        self
    }
    /// Sets `MaxResults`.
    pub fn max_results(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.max_results = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets or clears `MaxResults`.
    pub fn set_max_results(mut self, value: ::std::option::Option<i32>) -> Self {
        self.max_results = value;
        self
    }
    /// Sets `SizeFilter`.
    pub fn size_filter(
        mut self,
        value: impl ::std::convert::Into<crate::types::Size>,
    ) -> Self {
        self.size_filter = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets or clears `SizeFilter`.
    pub fn set_size_filter(
        mut self,
        value: ::std::option::Option<crate::types::Size>,
    ) -> Self {
        self.size_filter = value;
        self
    }
    /// Builds the [`ListThingsInput`].
    pub fn build(self) -> ListThingsInput {
        ListThingsInput {
            next_token: self.next_token,
            max_results: self.max_results,
            size_filter: self.size_filter,
        }
    }
}
