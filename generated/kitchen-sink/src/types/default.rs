/// An enum named like the Rust `Default` trait.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Default {
    ///  `default`
    Default,
    ///  `Self`
    Self_,
    ///  `None`
    None,
    /// A value this version of the model does not know; it is sent back exactly as received.
    Unknown(String),
}
impl Default {
    /// Every value the model knows, in the model's order.
    pub const VALUES: &'static [&'static str] = &["default", "Self", "None"];
    /// The value as it is sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Default => "default",
            Self::Self_ => "Self",
            Self::None => "None",
            Self::Unknown(v) => v.as_str(),
        }
    }
}
impl From<&str> for Default {
    fn from(s: &str) -> Self {
        match s {
            "default" => Self::Default,
            "Self" => Self::Self_,
            "None" => Self::None,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<String> for Default {
    fn from(s: String) -> Self {
        match Self::from(s.as_str()) {
            Self::Unknown(_) => Self::Unknown(s),
            known => known,
        }
    }
}
impl ::std::str::FromStr for Default {
    type Err = ::std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Self::from(s))
    }
}
impl AsRef<str> for Default {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}
impl ::std::fmt::Display for Default {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
use ::smithy_runtime::codec;
impl codec::WriteValue for Default {
    fn write(&self, s: &mut dyn codec::Serializer) -> Result<(), codec::Error> {
        s.write_string(self.as_str())
    }
}
impl codec::ReadValue for Default {
    fn read(d: &mut dyn codec::Deserializer) -> Result<Self, codec::Error> {
        d.read_string().map(Self::from)
    }
}
#[cfg(feature = "serde")]
impl ::serde::Serialize for Default {
    fn serialize<S: ::serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}
#[cfg(feature = "serde")]
impl<'de> ::serde::Deserialize<'de> for Default {
    fn deserialize<D: ::serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        <String as ::serde::Deserialize>::deserialize(d).map(Self::from)
    }
}
