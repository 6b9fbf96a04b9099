//! Every documentation text of the lowered shapes, converted to rustdoc Markdown once and up front.
//!
//! The HTML conversion is the largest single cost of lowering (html5ever builds a tree of each text). Done
//! here it runs on all cores, and a text that several shapes or members repeat is converted once; lowering
//! itself then only looks the results up, in whatever order it needs them.

use std::collections::{BTreeSet, HashMap};

use crate::docs;
use crate::resolve::{Model, ShapeId, ShapeKind, Traits};

pub(super) struct DocTable<'a> {
    markdown: HashMap<&'a str, String>,
}

impl<'a> DocTable<'a> {
    /// Converts the documentation of `shapes`, their members and their enum values.
    pub(super) fn new(model: &'a Model, shapes: &[ShapeId]) -> Self {
        let mut texts: BTreeSet<&'a str> = BTreeSet::new();
        let mut add = |t: &'a Traits| texts.extend(t.documentation());
        for shape in shapes.iter().filter_map(|id| model.shape(id)) {
            add(&shape.traits);
            match &shape.kind {
                ShapeKind::Enum(values) => values.iter().for_each(|v| add(&v.traits)),
                ShapeKind::IntEnum(values) => values.iter().for_each(|v| add(&v.traits)),
                ShapeKind::List { member, .. } => add(&member.traits),
                ShapeKind::Map { key, value } => {
                    add(&key.traits);
                    add(&value.traits);
                }
                ShapeKind::Structure(members) | ShapeKind::Union(members) => {
                    members.iter().for_each(|m| add(&m.traits))
                }
                _ => {}
            }
        }
        let texts: Vec<&'a str> = texts.into_iter().collect();
        let converted = convert_all(&texts);
        DocTable {
            markdown: texts.into_iter().zip(converted).collect(),
        }
    }

    /// The Markdown of `traits`' documentation (empty without one). A text the table was not built with is
    /// converted on the spot: the result never depends on what was collected up front.
    pub(super) fn of(&self, traits: &Traits) -> String {
        match traits.documentation() {
            None => String::new(),
            Some(text) => match self.markdown.get(text) {
                Some(md) => md.clone(),
                None => docs::to_markdown(text),
            },
        }
    }
}

/// [`docs::to_markdown`] of every text, in order, split over the machine's cores.
fn convert_all(texts: &[&str]) -> Vec<String> {
    let threads = std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(1)
        .min(8);
    if threads <= 1 || texts.len() < 64 {
        return texts.iter().map(|t| docs::to_markdown(t)).collect();
    }
    let chunk = texts.len().div_ceil(threads);
    std::thread::scope(|scope| {
        let handles: Vec<_> = texts
            .chunks(chunk)
            .map(|part| {
                scope.spawn(|| {
                    part.iter()
                        .map(|t| docs::to_markdown(t))
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        handles
            .into_iter()
            // A panic in the conversion is a generator bug: pass it on rather than hide it.
            .flat_map(|h| h.join().unwrap_or_else(|p| std::panic::resume_unwind(p)))
            .collect()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn converts_many_texts_in_order_on_all_cores() {
        let texts: Vec<String> = (0..200)
            .map(|i| format!("<p>Item <code>{i}</code></p>"))
            .collect();
        let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
        let serial: Vec<String> = refs.iter().map(|t| docs::to_markdown(t)).collect();
        assert_eq!(convert_all(&refs), serial);
        assert_eq!(serial[7], "Item `7`");
    }
}
