//! The values of enum and intEnum shapes: from their members (checked for a value of the right type and
//! for duplicates), and from the Smithy 1.0 `enum` trait on string shapes. They are checked alike, so they
//! live together, apart from the builder that only dispatches on the shape type.

use serde_json::Value;

use super::cx::{Cx, short_json};
use super::draft::{DMember, member_path};
use super::traits::{DEPRECATED, DOCUMENTATION, ENUM, ENUM_VALUE, TAGS};
use super::{EnumValue, IntEnumValue, Traits};
use crate::model::shape_path;

/// The enum values of a string shape with the `enum` trait. A definition without `name` gets one derived
/// from its value (upper snake case), made unique; its `documentation`, `tags` and `deprecated` become the
/// value's traits.
pub(crate) fn from_enum_trait(v: &Value, key: &str, cx: &mut Cx) -> Vec<EnumValue> {
    let at = format!("{}.traits[\"{ENUM}\"]", shape_path(key));
    let Value::Array(defs) = v else {
        cx.err(
            Some(key),
            None,
            at,
            format!(
                "the `enum` trait must be a list of definitions, found {}",
                short_json(v)
            ),
        );
        return Vec::new();
    };
    let mut out: Vec<EnumValue> = Vec::with_capacity(defs.len());
    for (i, def) in defs.iter().enumerate() {
        let at = format!("{at}[{i}]");
        let Some(value) = def.get("value").and_then(Value::as_str) else {
            cx.err(
                Some(key),
                None,
                at,
                "an `enum` trait definition needs a string `value`".into(),
            );
            continue;
        };
        if out.iter().any(|e| e.value == value) {
            cx.err(
                Some(key),
                None,
                at,
                format!("enum value \"{value}\" is defined twice"),
            );
            continue;
        }
        let mut name = match def.get("name").and_then(Value::as_str) {
            Some(n) => n.to_string(),
            None => name_from_value(value),
        };
        if out.iter().any(|e| e.name == name) {
            let base = name.clone();
            let mut n = 2;
            while out.iter().any(|e| e.name == name) {
                name = format!("{base}_{n}");
                n += 1;
            }
        }
        let mut traits = Traits::default();
        if let Some(doc) = def.get("documentation") {
            traits.insert(DOCUMENTATION.into(), doc.clone());
        }
        if let Some(tags) = def.get("tags") {
            traits.insert(TAGS.into(), tags.clone());
        }
        if def.get("deprecated").and_then(Value::as_bool) == Some(true) {
            traits.insert(DEPRECATED.into(), Value::Object(Default::default()));
        }
        out.push(EnumValue {
            name,
            value: value.to_string(),
            traits,
        });
    }
    out
}

pub(crate) fn enum_values(cx: &mut Cx, key: &str, members: Vec<DMember>) -> Vec<EnumValue> {
    let value = |m: &DMember| match m.traits.get(ENUM_VALUE) {
        None => Ok(m.name.clone()),
        Some(Value::String(s)) => Ok(s.clone()),
        Some(other) => Err(format!(
            "enumValue of an enum member must be a string, found {}",
            short_json(other)
        )),
    };
    let shown = |v: &String| format!("\"{v}\"");
    member_values(cx, key, members, "enum", value, shown)
        .into_iter()
        .map(|(m, value)| EnumValue {
            name: m.name,
            value,
            traits: m.traits,
        })
        .collect()
}

pub(crate) fn int_enum_values(cx: &mut Cx, key: &str, members: Vec<DMember>) -> Vec<IntEnumValue> {
    let value = |m: &DMember| match m
        .traits
        .get(ENUM_VALUE)
        .map(|v| v.as_i64().map(i32::try_from))
    {
        Some(Some(Ok(v))) => Ok(v),
        None => Err(format!(
            "an intEnum member must have an integer `{ENUM_VALUE}`"
        )),
        Some(_) => Err(
            "enumValue of an intEnum member must be an integer that fits in 32 bits".to_string(),
        ),
    };
    member_values(cx, key, members, "intEnum", value, i32::to_string)
        .into_iter()
        .map(|(m, value)| IntEnumValue {
            name: m.name,
            value,
            traits: m.traits,
        })
        .collect()
}

/// The members of an enum or intEnum (`kind`) with their values. A member whose value `value` rejects, or
/// whose value an earlier member already has, is reported and left out; `shown` writes a value in the
/// message. The checks are the same for both shape types, only the value type differs.
fn member_values<V: PartialEq>(
    cx: &mut Cx,
    key: &str,
    members: Vec<DMember>,
    kind: &str,
    value: impl Fn(&DMember) -> Result<V, String>,
    shown: impl Fn(&V) -> String,
) -> Vec<(DMember, V)> {
    if members.is_empty() {
        let msg = format!("an {kind} must have at least one member");
        cx.err(Some(key), None, shape_path(key), msg);
        return Vec::new();
    }
    let mut out: Vec<(DMember, V)> = Vec::with_capacity(members.len());
    for m in members {
        let at = || member_path(key, m.field, &m.name);
        let v = match value(&m) {
            Ok(v) => v,
            Err(msg) => {
                cx.err(Some(key), Some(&m.name), at(), msg);
                continue;
            }
        };
        if let Some((prev, _)) = out.iter().find(|(_, e)| *e == v) {
            let msg = format!(
                "{kind} value {} is already used by member `{}`",
                shown(&v),
                prev.name
            );
            cx.err(Some(key), Some(&m.name), at(), msg);
            continue;
        }
        out.push((m, v));
    }
    out
}

/// `t2.micro` -> `T2_MICRO`, `us-east-1` -> `US_EAST_1`, `1x` -> `_1X`, `` -> `EMPTY`.
pub(crate) fn name_from_value(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for c in value.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_uppercase());
        } else if !out.ends_with('_') {
            out.push('_');
        }
    }
    let trimmed = out.trim_matches('_');
    if trimmed.is_empty() {
        return "EMPTY".into();
    }
    if trimmed.starts_with(|c: char| c.is_ascii_digit()) {
        format!("_{trimmed}")
    } else {
        trimmed.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::name_from_value;

    #[test]
    fn names() {
        assert_eq!(name_from_value("t2.micro"), "T2_MICRO");
        assert_eq!(name_from_value("us-east-1"), "US_EAST_1");
        assert_eq!(name_from_value("1x"), "_1X");
        assert_eq!(name_from_value("--"), "EMPTY");
        assert_eq!(
            name_from_value("Linux/UNIX (Amazon VPC)"),
            "LINUX_UNIX_AMAZON_VPC"
        );
    }
}
