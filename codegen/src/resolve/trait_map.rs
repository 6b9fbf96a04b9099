//! [`Traits`], the trait map of every resolved shape and member. Most hold one to three traits and are
//! built once and then only read, so they are a sorted `Vec`: one allocation of the exact size, where a
//! `BTreeMap` node would take about a kilobyte for each of a model's thousands of trait maps.

use std::fmt;

use serde_json::Value;

/// The traits applied to a shape or member, keyed by absolute trait id (`smithy.api#documentation`), kept
/// losslessly as JSON. Annotation traits (`{}`) are kept as an empty object. Iteration is in id order.
/// Typed accessors for the traits the back end needs live in `resolve::traits`.
#[derive(Clone, PartialEq, Default)]
pub struct Traits {
    /// Sorted by id, each id once.
    entries: Vec<(String, Value)>,
}

impl Traits {
    fn find(&self, id: &str) -> Result<usize, usize> {
        self.entries.binary_search_by(|(k, _)| k.as_str().cmp(id))
    }

    pub fn get(&self, id: &str) -> Option<&Value> {
        self.find(id).ok().map(|i| &self.entries[i].1)
    }

    pub fn get_mut(&mut self, id: &str) -> Option<&mut Value> {
        self.find(id).ok().map(|i| &mut self.entries[i].1)
    }

    pub fn has(&self, id: &str) -> bool {
        self.find(id).is_ok()
    }

    /// Sets trait `id`, returning the value it replaced.
    pub fn insert(&mut self, id: String, value: Value) -> Option<Value> {
        match self.find(&id) {
            Ok(i) => Some(std::mem::replace(&mut self.entries[i].1, value)),
            Err(i) => {
                self.entries.insert(i, (id, value));
                None
            }
        }
    }

    pub fn remove(&mut self, id: &str) -> Option<Value> {
        self.find(id).ok().map(|i| self.entries.remove(i).1)
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    pub fn iter(&self) -> impl Iterator<Item = (&String, &Value)> {
        self.entries.iter().map(|(k, v)| (k, v))
    }
}

/// A later value for an id replaces an earlier one, as in a map.
impl FromIterator<(String, Value)> for Traits {
    fn from_iter<I: IntoIterator<Item = (String, Value)>>(iter: I) -> Traits {
        let mut entries: Vec<(String, Value)> = iter.into_iter().collect();
        entries.sort_by(|a, b| a.0.cmp(&b.0));
        // `dedup_by` keeps the first of equal ids; the stable sort left the last one written after it.
        entries.dedup_by(|later, kept| {
            let same = later.0 == kept.0;
            if same {
                std::mem::swap(&mut later.1, &mut kept.1);
            }
            same
        });
        Traits { entries }
    }
}

/// Each entry replaces the trait of the same id, as in a map.
impl Extend<(String, Value)> for Traits {
    fn extend<I: IntoIterator<Item = (String, Value)>>(&mut self, iter: I) {
        if self.entries.is_empty() {
            *self = iter.into_iter().collect();
            return;
        }
        for (k, v) in iter {
            self.insert(k, v);
        }
    }
}

impl IntoIterator for Traits {
    type Item = (String, Value);
    type IntoIter = std::vec::IntoIter<(String, Value)>;

    fn into_iter(self) -> Self::IntoIter {
        self.entries.into_iter()
    }
}

impl<'a> IntoIterator for &'a Traits {
    type Item = (&'a String, &'a Value);
    type IntoIter = std::iter::Map<
        std::slice::Iter<'a, (String, Value)>,
        fn(&'a (String, Value)) -> (&'a String, &'a Value),
    >;

    fn into_iter(self) -> Self::IntoIter {
        self.entries.iter().map(|(k, v)| (k, v))
    }
}

/// As the `BTreeMap` it replaced printed: `Traits({"id": value, ...})`.
impl fmt::Debug for Traits {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        struct Entries<'a>(&'a Traits);
        impl fmt::Debug for Entries<'_> {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.debug_map().entries(self.0.iter()).finish()
            }
        }
        f.debug_tuple("Traits").field(&Entries(self)).finish()
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    #[test]
    fn behaves_as_a_map() {
        let mut t: Traits = [
            ("b".to_string(), json!(1)),
            ("a".to_string(), json!(2)),
            ("b".to_string(), json!(3)),
        ]
        .into_iter()
        .collect();
        assert_eq!(
            t.iter().map(|(k, _)| k.as_str()).collect::<Vec<_>>(),
            ["a", "b"]
        );
        assert_eq!(t.get("b"), Some(&json!(3)));
        assert_eq!(t.insert("c".into(), json!(4)), None);
        assert_eq!(t.insert("a".into(), json!(5)), Some(json!(2)));
        t.extend([("b".to_string(), json!(6)), ("0".to_string(), json!(7))]);
        assert_eq!(
            format!("{t:?}"),
            r#"Traits({"0": Number(7), "a": Number(5), "b": Number(6), "c": Number(4)})"#
        );
        assert_eq!(t.remove("a"), Some(json!(5)));
        assert!(!t.has("a") && t.has("c") && t.len() == 3);
    }
}
