//! `apply` entries (spec: model.rst, "Applying traits externally"). They run in two passes around mixin flattening:
//! members a shape defines itself take their traits first, members that only exist once mixins are
//! flattened take theirs after, so an `apply` reaches a member whichever way the shape got it.

use std::collections::BTreeMap;

use super::ShapeId;
use super::Traits;
use super::cx::Cx;
use super::draft::{Applies, Draft};
use super::trait_merge::merge_traits;
use crate::model::shape_path;

/// An `apply` to a member the shape does not define itself: it may come from a mixin, so it waits for
/// [`apply_pending`].
pub(crate) struct Pending<'a> {
    root: ShapeId,
    member: String,
    key: &'a str,
    traits: Traits,
}

/// Applies `apply` entries to shapes and to members defined locally. Applies to members that only exist
/// once mixins are flattened are returned for [`apply_pending`].
pub(crate) fn apply_to_drafts<'a>(
    drafts: &mut BTreeMap<ShapeId, Draft>,
    applies: &Applies<'a>,
    cx: &mut Cx,
) -> Vec<Pending<'a>> {
    let mut pending = Vec::new();
    for (id, key, traits) in applies {
        let at = shape_path(key);
        let root = id.root();
        let Some(d) = drafts.get_mut(&root) else {
            cx.err(
                Some(key),
                None,
                at,
                format!("`apply` targets `{root}`, which is not defined in the model"),
            );
            continue;
        };
        match &id.member {
            None => merge_traits(&mut d.traits, traits.clone(), cx, key, None, &at),
            Some(m) => match d.members.iter_mut().find(|x| &x.name == m) {
                Some(mem) => merge_traits(&mut mem.traits, traits.clone(), cx, key, None, &at),
                None => pending.push(Pending {
                    root,
                    member: m.clone(),
                    key,
                    traits: traits.clone(),
                }),
            },
        }
    }
    pending
}

pub(crate) fn apply_pending(
    drafts: &mut BTreeMap<ShapeId, Draft>,
    pending: Vec<Pending>,
    cx: &mut Cx,
) {
    for p in pending {
        let at = shape_path(p.key);
        let mem = drafts
            .get_mut(&p.root)
            .and_then(|d| d.members.iter_mut().find(|x| x.name == p.member));
        match mem {
            Some(mem) => merge_traits(&mut mem.traits, p.traits, cx, p.key, None, &at),
            None => {
                let msg = format!(
                    "`apply` targets member `{}` of `{}`, which has no such member",
                    p.member, p.root
                );
                cx.err(Some(p.key), None, at, msg);
            }
        }
    }
}
