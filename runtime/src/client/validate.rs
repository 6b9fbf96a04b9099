//! Input checks for generated code: `@required` always, `@length`/`@range`/`@pattern` when
//! [`crate::Config::validate_constraints`] is on.

use std::cmp::Ordering;
use std::collections::HashMap;
use std::fmt;
use std::sync::{Arc, OnceLock, RwLock};

/// A constraint the input broke; `path` names the member (`Tags[2].Key`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ValidationError {
    /// Where in the input: the member path (`Tags[2].Key`).
    pub path: String,
    /// What is wrong with it.
    pub message: String,
}

impl fmt::Display for ValidationError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path, self.message)
    }
}

impl std::error::Error for ValidationError {}

fn fail(path: &str, message: String) -> Result<(), ValidationError> {
    Err(ValidationError {
        path: path.to_owned(),
        message,
    })
}

/// `@required`: the member must be set.
pub fn required<T>(value: &Option<T>, path: &str) -> Result<(), ValidationError> {
    match value {
        Some(_) => Ok(()),
        None => fail(path, "is required but was not set".to_owned()),
    }
}

/// What `@length` measures: Unicode scalar values for strings, bytes for blobs, entries for
/// lists and maps.
pub trait Length {
    /// The length the constraint measures: characters for strings, items for collections, bytes for blobs.
    fn smithy_len(&self) -> usize;
}

impl Length for str {
    fn smithy_len(&self) -> usize {
        self.chars().count()
    }
}

impl Length for String {
    fn smithy_len(&self) -> usize {
        self.chars().count()
    }
}

impl<T> Length for [T] {
    fn smithy_len(&self) -> usize {
        self.len()
    }
}

impl<T> Length for Vec<T> {
    fn smithy_len(&self) -> usize {
        self.len()
    }
}

impl<K, V, S> Length for HashMap<K, V, S> {
    fn smithy_len(&self) -> usize {
        self.len()
    }
}

impl<K, V> Length for std::collections::BTreeMap<K, V> {
    fn smithy_len(&self) -> usize {
        self.len()
    }
}

impl Length for crate::types::Blob {
    fn smithy_len(&self) -> usize {
        self.len()
    }
}

impl<T: Length + ?Sized> Length for &T {
    fn smithy_len(&self) -> usize {
        (**self).smithy_len()
    }
}

/// `@length(min, max)`, both inclusive.
pub fn length<L: Length + ?Sized>(
    value: &L,
    min: Option<u64>,
    max: Option<u64>,
    path: &str,
) -> Result<(), ValidationError> {
    let n = value.smithy_len() as u64;
    if let Some(min) = min.filter(|m| n < *m) {
        return fail(path, format!("length {n} is below the minimum {min}"));
    }
    if let Some(max) = max.filter(|m| n > *m) {
        return fail(path, format!("length {n} is above the maximum {max}"));
    }
    Ok(())
}

/// `@range(min, max)`, both inclusive; the bounds have the member's own type. A NaN never
/// satisfies a bound.
pub fn range<T: PartialOrd + fmt::Display + Copy>(
    value: T,
    min: Option<T>,
    max: Option<T>,
    path: &str,
) -> Result<(), ValidationError> {
    if let Some(min) = min.filter(|m| matches!(value.partial_cmp(m), None | Some(Ordering::Less))) {
        return fail(path, format!("{value} is below the minimum {min}"));
    }
    if let Some(max) =
        max.filter(|m| matches!(value.partial_cmp(m), None | Some(Ordering::Greater)))
    {
        return fail(path, format!("{value} is above the maximum {max}"));
    }
    Ok(())
}

type Cache = RwLock<HashMap<&'static str, Option<Arc<regex_lite::Regex>>>>;

fn compiled(pattern: &'static str) -> Option<Arc<regex_lite::Regex>> {
    static CACHE: OnceLock<Cache> = OnceLock::new();
    let cache = CACHE.get_or_init(Default::default);
    if let Some(hit) = cache.read().unwrap_or_else(|p| p.into_inner()).get(pattern) {
        return hit.clone();
    }
    let re = regex_lite::Regex::new(pattern).ok().map(Arc::new);
    cache
        .write()
        .unwrap_or_else(|p| p.into_inner())
        .insert(pattern, re.clone());
    re
}

/// Whether the runtime can check this ECMA-262 pattern (regex-lite has no `\p{..}` classes
/// and no look-around).
pub fn pattern_supported(pattern: &'static str) -> bool {
    compiled(pattern).is_some()
}

/// `@pattern`: the string must contain a match (Smithy patterns are not implicitly anchored).
/// Compiled once per pattern. A pattern the regex engine cannot compile is not checked (the
/// service still validates it); see [`pattern_supported`].
pub fn pattern(value: &str, pattern: &'static str, path: &str) -> Result<(), ValidationError> {
    match compiled(pattern) {
        Some(re) if !re.is_match(value) => {
            fail(path, format!("does not match the pattern `{pattern}`"))
        }
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn required_and_length() {
        assert!(required(&Some(1), "a").is_ok());
        let e = required::<u8>(&None, "Input.BackupId").unwrap_err();
        assert_eq!(e.to_string(), "Input.BackupId: is required but was not set");
        // Four scalar values, eight UTF-8 bytes.
        assert!(length("héé😀", Some(4), Some(4), "s").is_ok());
        assert!(length("héé😀", Some(5), None, "s").is_err());
        assert!(length(&vec![1, 2, 3], None, Some(2), "l").is_err());
        assert!(length(&crate::types::Blob::new(vec![0; 3]), Some(3), Some(3), "b").is_ok());
        assert!(length(&HashMap::<String, u8>::new(), Some(1), None, "m").is_err());
    }

    #[test]
    fn range_bounds() {
        assert!(range(5i32, Some(1), Some(5), "r").is_ok());
        assert!(range(6i64, Some(1), Some(5), "r").is_err());
        assert!(range(0.5f64, Some(1.0), None, "r").is_err());
        assert!(range(f64::NAN, Some(1.0), None, "r").is_err());
        assert!(range(f64::NAN, None, None, "r").is_ok());
    }

    #[test]
    fn patterns() {
        assert!(pattern("backup-0123456789abcdef0", "^(backup-[0-9a-f]{8,})$", "p").is_ok());
        assert!(pattern("nope", "^(backup-[0-9a-f]{8,})$", "p").is_err());
        assert!(pattern("xx1yy", "[0-9]", "p").is_ok(), "not anchored");
        assert!(!pattern_supported("^[\\p{L}]+$") || pattern("abc", "^[\\p{L}]+$", "p").is_ok());
        assert!(
            pattern("anything", "(?=x)", "p").is_ok(),
            "unsupported patterns are skipped"
        );
        assert!(pattern_supported("^a+$"));
    }
}
