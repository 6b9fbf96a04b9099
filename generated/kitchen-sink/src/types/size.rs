/// Member names differ from wire values.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Size {
    ///  `small`
    Small,
    ///  `M`
    Medium,
    ///  `lower-case-value`
    LowerCaseValue,
    /// A value that is not a valid identifier.
    Xxl,
    /// A value this version of the model does not know; it is sent back exactly as received.
    Unknown(String),
}
impl Size {
    /// Every value the model knows, in the model's order.
    pub const VALUES: &'static [&'static str] = &[
        "small",
        "M",
        "lower-case-value",
        "2XL",
    ];
    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Small => "small",
            Self::Medium => "M",
            Self::LowerCaseValue => "lower-case-value",
            Self::Xxl => "2XL",
            Self::Unknown(v) => v.as_str(),
        }
    }
}
impl From<&str> for Size {
    fn from(s: &str) -> Self {
        match s {
            "small" => Self::Small,
            "M" => Self::Medium,
            "lower-case-value" => Self::LowerCaseValue,
            "2XL" => Self::Xxl,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<String> for Size {
    fn from(s: String) -> Self {
        match Self::from(s.as_str()) {
            Self::Unknown(_) => Self::Unknown(s),
            known => known,
        }
    }
}
impl ::std::str::FromStr for Size {
    type Err = ::std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(s))
    }
}
impl AsRef<str> for Size {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}
impl ::std::fmt::Display for Size {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
use ::smithy_runtime::codec;
impl codec::WriteValue for Size {
    fn write(&self, s: &mut dyn codec::Serializer) -> Result<(), codec::Error> {
        s.write_string(self.as_str())
    }
}
impl codec::ReadValue for Size {
    fn read(d: &mut dyn codec::Deserializer) -> Result<Self, codec::Error> {
        d.read_string().map(Self::from)
    }
}
impl codec::MapKey for Size {
    fn as_key(&self) -> &str {
        self.as_str()
    }
    fn from_key(key: String) -> Self {
        Self::from(key)
    }
}
#[cfg(feature = "serde")]
impl ::serde::Serialize for Size {
    fn serialize<S: ::serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}
#[cfg(feature = "serde")]
impl<'de> ::serde::Deserialize<'de> for Size {
    fn deserialize<D: ::serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        <String as ::serde::Deserialize>::deserialize(d).map(Self::from)
    }
}
