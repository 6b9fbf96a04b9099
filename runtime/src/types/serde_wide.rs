//! serde `Deserialize` for the structures too wide for serde's derive (generated crates switch above 256
//! members). The derive gives every member a local of its own and spells the name match out in several
//! functions as large as the structure; rustc's time and memory on those grow faster than the member count
//! (4,000 members: 30 s and 2 GB for `cargo check`). Here the member names are binary-searched in a sorted
//! table, and the generated code only stores a value by member index, in functions of at most 256 members.

use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
use std::fmt;
use std::marker::PhantomData;

/// The members of a wide structure as the generated code describes them: a value that collects them one
/// by one (every member `Option`al until the generated code builds the structure from it and checks the
/// required ones).
pub trait WideStruct: Default {
    /// The structure's name, for serde's `deserialize_struct`.
    const NAME: &'static str;
    /// The members' serde names in declaration order.
    const FIELDS: &'static [&'static str];
    /// The members' serde names sorted, each with its index in [`WideStruct::FIELDS`].
    const SORTED: &'static [(&'static str, usize)];
    /// Reads the value of member `index` (in declaration order) from `value`.
    fn read<'de, D: Deserializer<'de>>(&mut self, index: usize, value: D) -> Result<(), D::Error>;
}

/// Reads a wide structure's members from a serde map (or, for formats that write structures as
/// sequences, a sequence in declaration order); unknown members are skipped, as the derive does.
pub fn deserialize_wide<'de, D: Deserializer<'de>, T: WideStruct>(d: D) -> Result<T, D::Error> {
    d.deserialize_struct(T::NAME, T::FIELDS, Members::<T>(PhantomData))
}

struct Members<T>(PhantomData<T>);

impl<'de, T: WideStruct> Visitor<'de> for Members<T> {
    type Value = T;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "the structure {}", T::NAME)
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<T, A::Error> {
        let mut out = T::default();
        let mut seen = vec![false; T::FIELDS.len()];
        while let Some(key) = map.next_key_seed(Key(T::SORTED))? {
            match key {
                Some(i) if std::mem::replace(&mut seen[i], true) => {
                    return Err(de::Error::duplicate_field(T::FIELDS[i]));
                }
                Some(i) => map.next_value_seed(Member(&mut out, i))?,
                None => {
                    map.next_value::<de::IgnoredAny>()?;
                }
            }
        }
        Ok(out)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<T, A::Error> {
        let mut out = T::default();
        for i in 0..T::FIELDS.len() {
            if seq.next_element_seed(Member(&mut out, i))?.is_none() {
                return Err(de::Error::invalid_length(i, &self));
            }
        }
        Ok(out)
    }
}

/// A member name: its index in declaration order, `None` for a name the structure does not have.
struct Key(&'static [(&'static str, usize)]);

impl Key {
    fn find(&self, name: &str) -> Option<usize> {
        let at = self.0.binary_search_by(|(n, _)| (*n).cmp(name)).ok()?;
        Some(self.0[at].1)
    }
}

impl<'de> DeserializeSeed<'de> for Key {
    type Value = Option<usize>;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Option<usize>, D::Error> {
        d.deserialize_identifier(self)
    }
}

impl Visitor<'_> for Key {
    type Value = Option<usize>;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a member name")
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<Option<usize>, E> {
        Ok(self.find(v))
    }
    fn visit_bytes<E: de::Error>(self, v: &[u8]) -> Result<Option<usize>, E> {
        Ok(std::str::from_utf8(v).ok().and_then(|v| self.find(v)))
    }
    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Option<usize>, E> {
        Ok(usize::try_from(v).ok().filter(|&i| i < self.0.len()))
    }
}

/// The value of member `.1`, stored into `.0`.
struct Member<'a, T>(&'a mut T, usize);

impl<'de, T: WideStruct> DeserializeSeed<'de> for Member<'_, T> {
    type Value = ();
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        self.0.read(self.1, d)
    }
}
