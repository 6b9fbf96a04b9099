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
static SCHEMA: ::smithy_runtime::Schema = ::smithy_runtime::Schema::new(
    "Result",
    &[
        ::smithy_runtime::Member::new("Ok"),
        ::smithy_runtime::Member::new("Err"),
        ::smithy_runtime::Member::new("Pending"),
    ],
);
impl ::smithy_runtime::codec::WriteValue for Result {
    fn write(
        &self,
        s: &mut dyn ::smithy_runtime::codec::Serializer,
    ) -> ::std::result::Result<(), ::smithy_runtime::codec::Error> {
        match self {
            Self::Ok(v) => s.write_union(&SCHEMA, 0usize, v),
            Self::Err(v) => s.write_union(&SCHEMA, 1usize, v),
            Self::Pending => s.write_union(&SCHEMA, 2usize, &()),
            Self::Unknown(name) => {
                Err(
                    ::smithy_runtime::codec::Error::new(
                        ::std::format!("cannot send the unknown Result member `{name}`"),
                    ),
                )
            }
        }
    }
}
impl ::smithy_runtime::codec::ReadValue for Result {
    fn read(
        d: &mut dyn ::smithy_runtime::codec::Deserializer,
    ) -> ::std::result::Result<Self, ::smithy_runtime::codec::Error> {
        ::smithy_runtime::codec::read_union(
            d,
            &SCHEMA,
            |i, d| Ok(
                match i {
                    0usize => Self::Ok(::smithy_runtime::codec::ReadValue::read(d)?),
                    1usize => Self::Err(::smithy_runtime::codec::ReadValue::read(d)?),
                    _ => {
                        ::smithy_runtime::codec::unit(d)?;
                        Self::Pending
                    }
                },
            ),
            Self::Unknown,
        )
    }
}
