//! Which members must be boxed: a depth-first search over structure/union members (a list or map already
//! puts its elements on the heap, so only direct edges count). Every back edge of the search closes a cycle,
//! and removing all back edges leaves no cycle, so boxing exactly those is enough. Shapes are visited in id
//! order and members in declared order, so the choice is deterministic.

use std::collections::{BTreeMap, BTreeSet};

use foldhash::HashMap;
use foldhash::HashMapExt;

use super::{Member, Shape, ShapeId, ShapeKind};

fn aggregate_members(s: &Shape) -> &[Member] {
    match &s.kind {
        ShapeKind::Structure(m) | ShapeKind::Union(m) => m,
        _ => &[],
    }
}

pub(crate) fn boxed_members(shapes: &BTreeMap<ShapeId, Shape>) -> BTreeSet<(ShapeId, String)> {
    #[derive(PartialEq)]
    enum State {
        OnStack,
        Done,
    }
    // Every member's target is looked up: by hash, which reads the target id once, where a search of
    // `shapes` would compare it with a dozen ids spread over the heap.
    let aggregates: HashMap<&ShapeId, &[Member]> = shapes
        .iter()
        .map(|(id, s)| (id, aggregate_members(s)))
        .filter(|(_, m)| !m.is_empty())
        .collect();
    let mut state: HashMap<&ShapeId, State> = HashMap::with_capacity(aggregates.len());
    let mut boxed = BTreeSet::new();
    for (root, s) in shapes {
        if aggregate_members(s).is_empty() || state.contains_key(root) {
            continue;
        }
        state.insert(root, State::OnStack);
        let mut stack: Vec<(&ShapeId, &[Member], usize)> = vec![(root, aggregate_members(s), 0)];
        while let Some((node, members, i)) = stack.last_mut() {
            let Some(m) = members.get(*i) else {
                state.insert(*node, State::Done);
                stack.pop();
                continue;
            };
            *i += 1;
            let node = *node;
            let Some((&tid, &tm)) = aggregates.get_key_value(&m.target) else {
                continue;
            };
            match state.get(tid) {
                None => {
                    state.insert(tid, State::OnStack);
                    stack.push((tid, tm, 0));
                }
                Some(State::OnStack) => {
                    boxed.insert((node.clone(), m.name.clone()));
                }
                Some(State::Done) => {}
            }
        }
    }
    boxed
}
