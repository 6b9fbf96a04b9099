/// Every shape kind rpcv2Cbor carries.
#[derive(Clone, PartialEq, Debug)]
#[cfg_attr(feature = "serde", derive(::serde::Serialize, ::serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "PascalCase"))]
#[non_exhaustive]
pub struct Record {
    /// **Required.**
    pub name: String,
    pub flag: Option<bool>,
    pub tiny: Option<i8>,
    pub small: Option<i16>,
    pub count: Option<i32>,
    pub large: Option<i64>,
    pub ratio: Option<f32>,
    pub precise: Option<f64>,
    pub payload: Option<::smithy_runtime::types::Blob>,
    pub created: Option<::smithy_runtime::types::DateTime>,
    pub huge: Option<::smithy_runtime::types::BigInteger>,
    pub exact: Option<::smithy_runtime::types::BigDecimal>,
    pub color: Option<crate::types::Color>,
    pub level: Option<crate::types::Level>,
    pub tags: Option<Vec<String>>,
    pub notes: Option<Vec<Option<String>>>,
    pub attributes: Option<::std::collections::HashMap<String, i32>>,
    pub optional: Option<::std::collections::HashMap<String, Option<String>>>,
    pub owner: Option<crate::types::Owner>,
    pub shape: Option<crate::types::Shape>,
    pub children: Option<Vec<crate::types::Record>>,
}
impl Record {
    /// A builder for [`Record`].
    pub fn builder() -> RecordBuilder {
        RecordBuilder::default()
    }
}
/// A builder for [`Record`]: a method per member, or set the public fields directly (for an `Option`).
#[derive(Clone, PartialEq, Default, Debug)]
#[non_exhaustive]
pub struct RecordBuilder {
    pub name: Option<String>,
    pub flag: Option<bool>,
    pub tiny: Option<i8>,
    pub small: Option<i16>,
    pub count: Option<i32>,
    pub large: Option<i64>,
    pub ratio: Option<f32>,
    pub precise: Option<f64>,
    pub payload: Option<::smithy_runtime::types::Blob>,
    pub created: Option<::smithy_runtime::types::DateTime>,
    pub huge: Option<::smithy_runtime::types::BigInteger>,
    pub exact: Option<::smithy_runtime::types::BigDecimal>,
    pub color: Option<crate::types::Color>,
    pub level: Option<crate::types::Level>,
    pub tags: Option<Vec<String>>,
    pub notes: Option<Vec<Option<String>>>,
    pub attributes: Option<::std::collections::HashMap<String, i32>>,
    pub optional: Option<::std::collections::HashMap<String, Option<String>>>,
    pub owner: Option<crate::types::Owner>,
    pub shape: Option<crate::types::Shape>,
    pub children: Option<Vec<crate::types::Record>>,
}
#[allow(clippy::should_implement_trait)]
impl RecordBuilder {
    /// Builds the [`Record`], or says which required member is missing.
    pub fn build(self) -> Result<Record, ::smithy_runtime::types::BuildError> {
        Ok(Record {
            name: self
                .name
                .ok_or(::smithy_runtime::types::BuildError::missing("Record", "Name"))?,
            flag: self.flag,
            tiny: self.tiny,
            small: self.small,
            count: self.count,
            large: self.large,
            ratio: self.ratio,
            precise: self.precise,
            payload: self.payload,
            created: self.created,
            huge: self.huge,
            exact: self.exact,
            color: self.color,
            level: self.level,
            tags: self.tags,
            notes: self.notes,
            attributes: self.attributes,
            optional: self.optional,
            owner: self.owner,
            shape: self.shape,
            children: self.children,
        })
    }
    /// What a response holds: like `build`, but a member the response left out is `None` or, when the
    /// field is not an `Option`, its zero value.
    pub(crate) fn build_read(self) -> Record {
        Record {
            name: self.name.unwrap_or_else(::smithy_runtime::codec::ReadValue::zero),
            flag: self.flag,
            tiny: self.tiny,
            small: self.small,
            count: self.count,
            large: self.large,
            ratio: self.ratio,
            precise: self.precise,
            payload: self.payload,
            created: self.created,
            huge: self.huge,
            exact: self.exact,
            color: self.color,
            level: self.level,
            tags: self.tags,
            notes: self.notes,
            attributes: self.attributes,
            optional: self.optional,
            owner: self.owner,
            shape: self.shape,
            children: self.children,
        }
    }
}
::smithy_runtime::setters!(
    RecordBuilder, [(name, String, "Name"), (flag, bool, "Flag"), (tiny, i8, "Tiny"),
    (small, i16, "Small"), (count, i32, "Count"), (large, i64, "Large"), (ratio, f32,
    "Ratio"), (precise, f64, "Precise"), (payload, ::smithy_runtime::types::Blob,
    "Payload"), (created, ::smithy_runtime::types::DateTime, "Created"), (huge,
    ::smithy_runtime::types::BigInteger, "Huge"), (exact,
    ::smithy_runtime::types::BigDecimal, "Exact"), (color, crate ::types::Color,
    "Color"), (level, crate ::types::Level, "Level"), (attributes,
    ::std::collections::HashMap:: < String, i32 >, "Attributes"), (optional,
    ::std::collections::HashMap:: < String, Option < String >>, "Optional"), (owner,
    crate ::types::Owner, "Owner"), (shape, crate ::types::Shape, "Shape")]
);
::smithy_runtime::list_setters!(
    RecordBuilder, [(tags, push_tags, String, "Tags"), (notes, push_notes, Option <
    String >, "Notes"), (children, push_children, crate ::types::Record, "Children")]
);
use ::smithy_runtime::codec;
static SCHEMA: codec::Schema = codec::Schema::new(
    "Record",
    &[
        codec::Member::new("Name"),
        codec::Member::new("Flag"),
        codec::Member::new("Tiny"),
        codec::Member::new("Small"),
        codec::Member::new("Count"),
        codec::Member::new("Large"),
        codec::Member::new("Ratio"),
        codec::Member::new("Precise"),
        codec::Member::new("Payload"),
        codec::Member::new("Created"),
        codec::Member::new("Huge"),
        codec::Member::new("Exact"),
        codec::Member::new("Color"),
        codec::Member::new("Level"),
        codec::Member::new("Tags"),
        codec::Member::new("Notes"),
        codec::Member::new("Attributes"),
        codec::Member::new("Optional"),
        codec::Member::new("Owner"),
        codec::Member::new("Shape"),
        codec::Member::new("Children"),
    ],
);
::smithy_runtime::structure_codec!(
    Record, RecordBuilder, build_read, [name, flag, tiny, small, count, large, ratio,
    precise, payload, created, huge, exact, color, level, tags, notes, attributes,
    optional, owner, shape, children]
);
