//! `@default` values checked against the member's target: a value the target cannot hold is a model
//! error here, rather than generated code that does not compile, a silent zero, or a generator panic.

use serde_json::Value;

use crate::model::ShapeType;

/// Why `v` cannot be the default of a member targeting a `t`, or `None` when it can.
pub(crate) fn incompatible(t: ShapeType, v: &Value) -> Option<String> {
    use ShapeType as T;
    // `@default(null)` on a member takes away its target's default: always allowed.
    if v.is_null() {
        return None;
    }
    let shown = super::cx::short_json(v);
    let integer = |min: i64, max: i64, name: &str| match v.as_i64() {
        Some(n) if (min..=max).contains(&n) => None,
        _ if v.as_f64().is_some_and(|f| f.fract() == 0.0) || v.is_u64() => Some(format!(
            "`@default` {shown} is out of range for {name} ({min} to {max})"
        )),
        _ => Some(format!(
            "`@default` {shown} is not an integer, which a {name} needs"
        )),
    };
    match t {
        T::Boolean if !v.is_boolean() => Some(format!("`@default` {shown} is not a boolean")),
        T::Byte => integer(i8::MIN.into(), i8::MAX.into(), "byte"),
        T::Short => integer(i16::MIN.into(), i16::MAX.into(), "short"),
        T::Integer | T::IntEnum => integer(i32::MIN.into(), i32::MAX.into(), t.as_str()),
        T::Long => integer(i64::MIN, i64::MAX, "long"),
        T::Float | T::Double => {
            let max = if t == T::Float {
                f64::from(f32::MAX)
            } else {
                f64::MAX
            };
            match v.as_f64() {
                Some(f) if f.abs() <= max => None,
                Some(_) => Some(format!(
                    "`@default` {shown} is out of range for {}",
                    t.as_str()
                )),
                None => Some(format!(
                    "`@default` {shown} is not a number, which a {} needs",
                    t.as_str()
                )),
            }
        }
        T::BigInteger | T::BigDecimal if !v.is_number() => Some(format!(
            "`@default` {shown} is not a number, which a {} needs",
            t.as_str()
        )),
        T::String | T::Enum if !v.is_string() => {
            Some(format!("`@default` {shown} is not a string"))
        }
        T::Blob if !v.as_str().is_some_and(is_base64) => {
            Some(format!("`@default` {shown} is not base64 text"))
        }
        T::Timestamp if !v.is_number() && !v.is_string() => Some(format!(
            "`@default` {shown} is not a timestamp (epoch seconds or a date-time string)"
        )),
        T::List | T::Set if v.as_array().is_none_or(|a| !a.is_empty()) => {
            Some(format!("`@default` {shown} of a list can only be `[]`"))
        }
        T::Map if v.as_object().is_none_or(|m| !m.is_empty()) => {
            Some(format!("`@default` {shown} of a map can only be `{{}}`"))
        }
        T::Structure | T::Union => Some(format!(
            "a member targeting a {} cannot have a `@default`",
            t.as_str()
        )),
        T::Document
            if v.as_array().is_some_and(|a| !a.is_empty())
                || v.as_object().is_some_and(|m| !m.is_empty()) =>
        {
            Some(format!(
                "`@default` {shown} of a document can be a scalar, `[]` or `{{}}` only"
            ))
        }
        _ => None,
    }
}

/// Standard base64, padding optional.
fn is_base64(s: &str) -> bool {
    let body = s.trim_end_matches('=');
    s.len() - body.len() <= 2
        && body.len() % 4 != 1
        && body
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'+' || b == b'/')
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn defaults_that_fit_and_defaults_that_do_not() {
        use ShapeType as T;
        for (t, v) in [
            (T::Float, json!(1.5)),
            (T::Integer, json!(-2147483648)),
            (T::Long, json!(9007199254740993i64)),
            (T::Boolean, json!(true)),
            (T::Blob, json!("aGk=")),
            (T::Blob, json!("")),
            (T::List, json!([])),
            (T::Map, json!({})),
            (T::Timestamp, json!(0)),
            (T::Document, json!("text")),
            (T::BigInteger, json!(12)),
        ] {
            assert_eq!(incompatible(t, &v), None, "{t:?} {v}");
        }
        for (t, v, says) in [
            (T::Float, json!(1e39), "out of range for float"),
            (T::Integer, json!(3000000000u64), "out of range for integer"),
            (T::Byte, json!(128), "out of range for byte"),
            (T::Integer, json!(1.5), "not an integer"),
            (T::String, json!(5), "not a string"),
            (T::Enum, json!(true), "not a string"),
            (T::Boolean, json!("true"), "not a boolean"),
            (T::Blob, json!("***"), "not base64"),
            (T::List, json!(["a"]), "only be `[]`"),
            (T::Structure, json!({}), "cannot have a `@default`"),
            (T::Document, json!({"a": 1}), "scalar, `[]` or `{}` only"),
        ] {
            let msg = incompatible(t, &v).unwrap_or_default();
            assert!(msg.contains(says), "{t:?} {v}: {msg}");
        }
    }
}
