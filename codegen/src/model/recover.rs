//! A second reading of a JSON AST document whose first reading failed inside one shape: every shape on its
//! own, so that each broken shape is reported (with its line and column in the document) and the shapes
//! that do read can still be resolved, which finds the errors of the later phases too.

use std::collections::BTreeSet;

use indexmap::IndexMap;
use serde::Deserialize;
use serde::de::{Deserializer, MapAccess, Visitor};
use serde_json::Value;
use serde_json::value::RawValue;

use super::ast::{Model, Shape};
use super::parse::{Position, json_error};
use crate::diag::Diagnostics;

/// What the second reading found: the model of the shapes that read, their errors, and the ids of the shapes
/// that did not read (a later phase's complaint about one of those follows from its error).
pub struct Recovered {
    pub model: Model,
    pub diags: Diagnostics,
    pub broken: BTreeSet<String>,
}

/// The document with each shape kept as its text.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawModel<'a> {
    smithy: String,
    #[serde(default)]
    metadata: IndexMap<String, Value>,
    #[serde(default, borrow, deserialize_with = "raw_shapes")]
    shapes: Vec<(String, &'a RawValue)>,
}

fn raw_shapes<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<(String, &'de RawValue)>, D::Error> {
    struct V;
    impl<'de> Visitor<'de> for V {
        type Value = Vec<(String, &'de RawValue)>;
        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            f.write_str("a map of shape ids to shapes")
        }
        fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
            let mut out = Vec::new();
            while let Some(key) = map.next_key::<String>()? {
                out.push((key, map.next_value::<&'de RawValue>()?));
            }
            Ok(out)
        }
    }
    d.deserialize_map(V)
}

/// Reads `bytes` shape by shape; `None` when the document itself (not one of its shapes) does not read, in
/// which case the first reading's error is the one to report.
pub fn recover(bytes: &[u8], source: &str) -> Option<Recovered> {
    let raw: RawModel<'_> = serde_json::from_slice(bytes).ok()?;
    let mut diags = Diagnostics::new(source);
    let mut broken = BTreeSet::new();
    let mut shapes = IndexMap::with_capacity(raw.shapes.len());
    for (id, text) in raw.shapes {
        if shapes.contains_key(&id) || broken.contains(&id) {
            // The first reading reports a repeated id; it is not the kind of error this reading is for.
            return None;
        }
        let mut de = serde_json::Deserializer::from_str(text.get());
        match serde_path_to_error::deserialize::<_, Shape>(&mut de) {
            Ok(shape) => {
                shapes.insert(id, shape);
            }
            Err(e) => {
                // Where the shape's text starts in the document: the error's line and column are within it.
                let start = (text.get().as_ptr() as usize).saturating_sub(bytes.as_ptr() as usize);
                let before = &bytes[..start.min(bytes.len())];
                let line = before.iter().filter(|b| **b == b'\n').count();
                let column = before.iter().rev().take_while(|b| **b != b'\n').count();
                let at = Position {
                    shape: &id,
                    line_offset: line,
                    column_offset: column,
                };
                diags.push(json_error(Some(e.path()), e.inner(), Some(at)));
                broken.insert(id);
            }
        }
    }
    Some(Recovered {
        model: Model {
            smithy: raw.smithy,
            metadata: raw.metadata,
            shapes,
        },
        diags,
        broken,
    })
}
