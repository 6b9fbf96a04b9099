/// A union named like `core::result::Result`.
#[derive(Clone, PartialEq, Debug)]
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
    /// A member this version of the model does not know (its name on the wire). It cannot be sent.
    Unknown(String),
}
use ::smithy_runtime::codec;
static SCHEMA: codec::Schema = codec::Schema::new(
    "Result",
    &[codec::Member::new("Ok"), codec::Member::new("Err"), codec::Member::new("Pending")],
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
                    _ => {
                        codec::unit(d)?;
                        Self::Pending
                    }
                },
            ),
            Self::Unknown,
        )
    }
    fn zero() -> Self {
        Self::Unknown(String::new())
    }
}
