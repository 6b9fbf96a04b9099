#[derive(Clone, PartialEq, Debug)]
#[cfg_attr(feature = "serde", derive(::serde::Serialize, ::serde::Deserialize))]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum Shape {
    Circle(f64),
    Label(String),
    Empty,
    /// A member this version of the model does not know (its name on the wire). It cannot be sent.
    Unknown(String),
}
use ::smithy_runtime::codec;
static SCHEMA: codec::Schema = codec::Schema::new(
    "Shape",
    &[
        codec::Member::new("Circle"),
        codec::Member::new("Label"),
        codec::Member::new("Empty"),
    ],
);
impl codec::WriteValue for Shape {
    fn write(&self, s: &mut dyn codec::Serializer) -> Result<(), codec::Error> {
        match self {
            Self::Circle(v) => s.write_union(&SCHEMA, 0usize, v),
            Self::Label(v) => s.write_union(&SCHEMA, 1usize, v),
            Self::Empty => s.write_union(&SCHEMA, 2usize, &()),
            Self::Unknown(name) => {
                Err(
                    codec::Error::new(
                        ::std::format!("cannot send the unknown Shape member `{name}`"),
                    ),
                )
            }
        }
    }
}
impl codec::ReadValue for Shape {
    fn read(d: &mut dyn codec::Deserializer) -> Result<Self, codec::Error> {
        codec::read_union(
            d,
            &SCHEMA,
            |i, d| Ok(
                match i {
                    0usize => Self::Circle(codec::ReadValue::read(d)?),
                    1usize => Self::Label(codec::ReadValue::read(d)?),
                    _ => {
                        codec::unit(d)?;
                        Self::Empty
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
