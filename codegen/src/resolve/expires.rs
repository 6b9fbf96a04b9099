//! The text of an `Expires` response header, beside its timestamp.
//!
//! HTTP reads an `Expires` that is not a date as "already expired" (RFC 9111, 5.3), and servers do send
//! `0`, `-1` or junk there (S3 returns whatever the uploader set). The runtime leaves a timestamp member
//! bound to `Expires` unset when the header does not parse, rather than failing the whole response; the
//! header's text must not be lost with it. So every output structure member bound to `Expires` that
//! targets a timestamp gets a string companion, `<Member>String`, bound to the same header, which always
//! holds the text as sent. The rule is HTTP's, so it applies to any service whose model binds the header.

use serde_json::json;

use super::prelude::prelude_shape;
use super::traits::{DOCUMENTATION, HTTP_HEADER};
use super::{Member, Shape, ShapeId, ShapeKind, Traits};
use std::collections::{BTreeMap, BTreeSet};

const HEADER: &str = "Expires";

/// Adds the `<Member>String` companions. A structure that is also some operation's input is left alone
/// (the companion would send the header twice), and so is one that already has a member of that name.
pub(super) fn add_string_companions(shapes: &mut BTreeMap<ShapeId, Shape>) {
    let mut inputs = BTreeSet::new();
    let mut outputs = BTreeSet::new();
    for shape in shapes.values() {
        if let ShapeKind::Operation(op) = &shape.kind {
            inputs.insert(op.input.clone());
            outputs.insert(op.output.clone());
        }
    }
    let string = ShapeId::new("smithy.api", "String");
    let mut added = false;
    for id in outputs.difference(&inputs) {
        let Some(shape) = shapes.get(id) else {
            continue;
        };
        let ShapeKind::Structure(members) = &shape.kind else {
            continue;
        };
        let companions: Vec<(usize, Member)> = members
            .iter()
            .enumerate()
            .filter(|(_, m)| binds_expires(m) && targets_timestamp(shapes, m))
            .filter_map(|(i, m)| {
                let name = format!("{}String", m.name);
                (!members.iter().any(|o| o.name == name)).then(|| (i, companion(m, name, &string)))
            })
            .collect();
        if companions.is_empty() {
            continue;
        }
        let Some(ShapeKind::Structure(members)) = shapes.get_mut(id).map(|s| &mut s.kind) else {
            continue;
        };
        // Each companion goes right after its timestamp, so the two read together in the docs.
        for (i, member) in companions.into_iter().rev() {
            members.insert(i + 1, member);
        }
        added = true;
    }
    if added
        && !shapes.contains_key(&string)
        && let Some(s) = prelude_shape(&string)
    {
        shapes.insert(string, s);
    }
}

fn binds_expires(m: &Member) -> bool {
    m.traits
        .get(HTTP_HEADER)
        .and_then(|v| v.as_str())
        .is_some_and(|h| h.eq_ignore_ascii_case(HEADER))
}

fn targets_timestamp(shapes: &BTreeMap<ShapeId, Shape>, m: &Member) -> bool {
    shapes
        .get(&m.target)
        .is_some_and(|t| matches!(t.kind, ShapeKind::Timestamp))
}

fn companion(of: &Member, name: String, string: &ShapeId) -> Member {
    let header = of
        .traits
        .get(HTTP_HEADER)
        .cloned()
        .unwrap_or_else(|| json!(HEADER));
    let doc = format!(
        "<p>The <code>{HEADER}</code> header as the service sent it, also when it is not a date. \
         HTTP reads such a value as already expired: the timestamp beside this member is then unset.</p>"
    );
    let mut traits = Traits::default();
    traits.insert(HTTP_HEADER.into(), header);
    traits.insert(DOCUMENTATION.into(), json!(doc));
    Member {
        name,
        target: string.clone(),
        traits,
        optional: true,
    }
}

#[cfg(test)]
mod tests {
    use crate::load;

    fn members(model: &str, shape: &str) -> Vec<String> {
        let m = load(model.as_bytes(), "t.json").expect("model loads");
        let id = m
            .shapes
            .keys()
            .find(|k| &*k.name == shape)
            .expect("shape")
            .clone();
        match &m.shapes[&id].kind {
            super::ShapeKind::Structure(ms) => ms.iter().map(|m| m.name.clone()).collect(),
            _ => panic!("not a structure"),
        }
    }

    const MODEL: &str = r#"{"smithy":"2.0","shapes":{
        "t#Op":{"type":"operation","input":{"target":"t#In"},"output":{"target":"t#Out"}},
        "t#Both":{"type":"operation","input":{"target":"t#Shared"},"output":{"target":"t#Shared"}},
        "t#In":{"type":"structure","members":{
            "Expires":{"target":"smithy.api#Timestamp","traits":{"smithy.api#httpHeader":"Expires"}}}},
        "t#Shared":{"type":"structure","members":{
            "Expires":{"target":"smithy.api#Timestamp","traits":{"smithy.api#httpHeader":"Expires"}}}},
        "t#Out":{"type":"structure","members":{
            "A":{"target":"smithy.api#Integer","traits":{"smithy.api#httpHeader":"a"}},
            "Expires":{"target":"smithy.api#Timestamp","traits":{"smithy.api#httpHeader":"expires"}},
            "Other":{"target":"smithy.api#String","traits":{"smithy.api#httpHeader":"Expires"}},
            "Z":{"target":"smithy.api#Integer"}}}
    }}"#;

    #[test]
    fn an_output_timestamp_bound_to_expires_gets_its_text_beside_it() {
        assert_eq!(
            members(MODEL, "Out"),
            ["A", "Expires", "ExpiresString", "Other", "Z"]
        );
    }

    #[test]
    fn inputs_and_structures_used_both_ways_are_left_alone() {
        assert_eq!(members(MODEL, "In"), ["Expires"]);
        assert_eq!(members(MODEL, "Shared"), ["Expires"]);
    }
}
