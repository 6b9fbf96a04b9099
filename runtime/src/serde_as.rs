//! Composable serde adapters for fields whose default serde is wrong on the wire:
//! `#[serde(with = "rt::serde_as::As::<rt::serde_as::Option<rt::serde_as::DateTimeStr>>")]`.
//!
//! An adapter `X` implements [`SerializeAs<T>`]/[`DeserializeAs<T>`] for the field type `T`;
//! the combinators (`Option`, `Vec`, `HashMap`, `BTreeMap`, `Sparse`) apply an adapter inside a
//! container, so any nesting of lists and maps works.

use crate::types::DateTime;
use serde::de::{Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
use serde::ser::{Serialize, SerializeMap, SerializeSeq, Serializer};
use std::fmt;
use std::hash::{BuildHasher, Hash};
use std::marker::PhantomData;

/// Serializes a `T` the way adapter `Self` says.
pub trait SerializeAs<T: ?Sized> {
    fn serialize_as<S: Serializer>(source: &T, serializer: S) -> Result<S::Ok, S::Error>;
}

/// Deserializes a `T` the way adapter `Self` says.
pub trait DeserializeAs<'de, T>: Sized {
    fn deserialize_as<D: Deserializer<'de>>(deserializer: D) -> Result<T, D::Error>;
}

/// The entry point for `#[serde(with = "As::<X>")]`.
pub struct As<X: ?Sized>(PhantomData<X>);

impl<X: ?Sized> As<X> {
    pub fn serialize<S: Serializer, T: ?Sized>(value: &T, serializer: S) -> Result<S::Ok, S::Error>
    where
        X: SerializeAs<T>,
    {
        X::serialize_as(value, serializer)
    }

    pub fn deserialize<'de, D: Deserializer<'de>, T>(deserializer: D) -> Result<T, D::Error>
    where
        X: DeserializeAs<'de, T>,
    {
        X::deserialize_as(deserializer)
    }
}

/// Lets an adapted value be handed to serde as an ordinary `Serialize`.
struct SerWith<'a, T: ?Sized, X: ?Sized>(&'a T, PhantomData<X>);

impl<T: ?Sized, X: SerializeAs<T> + ?Sized> Serialize for SerWith<'_, T, X> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        X::serialize_as(self.0, s)
    }
}

/// Lets an adapted value be asked of serde as an ordinary `Deserialize`.
struct DeWith<T, X>(T, PhantomData<X>);

impl<'de, T, X: DeserializeAs<'de, T>> Deserialize<'de> for DeWith<T, X> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        X::deserialize_as(d).map(|v| DeWith(v, PhantomData))
    }
}

/// The type's own serde impl (for nesting: `Vec<Same>`).
pub struct Same;

impl<T: Serialize + ?Sized> SerializeAs<T> for Same {
    fn serialize_as<S: Serializer>(v: &T, s: S) -> Result<S::Ok, S::Error> {
        v.serialize(s)
    }
}

impl<'de, T: Deserialize<'de>> DeserializeAs<'de, T> for Same {
    fn deserialize_as<D: Deserializer<'de>>(d: D) -> Result<T, D::Error> {
        T::deserialize(d)
    }
}

/// `DateTime` as epoch seconds (a number, fraction allowed); the same as `DateTime`'s own serde.
pub struct EpochSeconds;

impl SerializeAs<DateTime> for EpochSeconds {
    fn serialize_as<S: Serializer>(v: &DateTime, s: S) -> Result<S::Ok, S::Error> {
        crate::types::datetime_serde::serialize_epoch_seconds(v, s)
    }
}

impl<'de> DeserializeAs<'de, DateTime> for EpochSeconds {
    fn deserialize_as<D: Deserializer<'de>>(d: D) -> Result<DateTime, D::Error> {
        crate::types::datetime_serde::deserialize_epoch_seconds(d)
    }
}

struct StrVisitor<F>(&'static str, F);

impl<F: FnOnce(&str) -> Result<DateTime, crate::types::DateTimeError>> Visitor<'_>
    for StrVisitor<F>
{
    type Value = DateTime;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.0)
    }
    fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<DateTime, E> {
        (self.1)(v).map_err(E::custom)
    }
}

/// `DateTime` as an RFC 3339 string (`timestampFormat: "date-time"`).
pub struct DateTimeStr;

impl SerializeAs<DateTime> for DateTimeStr {
    fn serialize_as<S: Serializer>(v: &DateTime, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&v.fmt_rfc3339())
    }
}

impl<'de> DeserializeAs<'de, DateTime> for DateTimeStr {
    fn deserialize_as<D: Deserializer<'de>>(d: D) -> Result<DateTime, D::Error> {
        d.deserialize_str(StrVisitor(
            "an RFC 3339 date-time string",
            DateTime::parse_rfc3339,
        ))
    }
}

/// `DateTime` as an IMF-fixdate string (`timestampFormat: "http-date"`).
pub struct HttpDate;

impl SerializeAs<DateTime> for HttpDate {
    fn serialize_as<S: Serializer>(v: &DateTime, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&v.fmt_http_date())
    }
}

impl<'de> DeserializeAs<'de, DateTime> for HttpDate {
    fn deserialize_as<D: Deserializer<'de>>(d: D) -> Result<DateTime, D::Error> {
        d.deserialize_str(StrVisitor("an HTTP date string", DateTime::parse_http_date))
    }
}

/// `f32`/`f64` with `NaN`, `Infinity` and `-Infinity` as JSON strings (awsJson non-numeric floats).
pub struct Float;

fn non_numeric(v: f64) -> std::option::Option<&'static str> {
    if v.is_nan() {
        Some("NaN")
    } else if v == f64::INFINITY {
        Some("Infinity")
    } else if v == f64::NEG_INFINITY {
        Some("-Infinity")
    } else {
        None
    }
}

struct FloatVisitor;

impl Visitor<'_> for FloatVisitor {
    type Value = f64;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a number or one of \"NaN\", \"Infinity\", \"-Infinity\"")
    }
    fn visit_f64<E: serde::de::Error>(self, v: f64) -> Result<f64, E> {
        Ok(v)
    }
    fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<f64, E> {
        Ok(v as f64)
    }
    fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<f64, E> {
        Ok(v as f64)
    }
    fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<f64, E> {
        match v {
            "NaN" => Ok(f64::NAN),
            "Infinity" => Ok(f64::INFINITY),
            "-Infinity" => Ok(f64::NEG_INFINITY),
            other => Err(E::invalid_value(serde::de::Unexpected::Str(other), &self)),
        }
    }
}

impl SerializeAs<f64> for Float {
    fn serialize_as<S: Serializer>(v: &f64, s: S) -> Result<S::Ok, S::Error> {
        match non_numeric(*v) {
            Some(text) => s.serialize_str(text),
            None => s.serialize_f64(*v),
        }
    }
}

impl<'de> DeserializeAs<'de, f64> for Float {
    fn deserialize_as<D: Deserializer<'de>>(d: D) -> Result<f64, D::Error> {
        d.deserialize_any(FloatVisitor)
    }
}

impl SerializeAs<f32> for Float {
    fn serialize_as<S: Serializer>(v: &f32, s: S) -> Result<S::Ok, S::Error> {
        match non_numeric(f64::from(*v)) {
            Some(text) => s.serialize_str(text),
            None => s.serialize_f32(*v),
        }
    }
}

impl<'de> DeserializeAs<'de, f32> for Float {
    fn deserialize_as<D: Deserializer<'de>>(d: D) -> Result<f32, D::Error> {
        // Out-of-range doubles become infinities, as an IEEE narrowing does.
        d.deserialize_any(FloatVisitor).map(|v| v as f32)
    }
}

/// `Option<T>` with the adapter applied to the value.
pub struct Option<X>(PhantomData<X>);

impl<T, X: SerializeAs<T>> SerializeAs<std::option::Option<T>> for Option<X> {
    fn serialize_as<S: Serializer>(v: &std::option::Option<T>, s: S) -> Result<S::Ok, S::Error> {
        match v {
            Some(v) => s.serialize_some(&SerWith::<T, X>(v, PhantomData)),
            None => s.serialize_none(),
        }
    }
}

impl<'de, T, X: DeserializeAs<'de, T>> DeserializeAs<'de, std::option::Option<T>> for Option<X> {
    fn deserialize_as<D: Deserializer<'de>>(d: D) -> Result<std::option::Option<T>, D::Error> {
        std::option::Option::<DeWith<T, X>>::deserialize(d).map(|o| o.map(|w| w.0))
    }
}

/// The element of a sparse list or map: `null` is kept as `None`. Same wire form as `Option<X>`;
/// the separate name keeps generated code self-describing.
pub struct Sparse<X>(PhantomData<X>);

impl<T, X: SerializeAs<T>> SerializeAs<std::option::Option<T>> for Sparse<X> {
    fn serialize_as<S: Serializer>(v: &std::option::Option<T>, s: S) -> Result<S::Ok, S::Error> {
        Option::<X>::serialize_as(v, s)
    }
}

impl<'de, T, X: DeserializeAs<'de, T>> DeserializeAs<'de, std::option::Option<T>> for Sparse<X> {
    fn deserialize_as<D: Deserializer<'de>>(d: D) -> Result<std::option::Option<T>, D::Error> {
        Option::<X>::deserialize_as(d)
    }
}

/// `Vec<T>` with the adapter applied to each element.
pub struct Vec<X>(PhantomData<X>);

impl<T, X: SerializeAs<T>> SerializeAs<std::vec::Vec<T>> for Vec<X> {
    fn serialize_as<S: Serializer>(v: &std::vec::Vec<T>, s: S) -> Result<S::Ok, S::Error> {
        let mut seq = s.serialize_seq(Some(v.len()))?;
        for item in v {
            seq.serialize_element(&SerWith::<T, X>(item, PhantomData))?;
        }
        seq.end()
    }
}

impl<'de, T, X: DeserializeAs<'de, T>> DeserializeAs<'de, std::vec::Vec<T>> for Vec<X> {
    fn deserialize_as<D: Deserializer<'de>>(d: D) -> Result<std::vec::Vec<T>, D::Error> {
        struct V<T, X>(PhantomData<(T, X)>);
        impl<'de, T, X: DeserializeAs<'de, T>> Visitor<'de> for V<T, X> {
            type Value = std::vec::Vec<T>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a list")
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
                // A hostile size hint must not make us allocate gigabytes up front.
                let mut out = std::vec::Vec::with_capacity(seq.size_hint().unwrap_or(0).min(1024));
                while let Some(DeWith(v, _)) = seq.next_element::<DeWith<T, X>>()? {
                    out.push(v);
                }
                Ok(out)
            }
        }
        d.deserialize_seq(V::<T, X>(PhantomData))
    }
}

fn serialize_map<'a, S, K, V, X, I>(len: usize, entries: I, s: S) -> Result<S::Ok, S::Error>
where
    S: Serializer,
    K: Serialize + 'a,
    V: 'a,
    X: SerializeAs<V>,
    I: Iterator<Item = (&'a K, &'a V)>,
{
    let mut map = s.serialize_map(Some(len))?;
    for (k, v) in entries {
        map.serialize_entry(k, &SerWith::<V, X>(v, PhantomData))?;
    }
    map.end()
}

struct MapVisitor<M, K, V, X>(PhantomData<(M, K, V, X)>);

impl<'de, M, K, V, X> Visitor<'de> for MapVisitor<M, K, V, X>
where
    M: Default + Extend<(K, V)>,
    K: Deserialize<'de>,
    X: DeserializeAs<'de, V>,
{
    type Value = M;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a map")
    }
    fn visit_map<A: MapAccess<'de>>(self, mut access: A) -> Result<M, A::Error> {
        let mut out = M::default();
        while let Some((k, DeWith(v, _))) = access.next_entry::<K, DeWith<V, X>>()? {
            out.extend(Some((k, v)));
        }
        Ok(out)
    }
}

/// `HashMap<K, V>` with the adapter applied to each value.
pub struct HashMap<K, X>(PhantomData<(K, X)>);

impl<K: Serialize, V, X: SerializeAs<V>, H> SerializeAs<std::collections::HashMap<K, V, H>>
    for HashMap<K, X>
{
    fn serialize_as<S: Serializer>(
        v: &std::collections::HashMap<K, V, H>,
        s: S,
    ) -> Result<S::Ok, S::Error> {
        serialize_map::<S, K, V, X, _>(v.len(), v.iter(), s)
    }
}

impl<'de, K, V, X, H> DeserializeAs<'de, std::collections::HashMap<K, V, H>> for HashMap<K, X>
where
    K: Deserialize<'de> + Eq + Hash,
    X: DeserializeAs<'de, V>,
    H: BuildHasher + Default,
{
    fn deserialize_as<D: Deserializer<'de>>(
        d: D,
    ) -> Result<std::collections::HashMap<K, V, H>, D::Error> {
        d.deserialize_map(MapVisitor::<std::collections::HashMap<K, V, H>, K, V, X>(
            PhantomData,
        ))
    }
}

/// `BTreeMap<K, V>` with the adapter applied to each value.
pub struct BTreeMap<K, X>(PhantomData<(K, X)>);

impl<K: Serialize, V, X: SerializeAs<V>> SerializeAs<std::collections::BTreeMap<K, V>>
    for BTreeMap<K, X>
{
    fn serialize_as<S: Serializer>(
        v: &std::collections::BTreeMap<K, V>,
        s: S,
    ) -> Result<S::Ok, S::Error> {
        serialize_map::<S, K, V, X, _>(v.len(), v.iter(), s)
    }
}

impl<'de, K, V, X> DeserializeAs<'de, std::collections::BTreeMap<K, V>> for BTreeMap<K, X>
where
    K: Deserialize<'de> + Ord,
    X: DeserializeAs<'de, V>,
{
    fn deserialize_as<D: Deserializer<'de>>(
        d: D,
    ) -> Result<std::collections::BTreeMap<K, V>, D::Error> {
        d.deserialize_map(MapVisitor::<std::collections::BTreeMap<K, V>, K, V, X>(
            PhantomData,
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::As;
    use crate::types::DateTime;
    use serde::{Deserialize, Serialize};
    use std::collections::{BTreeMap, HashMap};

    #[derive(Serialize, Deserialize, Debug, PartialEq)]
    struct S {
        #[serde(with = "As::<super::Float>")]
        f: f64,
        #[serde(with = "As::<super::Float>")]
        g: f32,
        #[serde(
            default,
            skip_serializing_if = "Option::is_none",
            with = "As::<super::Option<super::DateTimeStr>>"
        )]
        t: Option<DateTime>,
        #[serde(default, with = "As::<super::Vec<super::HttpDate>>")]
        dates: Vec<DateTime>,
        #[serde(
            default,
            with = "As::<super::BTreeMap<String, super::Vec<super::Sparse<super::Float>>>>"
        )]
        nested: BTreeMap<String, Vec<Option<f64>>>,
        #[serde(default, with = "As::<super::HashMap<String, super::EpochSeconds>>")]
        epoch: HashMap<String, DateTime>,
        #[serde(with = "As::<super::Vec<super::Same>>")]
        plain: Vec<u8>,
    }

    #[test]
    fn round_trip() {
        let s = S {
            f: f64::NEG_INFINITY,
            g: 1.5,
            t: Some(DateTime::from_secs(1_398_796_238)),
            dates: vec![DateTime::from_secs(0)],
            nested: BTreeMap::from([("k".to_owned(), vec![Some(f64::INFINITY), None, Some(2.0)])]),
            epoch: HashMap::from([(
                "e".to_owned(),
                DateTime::from_secs_and_nanos(1, 500_000_000),
            )]),
            plain: vec![1, 2],
        };
        let json = serde_json::to_string(&s).unwrap();
        assert_eq!(
            json,
            r#"{"f":"-Infinity","g":1.5,"t":"2014-04-29T18:30:38Z","dates":["Thu, 01 Jan 1970 00:00:00 GMT"],"nested":{"k":["Infinity",null,2.0]},"epoch":{"e":1.5},"plain":[1,2]}"#
        );
        let back: S = serde_json::from_str(&json).unwrap();
        assert_eq!(back, s);
    }

    #[test]
    fn nan_and_absent() {
        let s: S = serde_json::from_str(r#"{"f":"NaN","g":"Infinity","plain":[]}"#).unwrap();
        assert!(s.f.is_nan());
        assert_eq!(s.g, f32::INFINITY);
        assert_eq!(s.t, None);
        assert_eq!(
            serde_json::to_string(&s).unwrap(),
            r#"{"f":"NaN","g":"Infinity","dates":[],"nested":{},"epoch":{},"plain":[]}"#
        );
    }

    #[test]
    fn hostile_input_errors() {
        for bad in [
            r#"{"f":"nan","g":1,"plain":[]}"#,
            r#"{"f":1,"g":1,"t":12,"plain":[]}"#,
            r#"{"f":1,"g":1,"t":"yesterday","plain":[]}"#,
            r#"{"f":1,"g":1,"dates":[1],"plain":[]}"#,
            r#"{"f":1,"g":1,"nested":{"k":["x"]},"plain":[]}"#,
            r#"{"f":1,"g":1,"epoch":{"e":"1"},"plain":[]}"#,
            r#"{"f":1,"g":1,"epoch":{"e":1e400},"plain":[]}"#,
            r#"{"f":[],"g":1,"plain":[]}"#,
        ] {
            assert!(serde_json::from_str::<S>(bad).is_err(), "{bad}");
        }
    }
}
