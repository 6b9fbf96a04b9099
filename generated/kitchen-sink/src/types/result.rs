/// A union named like `core::result::Result`.
#[derive(Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(::serde::Serialize, ::serde::Deserialize))]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum Result {
    /// A structure variant.
    Ok(crate::types::Box),
    /// A string variant.
    Err(String),
    /// A variant without data.
    Pending,
    /// A sensitive variant.
    Token(String),
    /// A member this version of the model does not know (its name on the wire). It cannot be sent.
    Unknown(String),
}
impl ::std::fmt::Debug for Result {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Ok(v) => f.debug_tuple("Ok").field(v).finish(),
            Self::Err(v) => f.debug_tuple("Err").field(v).finish(),
            Self::Pending => f.write_str("Pending"),
            Self::Token(_) => {
                f.debug_tuple("Token").field(&"*** Sensitive Data Redacted ***").finish()
            }
            Self::Unknown(n) => f.debug_tuple("Unknown").field(n).finish(),
        }
    }
}
use ::smithy_runtime::codec;
static SCHEMA: codec::Schema = codec::Schema::new(
    "Result",
    &[
        codec::Member::new("Ok"),
        codec::Member::new("Err"),
        codec::Member::new("Pending"),
        codec::Member::new("Token"),
    ],
);
impl codec::WriteValue for Result {
    fn write(
        &self,
        s: &mut dyn codec::Serializer,
    ) -> ::std::result::Result<(), codec::Error> {
        match self {
            Self::Ok(v) => s.write_union(&SCHEMA, 0usize, v),
            Self::Err(v) => s.write_union(&SCHEMA, 1usize, v),
            Self::Pending => s.write_union(&SCHEMA, 2usize, &()),
            Self::Token(v) => s.write_union(&SCHEMA, 3usize, v),
            Self::Unknown(name) => {
                Err(
                    codec::Error::new(
                        ::std::format!("cannot send the unknown Result member `{name}`"),
                    ),
                )
            }
        }
    }
}
impl codec::ReadValue for Result {
    fn read(
        d: &mut dyn codec::Deserializer,
    ) -> ::std::result::Result<Self, codec::Error> {
        codec::read_union(
            d,
            &SCHEMA,
            |i, d| Ok(
                match i {
                    0usize => Self::Ok(codec::ReadValue::read(d)?),
                    1usize => Self::Err(codec::ReadValue::read(d)?),
                    2usize => {
                        codec::unit(d)?;
                        Self::Pending
                    }
                    _ => Self::Token(codec::ReadValue::read(d)?),
                },
            ),
            Self::Unknown,
        )
    }
    fn zero() -> Self {
        Self::Unknown(String::new())
    }
}
