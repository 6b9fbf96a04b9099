//! The merge itself (spec: model.rst, "Merging model files"): metadata by the metadata conflict rules; a
//! shape defined in several files kept once when the definitions are equal, merged when they differ only
//! in traits, an error naming both files otherwise; `apply` entries merged with each other and folded into
//! the shape they target (the JSON AST cannot hold a definition and an `apply` under one id). Applies to
//! members stay `apply` entries: the member may come from a mixin, which `resolve` flattens.

use indexmap::IndexMap;
use serde_json::Value;

use super::super::idl::prelude;
use super::source_map::SourceMap;
use super::{ApplyEntry, Entry, Loaded, Source, place, span_of};
use crate::diag::{Diagnostic, Diagnostics};
use crate::model::{AstTraits, Member, Model, Shape, ShapeType};
use crate::resolve::{conflict_message, merge_value};

pub(crate) fn merge(
    loaded: Loaded,
    sources: &[Source],
    v1_only: bool,
    diags: &mut Diagnostics,
) -> (Model, SourceMap) {
    let Loaded {
        entries,
        applies,
        metadata,
    } = loaded;
    let metadata = merge_metadata(metadata, sources, diags);
    let mut map = SourceMap::default();
    let mut shapes: IndexMap<String, Shape> = IndexMap::with_capacity(entries.len());
    for e in entries {
        if is_prelude_shape(&e.id) {
            // The prelude is built in; a file that defines it (the Smithy distribution's prelude.smithy)
            // repeats it.
            continue;
        }
        let Entry {
            id,
            shape,
            file,
            at,
            members_at,
            ..
        } = e;
        match shapes.get_mut(&id) {
            None => {
                map.define(&id, file, at, members_at);
                shapes.insert(id, shape);
            }
            // Duplicate but equivalent definitions are kept once.
            Some(old) if *old == shape => {}
            Some(old) => {
                let first = map
                    .origin(&id)
                    .map_or(String::new(), |(f, a)| place(sources, f, a));
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
                        format!(
                            "`{id}` is defined in {first} and again in {here}, differently: {why}"
                        ),
                    );
                    continue;
                }
                for msg in merge_definitions(old, shape) {
                    report(
                        diags,
                        format!("`{id}` is defined in {first} and {here}: {msg}"),
                    );
                }
            }
        }
    }

    let mut applied: IndexMap<String, ApplyEntry> = IndexMap::new();
    for a in applies {
        match applied.get_mut(&a.target) {
            None => {
                applied.insert(a.target.clone(), a);
            }
            Some(old) => {
                let first = place(sources, old.file, old.at);
                for msg in merge_traits(&mut old.traits, a.traits) {
                    diags.push(Diagnostic::at(
                        span_of(sources, a.file, a.at),
                        format!("`apply` to `{}` (also applied in {first}): {msg}", a.target),
                    ));
                }
            }
        }
    }
    for (target, a) in applied {
        match shapes.get_mut(&target) {
            Some(shape) => {
                for msg in merge_traits(&mut shape.traits, a.traits) {
                    let defined = map
                        .origin(&target)
                        .map_or(String::new(), |(f, at)| place(sources, f, at));
                    diags.push(Diagnostic {
                        shape: Some(target.clone()),
                        ..Diagnostic::at(
                            span_of(sources, a.file, a.at),
                            format!("`apply` to the shape defined in {defined}: {msg}"),
                        )
                    });
                }
            }
            None => {
                map.define(&target, a.file, a.at, Vec::new());
                let mut shape = Shape::new(ShapeType::Apply);
                shape.traits = a.traits;
                shapes.insert(target, shape);
            }
        }
    }
    shapes.sort_unstable_keys();
    let model = Model {
        smithy: if v1_only { "1.0" } else { "2.0" }.to_string(),
        metadata,
        shapes,
    };
    (model, map)
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
        .filter_map(|(n, m)| m.map(|m| (n.to_string(), m))),
    );
    for (name, m) in src_members {
        let slot = match name.as_str() {
            "member" if dst.member.is_some() => dst.member.as_mut(),
            "key" if dst.key.is_some() => dst.key.as_mut(),
            "value" if dst.value.is_some() => dst.value.as_mut(),
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
        .chain(s.member.iter_mut())
        .chain(s.key.iter_mut())
        .chain(s.value.iter_mut())
}
