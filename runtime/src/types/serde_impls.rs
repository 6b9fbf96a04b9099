//! serde for the wire types, behind the `serde` feature: what generated crates use when their own
//! `serde` feature derives `Serialize`/`Deserialize` on the public types. This is a convenience form
//! (timestamps as RFC 3339 text, blobs as base64, big numbers as their exact text), not a wire format:
//! the protocols go through [`crate::codec`].

use super::{BigDecimal, BigInteger, Blob, ByteStream, DateTime, Document, Number};
use serde::de::{self, Deserializer, MapAccess, SeqAccess, Visitor};
use serde::ser::{SerializeMap, SerializeSeq, Serializer};
use serde::{Deserialize, Serialize};
use std::fmt;

impl Serialize for DateTime {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.fmt_rfc3339())
    }
}

impl<'de> Deserialize<'de> for DateTime {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl Visitor<'_> for V {
            type Value = DateTime;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("an RFC 3339 date-time or epoch seconds")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<DateTime, E> {
                DateTime::parse_rfc3339(v).map_err(E::custom)
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<DateTime, E> {
                Ok(DateTime::from_secs(v))
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<DateTime, E> {
                i64::try_from(v).map(DateTime::from_secs).map_err(E::custom)
            }
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<DateTime, E> {
                DateTime::from_secs_f64(v).map_err(E::custom)
            }
        }
        d.deserialize_any(V)
    }
}

impl Serialize for Blob {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.to_base64())
    }
}

impl<'de> Deserialize<'de> for Blob {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = <std::borrow::Cow<'de, str>>::deserialize(d)?;
        Blob::from_base64(&text).map_err(de::Error::custom)
    }
}

/// The same form as a [`Blob`]: the bytes in base64. Only a stream held in memory has that form; a
/// file, a reader or a response body is an error (collect it first).
impl Serialize for ByteStream {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self.as_blob() {
            Some(b) => b.serialize(s),
            None => Err(serde::ser::Error::custom(
                "a streaming body that is not in memory cannot be serialized; collect it first",
            )),
        }
    }
}

impl<'de> Deserialize<'de> for ByteStream {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        Blob::deserialize(d).map(ByteStream::from)
    }
}

macro_rules! big_number_serde {
    ($name:ident) => {
        impl Serialize for $name {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.as_str())
            }
        }

        impl<'de> Deserialize<'de> for $name {
            fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let text = <std::borrow::Cow<'de, str>>::deserialize(d)?;
                $name::parse(&text).map_err(de::Error::custom)
            }
        }
    };
}
big_number_serde!(BigInteger);
big_number_serde!(BigDecimal);

impl Serialize for Document {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Document::Null => s.serialize_unit(),
            Document::Bool(b) => s.serialize_bool(*b),
            Document::Number(Number::PosInt(v)) => s.serialize_u64(*v),
            Document::Number(Number::NegInt(v)) => s.serialize_i64(*v),
            Document::Number(Number::Float(v)) => s.serialize_f64(*v),
            Document::String(v) => s.serialize_str(v),
            Document::Array(items) => {
                let mut seq = s.serialize_seq(Some(items.len()))?;
                for item in items {
                    seq.serialize_element(item)?;
                }
                seq.end()
            }
            Document::Object(members) => {
                let mut map = s.serialize_map(Some(members.len()))?;
                for (k, v) in members {
                    map.serialize_entry(k, v)?;
                }
                map.end()
            }
        }
    }
}

impl<'de> Deserialize<'de> for Document {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Document;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("any JSON value")
            }
            fn visit_unit<E>(self) -> Result<Document, E> {
                Ok(Document::Null)
            }
            fn visit_none<E>(self) -> Result<Document, E> {
                Ok(Document::Null)
            }
            fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Document, D::Error> {
                Document::deserialize(d)
            }
            fn visit_bool<E>(self, v: bool) -> Result<Document, E> {
                Ok(Document::Bool(v))
            }
            fn visit_u64<E>(self, v: u64) -> Result<Document, E> {
                Ok(Document::Number(Number::PosInt(v)))
            }
            fn visit_i64<E>(self, v: i64) -> Result<Document, E> {
                Ok(Document::from(v))
            }
            fn visit_f64<E>(self, v: f64) -> Result<Document, E> {
                Ok(Document::Number(Number::Float(v)))
            }
            fn visit_str<E>(self, v: &str) -> Result<Document, E> {
                Ok(Document::String(v.to_owned()))
            }
            fn visit_string<E>(self, v: String) -> Result<Document, E> {
                Ok(Document::String(v))
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Document, A::Error> {
                let mut items = Vec::new();
                while let Some(item) = seq.next_element()? {
                    items.push(item);
                }
                Ok(Document::Array(items))
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Document, A::Error> {
                let mut members = std::collections::BTreeMap::new();
                while let Some((k, v)) = map.next_entry::<String, Document>()? {
                    members.insert(k, v);
                }
                Ok(Document::Object(members))
            }
        }
        d.deserialize_any(V)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_through_serde_json() {
        let t = DateTime::from_secs_and_nanos(1_398_796_238, 5_000_000);
        let text = serde_json::to_string(&t).unwrap();
        assert_eq!(text, "\"2014-04-29T18:30:38.005Z\"");
        assert_eq!(serde_json::from_str::<DateTime>(&text).unwrap(), t);
        assert_eq!(
            serde_json::from_str::<DateTime>("1398796238")
                .unwrap()
                .secs(),
            1_398_796_238
        );
        let b = Blob::new(b"hi".to_vec());
        assert_eq!(
            serde_json::from_str::<Blob>(&serde_json::to_string(&b).unwrap()).unwrap(),
            b
        );
        let big = BigInteger::parse("123456789012345678901234567890").unwrap();
        assert_eq!(
            serde_json::to_string(&big).unwrap(),
            "\"123456789012345678901234567890\""
        );
        let doc: Document = serde_json::from_str(r#"{"a":[1,-2,2.5,"x",null,true]}"#).unwrap();
        assert_eq!(
            serde_json::to_string(&doc).unwrap(),
            r#"{"a":[1,-2,2.5,"x",null,true]}"#
        );
    }
}
