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
::smithy_runtime::setters!(
    KeywordsBuilder, [(r#type, String, "type"), (r#match, String, "match"), (self_,
    String, "self"), (crate_, String, "crate"), (r#async, bool, "async"), (super_,
    String, "super"), (r#try, String, "try"), (r#fn, String, "fn")]
);
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
::smithy_runtime::structure_codec!(
    Keywords, KeywordsBuilder, build, [r#type, r#match, self_, crate_, r#async, super_,
    r#try, r#fn]
);
