#[derive(Clone, PartialEq, Debug)]
#[cfg_attr(feature = "serde", derive(::serde::Serialize, ::serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "PascalCase"))]
#[non_exhaustive]
pub struct ListThingsInput {
    /// Token from the previous page, if any.
    pub next_token: Option<String>,
    pub max_results: Option<i32>,
    pub size_filter: Option<crate::types::Size>,
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
    ) -> Result<(), ::smithy_runtime::ValidationError> {
        if constraints && let Some(v) = &self.max_results {
            ::smithy_runtime::validate::range(
                *v as f64,
                Some(1f64),
                Some(100f64),
                "MaxResults",
            )?;
        }
        Ok(())
    }
}
/// A builder for [`ListThingsInput`]: a method per member, or set the public fields directly (for an `Option`).
#[derive(Clone, PartialEq, Default, Debug)]
#[non_exhaustive]
pub struct ListThingsInputBuilder {
    pub next_token: Option<String>,
    pub max_results: Option<i32>,
    pub size_filter: Option<crate::types::Size>,
}
#[allow(clippy::should_implement_trait)]
impl ListThingsInputBuilder {
    /// Sets `NextToken`.
    pub fn next_token(mut self, value: impl Into<String>) -> Self {
        self.next_token = Some(value.into());
        self
    }
    /// Sets `MaxResults`.
    pub fn max_results(mut self, value: impl Into<i32>) -> Self {
        self.max_results = Some(value.into());
        self
    }
    /// Sets `SizeFilter`.
    pub fn size_filter(mut self, value: impl Into<crate::types::Size>) -> Self {
        self.size_filter = Some(value.into());
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
use ::smithy_runtime::codec;
static SCHEMA: codec::Schema = codec::Schema::new(
    "ListThingsInput",
    &[
        codec::Member::new("NextToken"),
        codec::Member::new("MaxResults"),
        codec::Member::new("SizeFilter"),
    ],
);
impl codec::WriteValue for ListThingsInput {
    fn write(&self, s: &mut dyn codec::Serializer) -> Result<(), codec::Error> {
        s.write_struct(
            &SCHEMA,
            &[&self.next_token, &self.max_results, &self.size_filter],
        )
    }
}
impl codec::ReadValue for ListThingsInput {
    fn read(d: &mut dyn codec::Deserializer) -> Result<Self, codec::Error> {
        let mut b = ListThingsInputBuilder::default();
        d.read_struct(
            &SCHEMA,
            &mut [&mut b.next_token, &mut b.max_results, &mut b.size_filter],
        )?;
        Ok(b.build())
    }
}
