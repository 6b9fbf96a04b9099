//! The merge itself (spec: model.rst, "Merging model files"): metadata by the metadata conflict rules; a
//! shape defined in several files kept once when the definitions are equal, merged when they differ only
//! in traits, an error naming both files otherwise; `apply` entries merged with each other and folded into
//! the shape they target (the JSON AST cannot hold a definition and an `apply` under one id). Applies to
//! members stay `apply` entries: the member may come from a mixin, which `resolve` flattens.

use indexmap::IndexMap;
use serde_json::Value;

use super::super::idl::prelude;
use super::source_map::{Loc, SourceMap};
use super::{ApplyEntry, Entry, Loaded, Source, place, span_of};
use crate::diag::{Diagnostic, Diagnostics};
use crate::model::{AstTraits, Member, Model, Shape, ShapeType};
use crate::resolve::{conflict_message, merge_value};

/// Merges what was read into one model; with `locate`, also where each shape came from.
pub(crate) fn merge(
    loaded: Loaded,
    sources: &[Source],
    v1_only: bool,
    locate: bool,
    diags: &mut Diagnostics,
) -> (Model, SourceMap) {
    let Loaded {
        entries,
        applies,
        metadata,
    } = loaded;
    let metadata = merge_metadata(metadata, sources, diags);

    // Sorted by id (stable, so a shape's definitions stay in file order and the first one leads): the
    // definitions of one shape are then side by side, and the model comes out sorted without sorting
    // the large shapes themselves. Shapes stay boxed until the end for the same reason.
    let mut entries = entries;
    // The prelude is built in; a file that defines it (the Smithy distribution's prelude.smithy)
    // repeats it.
    entries.retain(|e| !is_prelude_shape(&e.id));
    entries.sort_by(|a, b| a.id.cmp(&b.id));
    let mut merged: Vec<(String, Box<Shape>, Loc)> = Vec::with_capacity(entries.len());
    for e in entries {
        let Entry {
            id,
            shape,
            file,
            at,
            members_at,
            ..
        } = e;
        let Some((_, old, first)) = merged.last_mut().filter(|(k, _, _)| *k == id) else {
            merged.push((
                id,
                shape,
                Loc {
                    file,
                    at,
                    members_at,
                },
            ));
            continue;
        };
        // Duplicate but equivalent definitions are kept once.
        if **old == *shape {
            continue;
        }
        let first = place(sources, first.file, first.at);
        let here = place(sources, file, at);
        let span = span_of(sources, file, at);
        let report = |diags: &mut Diagnostics, msg: String| {
            diags.push(Diagnostic {
                shape: Some(id.clone()),
                ..Diagnostic::at(span.clone(), msg)
            })
        };
        if let Err(why) = same_definition(old, &shape) {
            report(
                diags,
                format!("`{id}` is defined in {first} and again in {here}, differently: {why}"),
            );
            continue;
        }
        for msg in merge_definitions(old, *shape) {
            report(
                diags,
                format!("`{id}` is defined in {first} and {here}: {msg}"),
            );
        }
    }

    // Applies to one target merge with each other, then fold into the shape when it is defined here.
    let mut applies = applies;
    applies.sort_by(|a, b| a.target.cmp(&b.target));
    let mut grouped: Vec<ApplyEntry> = Vec::with_capacity(applies.len());
    for a in applies {
        let Some(old) = grouped.last_mut().filter(|g| g.target == a.target) else {
            grouped.push(a);
            continue;
        };
        for msg in merge_traits(&mut old.traits, a.traits) {
            let first = place(sources, old.file, old.at);
            diags.push(Diagnostic::at(
                span_of(sources, a.file, a.at),
                format!("`apply` to `{}` (also applied in {first}): {msg}", a.target),
            ));
        }
    }
    let mut kept: Vec<(String, Box<Shape>, Loc)> = Vec::new();
    for a in grouped {
        match merged.binary_search_by(|(k, _, _)| k.as_str().cmp(&a.target)) {
            Ok(i) => {
                let (_, shape, loc) = &mut merged[i];
                for msg in merge_traits(&mut shape.traits, a.traits) {
                    let defined = place(sources, loc.file, loc.at);
                    diags.push(Diagnostic {
                        shape: Some(a.target.clone()),
                        ..Diagnostic::at(
                            span_of(sources, a.file, a.at),
                            format!("`apply` to the shape defined in {defined}: {msg}"),
                        )
                    });
                }
            }
            Err(_) => {
                let mut shape = Shape::new(ShapeType::Apply);
                shape.traits = a.traits;
                let loc = Loc {
                    file: a.file,
                    at: a.at,
                    members_at: Vec::new(),
                };
                kept.push((a.target, Box::new(shape), loc));
            }
        }
    }

    // Both lists are sorted and share no id: joined, they are the model in id order.
    let mut shapes = IndexMap::with_capacity(merged.len() + kept.len());
    let mut locs = Vec::with_capacity(if locate { shapes.capacity() } else { 0 });
    let mut a = merged.into_iter().peekable();
    let mut b = kept.into_iter().peekable();
    loop {
        let next = match (a.peek(), b.peek()) {
            (Some(x), Some(y)) if x.0 <= y.0 => a.next(),
            (Some(_), Some(_)) => b.next(),
            (Some(_), None) => a.next(),
            (None, _) => b.next(),
        };
        let Some((id, shape, loc)) = next else { break };
        if locate {
            locs.push((id.clone(), loc));
        }
        shapes.insert(id, *shape);
    }
    let model = Model {
        smithy: if v1_only { "1.0" } else { "2.0" }.to_string(),
        metadata,
        shapes,
    };
    (model, SourceMap::new(locs.into_iter()))
}

/// A shape of the prelude namespace that the prelude defines.
fn is_prelude_shape(id: &str) -> bool {
    id.strip_prefix("smithy.api#")
        .is_some_and(|name| prelude::shape_type(name).is_some())
}

fn merge_metadata(
    files: Vec<Vec<(String, Value, Option<u32>)>>,
    sources: &[Source],
    diags: &mut Diagnostics,
) -> IndexMap<String, Value> {
    let mut out: IndexMap<String, (Value, usize, Option<u32>)> = IndexMap::new();
    for (file, items) in files.into_iter().enumerate() {
        for (key, value, at) in items {
            match out.get_mut(&key) {
                None => {
                    out.insert(key, (value, file, at));
                }
                Some((old, ofile, oat)) => {
                    if let Err(value) = merge_value(old, value) {
                        let msg = format!(
                            "metadata `{key}` is {} here but {} in {}: values that are not both lists must be equal",
                            value,
                            old,
                            place(sources, *ofile, *oat)
                        );
                        diags.push(Diagnostic::at(span_of(sources, file, at), msg));
                    }
                }
            }
        }
    }
    let mut out: IndexMap<String, Value> = out.into_iter().map(|(k, (v, _, _))| (k, v)).collect();
    out.sort_unstable_keys();
    out
}

/// Merges `src` into `dst` by the trait conflict rules; the messages of the conflicts.
fn merge_traits(dst: &mut AstTraits, src: AstTraits) -> Vec<String> {
    let mut conflicts = Vec::new();
    for (k, v) in src {
        match dst.get_mut(&k) {
            None => {
                dst.insert(k, v);
            }
            Some(old) => {
                if let Err(v) = merge_value(old, v) {
                    conflicts.push(conflict_message(&k, old, &v));
                }
            }
        }
    }
    conflicts
}

/// Two definitions of one shape may differ only in traits: the same type, members with the same targets,
/// the same properties (spec: model.rst, "Merging model files"). The first difference, if any.
fn same_definition(a: &Shape, b: &Shape) -> Result<(), String> {
    if a.kind != b.kind {
        return Err(format!(
            "the shape types differ (`{}` and `{}`)",
            a.kind, b.kind
        ));
    }
    let targets = |s: &Shape| -> Vec<(String, String)> {
        let mut v: Vec<(String, String)> = s
            .members
            .iter()
            .flatten()
            .map(|(n, m)| (n.clone(), m.target.clone()))
            .chain(
                [("member", &s.member), ("key", &s.key), ("value", &s.value)]
                    .into_iter()
                    .filter_map(|(n, m)| m.as_ref().map(|m| (n.to_string(), m.target.clone()))),
            )
            .collect();
        v.sort();
        v
    };
    if targets(a) != targets(b) {
        return Err("their members or member targets differ".into());
    }
    let mut a = a.clone();
    let mut b = b.clone();
    for s in [&mut a, &mut b] {
        s.traits.clear();
        for m in members_mut(s) {
            m.traits.clear();
        }
        s.members = s.members.take().map(|mut m| {
            m.sort_unstable_keys();
            m
        });
    }
    if a != b {
        return Err("their properties (mixins, operations, identifiers, ...) differ".into());
    }
    Ok(())
}

/// Merges the traits of a second definition (already known to be the same shape) into the first.
fn merge_definitions(dst: &mut Shape, src: Shape) -> Vec<String> {
    let mut conflicts = merge_traits(&mut dst.traits, src.traits);
    let mut src_members: Vec<(String, Member)> = src.members.into_iter().flatten().collect();
    src_members.extend(
        [
            ("member", src.member),
            ("key", src.key),
            ("value", src.value),
        ]
        .into_iter()
        .filter_map(|(n, m)| m.map(|m| (n.to_string(), *m))),
    );
    for (name, m) in src_members {
        let slot = match name.as_str() {
            "member" if dst.member.is_some() => dst.member.as_deref_mut(),
            "key" if dst.key.is_some() => dst.key.as_deref_mut(),
            "value" if dst.value.is_some() => dst.value.as_deref_mut(),
            _ => dst.members.as_mut().and_then(|ms| ms.get_mut(&name)),
        };
        if let Some(d) = slot {
            conflicts.extend(
                merge_traits(&mut d.traits, m.traits)
                    .into_iter()
                    .map(|c| format!("member `{name}`: {c}")),
            );
        }
    }
    conflicts
}

fn members_mut(s: &mut Shape) -> impl Iterator<Item = &mut Member> {
    s.members
        .iter_mut()
        .flat_map(|m| m.values_mut())
        .chain(s.member.as_deref_mut())
        .chain(s.key.as_deref_mut())
        .chain(s.value.as_deref_mut())
}
