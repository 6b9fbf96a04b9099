//! [`WriteValue`] and [`ReadValue`] for every type a generated field can have that is not itself
//! generated: primitives, the wire types, and the containers around them.

use super::{Deserializer, Error, ReadValue, Serializer, WriteValue};
use crate::schema::Schema;
use crate::types::{BigDecimal, BigInteger, Blob, ByteStream, DateTime, Document};
use std::collections::HashMap;
use std::hash::{BuildHasher, Hash};

impl WriteValue for bool {
    fn write(&self, s: &mut dyn Serializer) -> Result<(), Error> {
        s.write_bool(*self)
    }
}

impl ReadValue for bool {
    fn read(d: &mut dyn Deserializer) -> Result<Self, Error> {
        d.read_bool()
    }
    fn zero() -> Self {
        false
    }
}

macro_rules! integers {
    ($($t:ty),*) => {$(
        impl WriteValue for $t {
            fn write(&self, s: &mut dyn Serializer) -> Result<(), Error> {
                s.write_i64(i64::from(*self))
            }
        }
        impl ReadValue for $t {
            fn read(d: &mut dyn Deserializer) -> Result<Self, Error> {
                let v = d.read_i64()?;
                <$t>::try_from(v).map_err(|_| {
                    Error::new(format!("{v} is out of range for {}", stringify!($t)))
                })
            }
            fn zero() -> Self {
                0
            }
        }
    )*};
}
integers!(i8, i16, i32, i64);

impl WriteValue for f64 {
    fn write(&self, s: &mut dyn Serializer) -> Result<(), Error> {
        s.write_f64(*self)
    }
}

impl ReadValue for f64 {
    fn read(d: &mut dyn Deserializer) -> Result<Self, Error> {
        d.read_f64()
    }
    fn zero() -> Self {
        0.0
    }
}

impl WriteValue for f32 {
    fn write(&self, s: &mut dyn Serializer) -> Result<(), Error> {
        s.write_f32(*self)
    }
}

impl ReadValue for f32 {
    fn read(d: &mut dyn Deserializer) -> Result<Self, Error> {
        // Rounds to the nearest f32, as a float member on the wire means.
        d.read_f64().map(|v| v as f32)
    }
    fn zero() -> Self {
        0.0
    }
}

/// Types the codecs write and read by reference, with a method of their own.
macro_rules! by_reference {
    ($($t:ty => $write:ident, $read:ident, $zero:expr;)*) => {$(
        impl WriteValue for $t {
            fn write(&self, s: &mut dyn Serializer) -> Result<(), Error> {
                s.$write(self)
            }
        }
        impl ReadValue for $t {
            fn read(d: &mut dyn Deserializer) -> Result<Self, Error> {
                d.$read()
            }
            fn zero() -> Self {
                $zero
            }
        }
    )*};
}
by_reference! {
    String => write_string, read_string, String::new();
    Blob => write_blob, read_blob, Blob::default();
    DateTime => write_timestamp, read_timestamp, DateTime::UNIX_EPOCH;
    Document => write_document, read_document, Document::Null;
}

/// A stream goes to the serializer as it is: the REST payload sends it as the body, other places
/// write one held in memory as a blob ([`Serializer::write_stream`]).
impl WriteValue for ByteStream {
    fn write(&self, s: &mut dyn Serializer) -> Result<(), Error> {
        s.write_stream(self)
    }
}

impl ReadValue for ByteStream {
    fn read(d: &mut dyn Deserializer) -> Result<Self, Error> {
        d.read_stream()
    }
    fn zero() -> Self {
        ByteStream::default()
    }
}

impl WriteValue for BigInteger {
    fn write(&self, s: &mut dyn Serializer) -> Result<(), Error> {
        s.write_big_number(self.as_str())
    }
}

impl ReadValue for BigInteger {
    fn read(d: &mut dyn Deserializer) -> Result<Self, Error> {
        let text = d.read_big_number()?;
        BigInteger::parse(&text).map_err(Error::new)
    }
    fn zero() -> Self {
        BigInteger::from(0)
    }
}

impl WriteValue for BigDecimal {
    fn write(&self, s: &mut dyn Serializer) -> Result<(), Error> {
        s.write_big_decimal(self.as_str())
    }
}

impl ReadValue for BigDecimal {
    fn read(d: &mut dyn Deserializer) -> Result<Self, Error> {
        let text = d.read_big_number()?;
        BigDecimal::parse(&text).map_err(Error::new)
    }
    fn zero() -> Self {
        BigDecimal::from(0)
    }
}

/// The value of a unit union member: an empty structure. Also the input of an operation without
/// one, which is why it reports itself absent: a protocol that sends no body for a unit input
/// (rpcv2Cbor) asks [`WriteValue::is_absent`]; a union member's value is written whatever it says.
impl WriteValue for () {
    fn write(&self, s: &mut dyn Serializer) -> Result<(), Error> {
        s.write_struct(&Schema::EMPTY, &[])
    }

    fn is_absent(&self) -> bool {
        true
    }
}

impl ReadValue for () {
    fn read(d: &mut dyn Deserializer) -> Result<Self, Error> {
        d.read_struct(&Schema::EMPTY, &mut [])
    }
    fn zero() -> Self {}
}

/// Reads the value of a unit union member.
pub fn unit(d: &mut dyn Deserializer) -> Result<(), Error> {
    <()>::read(d)
}

/// In a structure an unset `Option` is left out; in a sparse list or map it is a `null`.
impl<T: WriteValue> WriteValue for Option<T> {
    fn write(&self, s: &mut dyn Serializer) -> Result<(), Error> {
        match self {
            Some(v) => v.write(s),
            None => s.write_null(),
        }
    }

    fn is_absent(&self) -> bool {
        self.is_none()
    }
}

impl<T: ReadValue> ReadValue for Option<T> {
    fn read(d: &mut dyn Deserializer) -> Result<Self, Error> {
        if d.read_null()? {
            Ok(None)
        } else {
            T::read(d).map(Some)
        }
    }
    fn zero() -> Self {
        None
    }
    fn read_nullable(d: &mut dyn Deserializer) -> Result<Option<Self>, Error> {
        Self::read(d).map(Some)
    }
}

impl<T: WriteValue + ?Sized> WriteValue for Box<T> {
    fn write(&self, s: &mut dyn Serializer) -> Result<(), Error> {
        (**self).write(s)
    }

    fn is_absent(&self) -> bool {
        (**self).is_absent()
    }
}

impl<T: ReadValue> ReadValue for Box<T> {
    fn read(d: &mut dyn Deserializer) -> Result<Self, Error> {
        T::read(d).map(Box::new)
    }
    fn zero() -> Self {
        Box::new(T::zero())
    }
}

impl<T: WriteValue> WriteValue for Vec<T> {
    fn write(&self, s: &mut dyn Serializer) -> Result<(), Error> {
        s.begin_list(self.len())?;
        for (i, v) in self.iter().enumerate() {
            v.write(s).map_err(|e| e.at_index(i))?;
        }
        s.end_list()
    }
}

impl<T: ReadValue> ReadValue for Vec<T> {
    fn read(d: &mut dyn Deserializer) -> Result<Self, Error> {
        // A `null` in a dense list is dropped, as other SDKs do; a sparse list keeps it.
        let mut out = Vec::new();
        d.read_list(&mut |d| {
            out.extend(T::read_nullable(d)?);
            Ok(())
        })?;
        Ok(out)
    }
    fn zero() -> Self {
        Vec::new()
    }
}

/// A map key: a string, or a generated string enum.
pub trait MapKey: Sized {
    fn as_key(&self) -> &str;
    fn from_key(key: String) -> Self;
}

impl MapKey for String {
    fn as_key(&self) -> &str {
        self
    }
    fn from_key(key: String) -> Self {
        key
    }
}

impl<K: MapKey + Ord, V: WriteValue, S> WriteValue for HashMap<K, V, S> {
    fn write(&self, s: &mut dyn Serializer) -> Result<(), Error> {
        // Sorted, so that the same map always gives the same bytes (and the same signature).
        let mut entries: Vec<(&K, &V)> = self.iter().collect();
        entries.sort_unstable_by(|a, b| a.0.cmp(b.0));
        s.begin_map(entries.len())?;
        for (k, v) in entries {
            s.write_key(k.as_key())?;
            v.write(s).map_err(|e| e.at_key(k.as_key()))?;
        }
        s.end_map()
    }
}

impl<K: MapKey + Eq + Hash, V: ReadValue, S: BuildHasher + Default> ReadValue for HashMap<K, V, S> {
    fn read(d: &mut dyn Deserializer) -> Result<Self, Error> {
        // A `null` value in a dense map drops the entry; a sparse map keeps it.
        let mut out = HashMap::default();
        d.read_map(&mut |k, d| {
            if let Some(v) = V::read_nullable(d)? {
                out.insert(K::from_key(k), v);
            }
            Ok(())
        })?;
        Ok(out)
    }
    fn zero() -> Self {
        HashMap::default()
    }
}

/// Reads a union: `known` builds the value for the index of the member that is set, `unknown` for a
/// member this model does not know (by its wire name).
pub fn read_union<T>(
    d: &mut dyn Deserializer,
    schema: &'static Schema,
    known: impl FnOnce(usize, &mut dyn Deserializer) -> Result<T, Error>,
    unknown: impl FnOnce(String) -> T,
) -> Result<T, Error> {
    let mut known = Some(known);
    let mut unknown = Some(unknown);
    let mut out = None;
    d.read_union(schema, &mut |which, d| {
        out = match which {
            Ok(i) => known.take().map(|f| f(i, d)).transpose()?,
            Err(name) => unknown.take().map(|f| f(name.to_owned())),
        };
        Ok(())
    })?;
    out.ok_or_else(|| {
        Error::new(format!(
            "expected a {} union with one member set",
            schema.name
        ))
    })
}

/// Any value, checked for well-formedness and thrown away.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Skip;

impl ReadValue for Skip {
    fn read(d: &mut dyn Deserializer) -> Result<Self, Error> {
        d.skip().map(|()| Skip)
    }
    fn zero() -> Self {
        Skip
    }
}
