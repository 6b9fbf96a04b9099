//! Member-by-member comparison of any two values the codecs can write: each is written into a
//! [`Captured`] tree by a [`Serializer`](crate::codec::Serializer) of its own, so every generated type compares through the code
//! it already has ([`WriteValue`]), with no `PartialEq` of its own involved. That matters in three
//! places: floats compare NaN-aware (`NaN` equals `NaN`, which `PartialEq` denies), an error's
//! [`ErrorMeta`](crate::types::ErrorMeta) is not a member and so never compared, and a difference is
//! reported with its path (`Nested.List[2]`) instead of two whole `Debug` dumps.

use crate::codec::WriteValue;
pub use crate::codec::capture::{Captured, capture};
use crate::types::{Document, Number};
use std::fmt::Write as _;

/// Every difference between `expected` and `actual`, one line each with its path; empty when they are
/// the same value.
pub fn differences(expected: &dyn WriteValue, actual: &dyn WriteValue) -> Vec<String> {
    match (capture(expected), capture(actual)) {
        (Ok(e), Ok(a)) => {
            let mut out = Vec::new();
            diff(&mut String::from("value"), &e, &a, &mut out);
            out
        }
        (Err(e), _) => vec![format!("the expected value cannot be written: {e}")],
        (_, Err(e)) => vec![format!("the actual value cannot be written: {e}")],
    }
}

/// Panics with every difference when `actual` is not `expected`, member by member.
#[track_caller]
pub fn assert_same(expected: &dyn WriteValue, actual: &dyn WriteValue) {
    let diffs = differences(expected, actual);
    if !diffs.is_empty() {
        panic!(
            "the value differs from the expected one:\n  {}",
            diffs.join("\n  ")
        );
    }
}

fn floats_equal(a: f64, b: f64) -> bool {
    (a.is_nan() && b.is_nan()) || a == b
}

/// Document numbers are equal when both are the same integer or, otherwise, the same `f64`: `1` and
/// `1.0` are one JSON value.
pub(super) fn numbers_equal(a: &Number, b: &Number) -> bool {
    match (a, b) {
        (Number::Float(_), _) | (_, Number::Float(_)) => floats_equal(a.as_f64(), b.as_f64()),
        (Number::PosInt(x), Number::PosInt(y)) => x == y,
        (Number::NegInt(x), Number::NegInt(y)) => x == y,
        _ => false,
    }
}

/// Documents compared as values (NaN-aware numbers), each difference with its path.
pub(super) fn diff_documents(path: &mut String, e: &Document, a: &Document, out: &mut Vec<String>) {
    match (e, a) {
        (Document::Number(x), Document::Number(y)) if numbers_equal(x, y) => {}
        (Document::Array(x), Document::Array(y)) if x.len() == y.len() => {
            for (i, (x, y)) in x.iter().zip(y).enumerate() {
                let len = path.len();
                let _ = write!(path, "[{i}]");
                diff_documents(path, x, y, out);
                path.truncate(len);
            }
        }
        (Document::Object(x), Document::Object(y)) => {
            for (k, xv) in x {
                let len = path.len();
                let _ = write!(path, ".{k}");
                match y.get(k) {
                    Some(yv) => diff_documents(path, xv, yv, out),
                    None => out.push(format!("{}: missing (expected {xv:?})", path)),
                }
                path.truncate(len);
            }
            for (k, yv) in y {
                if !x.contains_key(k) {
                    out.push(format!("{}.{k}: unexpected {yv:?}", path));
                }
            }
        }
        _ if e == a => {}
        _ => out.push(format!("{}: expected {e:?}, got {a:?}", path)),
    }
}

/// [`diff`] one level down, at `path` + `seg`.
fn nest(
    path: &mut String,
    seg: std::fmt::Arguments<'_>,
    e: &Captured,
    a: &Captured,
    out: &mut Vec<String>,
) {
    let len = path.len();
    let _ = path.write_fmt(seg);
    diff(path, e, a, out);
    path.truncate(len);
}

fn diff(path: &mut String, e: &Captured, a: &Captured, out: &mut Vec<String>) {
    match (e, a) {
        (Captured::Null, Captured::Null) => {}
        (Captured::Bool(x), Captured::Bool(y)) if x == y => {}
        (Captured::Int(x), Captured::Int(y)) if x == y => {}
        (Captured::Float(x), Captured::Float(y)) if floats_equal(*x, *y) => {}
        (Captured::String(x), Captured::String(y)) if x == y => {}
        (Captured::Blob(x), Captured::Blob(y)) if x == y => {}
        (Captured::Timestamp(x), Captured::Timestamp(y)) if x == y => {}
        (Captured::BigNumber(x), Captured::BigNumber(y)) if x == y => {}
        (Captured::Document(x), Captured::Document(y)) => diff_documents(path, x, y, out),
        (
            Captured::Struct {
                name: en,
                members: em,
            },
            Captured::Struct {
                name: an,
                members: am,
            },
        ) if en == an => {
            for (name, ev) in em {
                match am.iter().find(|(n, _)| n == name) {
                    Some((_, av)) => nest(path, format_args!(".{name}"), ev, av, out),
                    None => out.push(format!("{}.{name}: missing (expected {ev:?})", path)),
                }
            }
            for (name, av) in am {
                if !em.iter().any(|(n, _)| n == name) {
                    out.push(format!("{}.{name}: unexpected {av:?}", path));
                }
            }
        }
        (
            Captured::Union {
                name: en,
                member: emem,
                value: ev,
            },
            Captured::Union {
                name: an,
                member: amem,
                value: av,
            },
        ) if en == an && emem == amem => nest(path, format_args!(".{emem}"), ev, av, out),
        (Captured::List(x), Captured::List(y)) if x.len() == y.len() => {
            for (i, (x, y)) in x.iter().zip(y).enumerate() {
                nest(path, format_args!("[{i}]"), x, y, out);
            }
        }
        (Captured::Map(x), Captured::Map(y)) => {
            for (k, xv) in x {
                match y.iter().find(|(yk, _)| yk == k) {
                    Some((_, yv)) => nest(path, format_args!("[{k:?}]"), xv, yv, out),
                    None => out.push(format!("{}[{k:?}]: missing (expected {xv:?})", path)),
                }
            }
            for (k, yv) in y {
                if !x.iter().any(|(xk, _)| xk == k) {
                    out.push(format!("{}[{k:?}]: unexpected {yv:?}", path));
                }
            }
        }
        _ => out.push(format!("{}: expected {e:?}, got {a:?}", path)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::codec::{Error, Serializer};
    use crate::schema::{Member, Schema};
    use std::collections::HashMap;

    static POINT: Schema = Schema::new("Point", &[Member::new("X"), Member::new("Tags")]);

    struct Point {
        x: Option<f64>,
        tags: Option<HashMap<String, Vec<i32>>>,
    }

    impl WriteValue for Point {
        fn write(&self, s: &mut dyn Serializer) -> Result<(), Error> {
            s.write_struct(&POINT, &[&self.x, &self.tags])
        }
    }

    fn point(x: Option<f64>, tags: &[(&str, &[i32])]) -> Point {
        Point {
            x,
            tags: (!tags.is_empty()).then(|| {
                tags.iter()
                    .map(|(k, v)| (k.to_string(), v.to_vec()))
                    .collect()
            }),
        }
    }

    #[test]
    fn nan_equals_nan_and_nothing_else() {
        assert!(differences(&point(Some(f64::NAN), &[]), &point(Some(f64::NAN), &[])).is_empty());
        assert_eq!(
            differences(&point(Some(f64::NAN), &[]), &point(Some(1.0), &[])),
            ["value.X: expected Float(NaN), got Float(1.0)"]
        );
        assert!(differences(&point(Some(-0.0), &[]), &point(Some(0.0), &[])).is_empty());
    }

    #[test]
    fn differences_name_their_path() {
        let e = point(None, &[("a", &[1, 2]), ("b", &[3])]);
        let a = point(Some(2.5), &[("a", &[1, 5]), ("c", &[3])]);
        assert_eq!(
            differences(&e, &a),
            [
                "value.Tags[\"a\"][1]: expected Int(2), got Int(5)",
                "value.Tags[\"b\"]: missing (expected List([Int(3)]))",
                "value.Tags[\"c\"]: unexpected List([Int(3)])",
                "value.X: unexpected Float(2.5)",
            ]
        );
    }

    #[test]
    fn lists_of_different_lengths_differ() {
        let d = differences(&vec![1i32, 2], &vec![1i32]);
        assert_eq!(
            d,
            ["value: expected List([Int(1), Int(2)]), got List([Int(1)])"]
        );
    }

    #[test]
    fn documents_compare_as_values() {
        let one = Document::Number(Number::PosInt(1));
        let one_f = Document::Number(Number::Float(1.0));
        assert!(differences(&one, &one_f).is_empty());
        let nan = Document::Number(Number::Float(f64::NAN));
        assert!(differences(&nan, &nan.clone()).is_empty());
        let obj = |v: Document| Document::Object([("k".to_string(), v)].into_iter().collect());
        assert_eq!(
            differences(&obj(Document::Bool(true)), &obj(Document::Null)),
            ["value.k: expected Bool(true), got Null"]
        );
    }

    #[test]
    #[should_panic(expected = "expected String(\"a\"), got String(\"b\")")]
    fn assert_same_panics_with_the_difference() {
        assert_same(&"a".to_string(), &"b".to_string());
    }
}
