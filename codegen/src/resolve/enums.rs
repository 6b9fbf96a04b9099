//! The Smithy 1.0 `enum` trait on string shapes, turned into the values of an enum shape.

use serde_json::Value;

use super::resolver::{Cx, short_json};
use super::{EnumValue, Traits};
use crate::model::shape_path;

/// The enum values of a string shape with the `enum` trait. A definition without `name` gets one derived
/// from its value (upper snake case), made unique; its `documentation`, `tags` and `deprecated` become the
/// value's traits.
pub(crate) fn from_enum_trait(v: &Value, key: &str, cx: &mut Cx) -> Vec<EnumValue> {
    let at = format!("{}.traits[\"smithy.api#enum\"]", shape_path(key));
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
            traits
                .0
                .insert("smithy.api#documentation".into(), doc.clone());
        }
        if let Some(tags) = def.get("tags") {
            traits.0.insert("smithy.api#tags".into(), tags.clone());
        }
        if def.get("deprecated").and_then(Value::as_bool) == Some(true) {
            traits.0.insert(
                "smithy.api#deprecated".into(),
                Value::Object(Default::default()),
            );
        }
        out.push(EnumValue {
            name,
            value: value.to_string(),
            traits,
        });
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
