//! Drafts: the shapes between the AST and the resolved model, with ids parsed, traits owned and checked, and
//! members in a list. Every later step (`apply`, mixins, building) edits or reads drafts, so this is the
//! first step and depends on no other.

use std::collections::BTreeMap;

use foldhash::HashMap;
use foldhash::HashMapExt;

use super::cx::Cx;
use super::shape_id::Ids;
use super::{ShapeId, Traits, shape_id, traits};
use crate::model::{self, AstTraits, ShapeType, shape_path};

/// `apply` entries: the id they target, their key in the model, and the traits they add.
pub(crate) type Applies<'a> = Vec<(ShapeId, &'a str, Traits)>;

/// Which JSON property of the shape a member came from (for error locations).
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum Field {
    Members,
    Member,
    Key,
    Value,
}

#[derive(Debug, Clone)]
pub(crate) struct DMember {
    pub name: String,
    pub field: Field,
    pub target: ShapeId,
    pub traits: Traits,
}

/// A shape between the AST and the resolved model: ids parsed, traits owned, members in a list so mixins
/// and `apply` can be merged in place.
#[derive(Debug)]
pub(crate) struct Draft<'a> {
    pub key: &'a str,
    pub ast: &'a model::Shape,
    pub kind: ShapeType,
    pub traits: Traits,
    pub members: Vec<DMember>,
    pub mixins: Vec<ShapeId>,
}

pub(crate) fn member_path(key: &str, field: Field, name: &str) -> String {
    match field {
        Field::Members => format!("{}.members.{name}", shape_path(key)),
        Field::Member => format!("{}.member", shape_path(key)),
        Field::Key => format!("{}.key", shape_path(key)),
        Field::Value => format!("{}.value", shape_path(key)),
    }
}

/// A shape id compared and hashed ignoring ASCII case, to find ids that differ only in case without
/// allocating a lowercase copy of every id.
struct Caseless<'a>(&'a str);

impl PartialEq for Caseless<'_> {
    fn eq(&self, other: &Self) -> bool {
        self.0.eq_ignore_ascii_case(other.0)
    }
}

impl Eq for Caseless<'_> {}

/// Eight lowercased bytes at a time: a hasher call per byte would cost more than the rest of the map.
impl std::hash::Hash for Caseless<'_> {
    fn hash<H: std::hash::Hasher>(&self, h: &mut H) {
        for chunk in self.0.as_bytes().chunks(8) {
            let mut word = [0u8; 8];
            for (w, b) in word.iter_mut().zip(chunk) {
                *w = b.to_ascii_lowercase();
            }
            h.write_u64(u64::from_le_bytes(word));
        }
    }
}

/// The parts of an AST shape that move into the draft; the rest stays borrowed.
pub(crate) struct Parts {
    traits: AstTraits,
    members: Option<indexmap::IndexMap<String, model::Member>>,
    member: Option<model::Member>,
    key: Option<model::Member>,
    value: Option<model::Member>,
}

impl Parts {
    pub fn take(s: &mut model::Shape) -> Parts {
        Parts {
            traits: std::mem::take(&mut s.traits),
            members: s.members.take(),
            member: s.member.take().map(|m| *m),
            key: s.key.take().map(|m| *m),
            value: s.value.take().map(|m| *m),
        }
    }
}

/// Parses every shape id and builds the drafts; `apply` entries are returned separately.
/// The keys are parsed first, so that every member target naming a shape of the model is found in `ids`.
pub(crate) fn drafts<'a>(
    entries: &'a [(String, model::Shape)],
    parts: Vec<Parts>,
    ids: &mut Ids<'a>,
    cx: &mut Cx,
) -> (BTreeMap<ShapeId, Draft<'a>>, Applies<'a>) {
    // Collected, then sorted once into the map: inserting one by one searches the map for every shape.
    let mut drafts = Vec::with_capacity(entries.len());
    let mut applies = Vec::new();
    let mut lower: HashMap<Caseless, &str> = HashMap::with_capacity(entries.len());
    let parsed: Vec<Result<ShapeId, String>> =
        entries.iter().map(|(key, _)| ids.key(key)).collect();
    for (((key, s), parts), id) in entries.iter().zip(parts).zip(parsed) {
        let key = key.as_str();
        let id: ShapeId = match id {
            Ok(id) => id,
            Err(e) => {
                cx.err(Some(key), None, shape_path(key), e);
                continue;
            }
        };
        let traits = own_traits(cx, parts.traits, key, None, &|| shape_path(key));
        if s.kind == ShapeType::Apply {
            applies.push((id, key, traits));
            continue;
        }
        if id.member.is_some() {
            let msg = "a shape definition cannot have a member id (use an `apply` entry to add traits to a member)";
            cx.err(Some(key), None, shape_path(key), msg.into());
            continue;
        }
        if let Some(other) = lower.insert(Caseless(key), key) {
            let msg = format!("shape id conflicts case-insensitively with `{other}`");
            cx.err(Some(key), None, shape_path(key), msg);
        }
        let mut members = Vec::new();
        let mut member = |cx: &mut Cx, name: String, field: Field, m: model::Member| {
            let at = || member_path(key, field, &name);
            if field == Field::Members && !shape_id::is_identifier(&name) {
                cx.err(
                    Some(key),
                    Some(&name),
                    at(),
                    format!("member name `{name}` is not a valid identifier"),
                );
                return;
            }
            let target = match ids.parse(&m.target) {
                Ok(t) if t.member.is_none() => t,
                Ok(_) => {
                    let msg = format!("target `{}` must be a shape id, not a member id", m.target);
                    cx.err(Some(key), Some(&name), format!("{}.target", at()), msg);
                    return;
                }
                Err(e) => {
                    cx.err(
                        Some(key),
                        Some(&name),
                        format!("{}.target", at()),
                        format!("target: {e}"),
                    );
                    return;
                }
            };
            let traits = own_traits(cx, m.traits, key, Some(&name), &at);
            members.push(DMember {
                name,
                field,
                target,
                traits,
            });
        };
        for (name, m) in parts.members.into_iter().flatten() {
            member(cx, name, Field::Members, m);
        }
        if let Some(m) = parts.member {
            member(cx, "member".into(), Field::Member, m);
        }
        if let Some(m) = parts.key {
            member(cx, "key".into(), Field::Key, m);
        }
        if let Some(m) = parts.value {
            member(cx, "value".into(), Field::Value, m);
        }
        let mut mixins = Vec::new();
        for (i, r) in s.mixins.iter().enumerate() {
            match ids.parse(&r.target) {
                Ok(t) => mixins.push(t),
                Err(e) => cx.err(
                    Some(key),
                    None,
                    format!("{}.mixins[{i}]", shape_path(key)),
                    format!("mixin: {e}"),
                ),
            }
        }
        drafts.push((
            id,
            Draft {
                key,
                ast: s,
                kind: s.kind,
                traits,
                members,
                mixins,
            },
        ));
    }
    (drafts.into_iter().collect(), applies)
}

/// Moves trait values into resolved [`Traits`], reporting trait ids that are not absolute and malformed
/// values of the traits [`traits::check`] knows.
fn own_traits(
    cx: &mut Cx,
    src: AstTraits,
    shape: &str,
    member: Option<&str>,
    at: &dyn Fn() -> String,
) -> Traits {
    let mut out = Vec::with_capacity(src.len());
    for (k, v) in src {
        if let Err(e) = shape_id::check(&k) {
            cx.err(
                Some(shape),
                member,
                format!("{}.traits", at()),
                format!("trait id: {e}"),
            );
            continue;
        }
        if let Some(e) = traits::check(&k, &v) {
            cx.err(
                Some(shape),
                member,
                format!("{}.traits[\"{k}\"]", at()),
                format!("invalid `{k}` value: {e}"),
            );
        }
        out.push((k, v));
    }
    Traits::from_iter(out)
}
