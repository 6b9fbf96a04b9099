/// A union named like `core::result::Result`.
#[derive(Clone, PartialEq, Debug)]
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
impl ::serde::Serialize for Result {
    fn serialize<S: ::serde::Serializer>(
        &self,
        s: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        use ::serde::ser::SerializeMap as _;
        let mut m = s.serialize_map(Some(1))?;
        match self {
            Self::Ok(v) => m.serialize_entry("Ok", v)?,
            Self::Err(v) => m.serialize_entry("Err", v)?,
            Self::Pending => m.serialize_entry("Pending", &::serde_json::Map::new())?,
            Self::Unknown(name) => {
                return Err(
                    ::serde::ser::Error::custom(
                        ::std::format!(
                            "cannot send the unknown {} member `{}`", "Result", name
                        ),
                    ),
                );
            }
        }
        m.end()
    }
}
impl<'de> ::serde::Deserialize<'de> for Result {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        d: D,
    ) -> ::std::result::Result<Self, D::Error> {
        let map = <::serde_json::Map<
            String,
            ::serde_json::Value,
        > as ::serde::Deserialize>::deserialize(d)?;
        let mut set = map.into_iter().filter(|(k, v)| k != "__type" && !v.is_null());
        let (key, value) = match (set.next(), set.next()) {
            (Some(one), None) => one,
            _ => {
                return Err(
                    ::serde::de::Error::custom(
                        "a Result union: an object with exactly one member set",
                    ),
                );
            }
        };
        Ok(
            match key.as_str() {
                "Ok" => {
                    Self::Ok(
                        ::serde_json::from_value(value)
                            .map_err(::serde::de::Error::custom)?,
                    )
                }
                "Err" => {
                    Self::Err(
                        ::serde_json::from_value(value)
                            .map_err(::serde::de::Error::custom)?,
                    )
                }
                "Pending" => Self::Pending,
                _ => Self::Unknown(key),
            },
        )
    }
}
