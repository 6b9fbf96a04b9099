/// An `intEnum`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Priority {
    ///  `1`
    Low,
    ///  `10`
    High,
    ///  `-1`
    BelowZero,
    /// A value this version of the model does not know; it is sent back exactly as received.
    Unknown(i32),
}
impl Priority {
    /// Every value the model knows, in the model's order.
    pub const VALUES: &'static [i32] = &[1i32, 10i32, -1i32];
    /// The value as it is sent on the wire.
    pub fn as_i32(&self) -> i32 {
        match self {
            Self::Low => 1i32,
            Self::High => 10i32,
            Self::BelowZero => -1i32,
            Self::Unknown(v) => *v,
        }
    }
}
impl From<i32> for Priority {
    fn from(v: i32) -> Self {
        match v {
            1i32 => Self::Low,
            10i32 => Self::High,
            -1i32 => Self::BelowZero,
            other => Self::Unknown(other),
        }
    }
}
impl ::std::fmt::Display for Priority {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        ::std::fmt::Display::fmt(&self.as_i32(), f)
    }
}
use ::smithy_runtime::codec;
impl codec::WriteValue for Priority {
    fn write(&self, s: &mut dyn codec::Serializer) -> Result<(), codec::Error> {
        s.write_i64(i64::from(self.as_i32()))
    }
}
impl codec::ReadValue for Priority {
    fn read(d: &mut dyn codec::Deserializer) -> Result<Self, codec::Error> {
        <i32 as codec::ReadValue>::read(d).map(Self::from)
    }
}
#[cfg(feature = "serde")]
impl ::serde::Serialize for Priority {
    fn serialize<S: ::serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_i32(self.as_i32())
    }
}
#[cfg(feature = "serde")]
impl<'de> ::serde::Deserialize<'de> for Priority {
    fn deserialize<D: ::serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        <i32 as ::serde::Deserialize>::deserialize(d).map(Self::from)
    }
}
