/// Every member name is a Rust keyword.
#[derive(Clone, PartialEq, Debug)]
#[cfg_attr(feature = "serde", derive(::serde::Serialize, ::serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "camelCase"))]
#[non_exhaustive]
pub struct Keywords {
    pub r#type: Option<String>,
    pub r#match: Option<String>,
    pub self_: Option<String>,
    pub crate_: Option<String>,
    pub r#async: Option<bool>,
    pub super_: Option<String>,
    pub r#try: Option<String>,
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
use ::smithy_runtime::codec;
static SCHEMA: codec::Schema = codec::Schema::new(
    "Keywords",
    &[
        codec::Member::new("type"),
        codec::Member::new("match"),
        codec::Member::new("self"),
        codec::Member::new("crate"),
        codec::Member::new("async"),
        codec::Member::new("super"),
        codec::Member::new("try"),
        codec::Member::new("fn"),
    ],
);
impl codec::WriteValue for Keywords {
    fn write(&self, s: &mut dyn codec::Serializer) -> Result<(), codec::Error> {
        s.write_struct(
            &SCHEMA,
            &[
                &self.r#type,
                &self.r#match,
                &self.self_,
                &self.crate_,
                &self.r#async,
                &self.super_,
                &self.r#try,
                &self.r#fn,
            ],
        )
    }
}
impl codec::ReadValue for Keywords {
    fn read(d: &mut dyn codec::Deserializer) -> Result<Self, codec::Error> {
        let mut b = KeywordsBuilder::default();
        d.read_struct(
            &SCHEMA,
            &mut [
                &mut b.r#type,
                &mut b.r#match,
                &mut b.self_,
                &mut b.crate_,
                &mut b.r#async,
                &mut b.super_,
                &mut b.r#try,
                &mut b.r#fn,
            ],
        )?;
        Ok(b.build())
    }
}
