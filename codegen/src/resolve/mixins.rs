//! Mixin flattening (spec: mixins.rst). Mixins are flattened before their users (post-order over the mixin
//! graph), so copying a mixin copies what it inherited too.

use std::collections::{BTreeMap, BTreeSet};

use foldhash::HashMap;
use foldhash::HashMapExt;

use serde_json::Value;

use super::ShapeId;
use super::cx::Cx;
use super::draft::{DMember, Draft, member_path};
use super::traits::MIXIN;
use super::types::Traits;
use crate::model::shape_path;

#[derive(Clone, Copy, PartialEq)]
enum State {
    OnStack,
    Done,
}

/// Flattens every shape's mixins into its members and traits. Reports mixin cycles, missing mixins, mixins
/// without the `mixin` trait or of another shape type, and conflicting member targets.
pub(crate) fn flatten(drafts: &mut BTreeMap<ShapeId, Draft>, cx: &mut Cx) {
    let (order, cyclic) = order(drafts, cx);
    for id in order {
        if !cyclic.contains(&id) {
            flatten_one(drafts, &id, cx);
        }
    }
}

/// Post-order of the mixin graph (iterative: a hostile model must not overflow the stack), and the shapes
/// that sit on a mixin cycle.
fn order(drafts: &BTreeMap<ShapeId, Draft>, cx: &mut Cx) -> (Vec<ShapeId>, BTreeSet<ShapeId>) {
    let mut state: HashMap<&ShapeId, State> = HashMap::new();
    let mut order = Vec::new();
    let mut cyclic = BTreeSet::new();
    for (root, d) in drafts {
        if d.mixins.is_empty() || state.contains_key(root) {
            continue;
        }
        state.insert(root, State::OnStack);
        let mut stack: Vec<(&ShapeId, usize)> = vec![(root, 0)];
        while let Some((node, i)) = stack.last_mut() {
            let mixins = &drafts[*node].mixins;
            if let Some(m) = mixins.get(*i) {
                *i += 1;
                let Some((m, _)) = drafts.get_key_value(m) else {
                    continue;
                };
                match state.get(m) {
                    None => {
                        state.insert(m, State::OnStack);
                        stack.push((m, 0));
                    }
                    Some(State::OnStack) => {
                        let start = stack.iter().position(|(n, _)| *n == m).unwrap_or(0);
                        let path: Vec<String> =
                            stack[start..].iter().map(|(n, _)| n.to_string()).collect();
                        cyclic.extend(stack[start..].iter().map(|(n, _)| (*n).clone()));
                        let first = stack[start].0;
                        let key = drafts[first].key;
                        let msg = format!("mixin cycle: {} -> {m}", path.join(" -> "));
                        cx.err(Some(key), None, format!("{}.mixins", shape_path(key)), msg);
                    }
                    Some(State::Done) => {}
                }
            } else {
                let node = *node;
                state.insert(node, State::Done);
                order.push(node.clone());
                stack.pop();
            }
        }
    }
    (order, cyclic)
}

/// The traits of a mixin that its users do not inherit: `mixin` itself and its `localTraits`.
fn local_traits(traits: &Traits) -> Vec<&str> {
    let mut out = vec![MIXIN];
    if let Some(Value::Array(local)) = traits.get(MIXIN).and_then(|m| m.get("localTraits")) {
        out.extend(local.iter().filter_map(Value::as_str));
    }
    out
}

fn flatten_one(drafts: &mut BTreeMap<ShapeId, Draft>, id: &ShapeId, cx: &mut Cx) {
    let Some(d) = drafts.get(id) else { return };
    if d.mixins.is_empty() {
        return;
    }
    let key = d.key;
    let at = format!("{}.mixins", shape_path(key));
    let mut members: Vec<DMember> = Vec::new();
    let mut inherited = Traits::default();
    for (i, m) in d.mixins.iter().enumerate() {
        let at = format!("{at}[{i}]");
        let Some(md) = drafts.get(m) else {
            cx.err(
                Some(key),
                None,
                at,
                format!("mixin `{m}` does not resolve to a shape"),
            );
            continue;
        };
        if !md.traits.has(MIXIN) {
            cx.err(
                Some(key),
                None,
                at,
                format!("`{m}` is used as a mixin but lacks the `{MIXIN}` trait"),
            );
            continue;
        }
        if md.kind != d.kind {
            let msg = format!(
                "mixin `{m}` is a {}, but this shape is a {}",
                md.kind, d.kind
            );
            cx.err(Some(key), None, at, msg);
            continue;
        }
        // Later mixins override earlier ones; the shape's own traits override all of them (below).
        let local = local_traits(&md.traits);
        for (k, v) in &md.traits {
            if !local.contains(&k.as_str()) {
                inherited.insert(k.clone(), v.clone());
            }
        }
        for mem in &md.members {
            match members.iter_mut().find(|x| x.name == mem.name) {
                Some(existing) if existing.target != mem.target => {
                    let msg = format!(
                        "member `{}` is inherited from two mixins with different targets (`{}` and `{}`)",
                        mem.name, existing.target, mem.target
                    );
                    cx.err(Some(key), Some(&mem.name), at.clone(), msg);
                }
                Some(existing) => existing.traits.extend(mem.traits.clone()),
                None => members.push(mem.clone()),
            }
        }
    }
    let Some(d) = drafts.get_mut(id) else { return };
    for mem in std::mem::take(&mut d.members) {
        match members.iter_mut().find(|x| x.name == mem.name) {
            Some(existing) if existing.target != mem.target => {
                let msg = format!(
                    "member `{}` targets `{}`, but the member it redefines from a mixin targets `{}`",
                    mem.name, mem.target, existing.target
                );
                cx.err(
                    Some(key),
                    Some(&mem.name),
                    member_path(key, mem.field, &mem.name),
                    msg,
                );
            }
            Some(existing) => {
                existing.traits.extend(mem.traits);
                existing.field = mem.field;
            }
            None => members.push(mem),
        }
    }
    inherited.extend(std::mem::take(&mut d.traits));
    d.traits = inherited;
    d.members = members;
}
