#[derive(Clone, PartialEq, Debug)]
#[cfg_attr(feature = "serde", derive(::serde::Serialize, ::serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "PascalCase"))]
#[non_exhaustive]
pub struct ListThingsOutput {
    /// **Required.**
    pub things: Vec<crate::types::ThingSummary>,
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
use ::smithy_runtime::codec;
static SCHEMA: codec::Schema = codec::Schema::new(
    "ListThingsOutput",
    &[codec::Member::new("Things"), codec::Member::new("NextToken")],
);
impl codec::WriteValue for ListThingsOutput {
    fn write(&self, s: &mut dyn codec::Serializer) -> Result<(), codec::Error> {
        s.write_struct(&SCHEMA, &[&self.things, &self.next_token])
    }
}
impl codec::ReadValue for ListThingsOutput {
    fn read(d: &mut dyn codec::Deserializer) -> Result<Self, codec::Error> {
        let mut b = ListThingsOutputBuilder::default();
        d.read_struct(&SCHEMA, &mut [&mut b.things, &mut b.next_token])?;
        Ok(b.build())
    }
}
