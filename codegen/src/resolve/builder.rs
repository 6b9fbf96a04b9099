//! The builder that turns drafts into resolved shapes: what it knows of every shape (so references can be
//! checked while drafts are consumed), and the checks of references and member targets that every shape
//! type shares. The per-type parts build on it in `enums`, `operations` and `shapes`.

use std::collections::{BTreeMap, BTreeSet};

use foldhash::HashMap;

use super::cx::Cx;
use super::draft::{DMember, Draft, member_path};
use super::nullability::{implied_default, optional};
use super::prelude::{self, prelude_type};
use super::shape_id::Ids;
use super::traits::{BOX, DEFAULT, ERROR, IDEMPOTENCY_TOKEN, MIXIN};
use super::{Member, ShapeId};
use crate::model::{ShapeRef, ShapeType, shape_path};

/// What the builder needs to know about any shape while it consumes the drafts.
pub(crate) struct Info {
    pub kind: ShapeType,
    pub boxed: bool,
    pub mixin: bool,
    pub error: bool,
}

pub(crate) struct Builder<'a> {
    pub cx: Cx,
    /// The ids parsed by `draft`, so references are parsed once per text.
    pub ids: Ids<'a>,
    pub info: HashMap<ShapeId, Info>,
    /// Smithy 1.0: unboxed primitive members get a zero default.
    pub v1: bool,
    /// The prelude shapes the model refers to; only those are added to the resolved model.
    pub prelude_used: BTreeSet<ShapeId>,
}

impl<'a> Builder<'a> {
    pub fn new(cx: Cx, ids: Ids<'a>, drafts: &BTreeMap<ShapeId, Draft>, v1: bool) -> Builder<'a> {
        let info = drafts
            .iter()
            .map(|(id, d)| {
                let i = Info {
                    kind: d.kind,
                    boxed: d.traits.has(BOX),
                    mixin: d.traits.has(MIXIN),
                    error: d.traits.has(ERROR),
                };
                (id.clone(), i)
            })
            .collect();
        Builder {
            cx,
            ids,
            info,
            v1,
            prelude_used: BTreeSet::new(),
        }
    }

    /// The type of the shape `target` resolves to; reports a missing or mixin target.
    pub fn target(
        &mut self,
        target: &ShapeId,
        shape: &str,
        member: Option<&str>,
        at: &dyn Fn() -> String,
        what: &str,
    ) -> Option<ShapeType> {
        if let Some(i) = self.info.get(target) {
            if i.mixin {
                let msg =
                    format!("{what} `{target}` is a mixin; mixins can only be used in `mixins`");
                self.cx.err(Some(shape), member, at(), msg);
                return None;
            }
            return Some(i.kind);
        }
        if let Some(t) = prelude_type(target) {
            self.prelude_used.insert(target.clone());
            return Some(t);
        }
        self.cx.err(
            Some(shape),
            member,
            at(),
            format!("{what} `{target}` does not resolve to a shape"),
        );
        None
    }

    /// `at` makes the error location; it is called only when there is an error to report.
    pub fn shape_ref(
        &mut self,
        r: &ShapeRef,
        key: &str,
        at: &dyn Fn() -> String,
        what: &str,
        want: &[ShapeType],
    ) -> Option<ShapeId> {
        let id = match self.ids.parse(&r.target) {
            Ok(id) if id.member.is_none() => id,
            Ok(_) => {
                self.cx.err(
                    Some(key),
                    None,
                    at(),
                    format!("{what} `{}` must not be a member id", r.target),
                );
                return None;
            }
            Err(e) => {
                self.cx.err(Some(key), None, at(), format!("{what}: {e}"));
                return None;
            }
        };
        let t = self.target(&id, key, None, at, what)?;
        if !want.contains(&t) {
            let names: Vec<&str> = want.iter().map(|t| t.as_str()).collect();
            let msg = format!(
                "{what} `{id}` has type `{t}`, expected type `{}`",
                names.join("` or `")
            );
            self.cx.err(Some(key), None, at(), msg);
            return None;
        }
        Some(id)
    }

    /// The references of a list property; `at` makes the property's location, to which the index is added.
    pub fn refs(
        &mut self,
        rs: &[ShapeRef],
        key: &str,
        at: &dyn Fn() -> String,
        what: &str,
        want: &[ShapeType],
    ) -> Vec<ShapeId> {
        let mut out = Vec::with_capacity(rs.len());
        for (i, r) in rs.iter().enumerate() {
            if let Some(id) = self.shape_ref(r, key, &|| format!("{}[{i}]", at()), what, want) {
                out.push(id);
            }
        }
        out
    }

    pub fn opt_ref(
        &mut self,
        r: &Option<ShapeRef>,
        key: &str,
        prop: &str,
        want: &[ShapeType],
    ) -> Option<ShapeId> {
        let at = || format!("{}.{prop}", shape_path(key));
        r.as_ref()
            .and_then(|r| self.shape_ref(r, key, &at, prop, want))
    }

    /// Checks a member's target and turns it into a resolved member; `optional` only for structures.
    pub fn member(&mut self, key: &str, m: DMember, structure: Option<bool>) -> Option<Member> {
        let at = || format!("{}.target", member_path(key, m.field, &m.name));
        let t = self.target(&m.target, key, Some(&m.name), &at, "target")?;
        let mut traits = m.traits;
        if let Some(problem) = traits
            .get(DEFAULT)
            .and_then(|v| super::defaults::incompatible(t, v))
        {
            let at = format!(
                "{}.traits[\"{DEFAULT}\"]",
                member_path(key, m.field, &m.name)
            );
            self.cx.err(Some(key), Some(&m.name), at, problem);
            return None;
        }
        // The spec's selector is `structure > member > string`: the client fills it with a UUID.
        if traits.has(IDEMPOTENCY_TOKEN) && t != ShapeType::String {
            let at = format!(
                "{}.traits[\"{IDEMPOTENCY_TOKEN}\"]",
                member_path(key, m.field, &m.name)
            );
            let problem = format!(
                "`@idempotencyToken` needs a string member (the client fills it with a UUID); this one targets {}",
                t.as_str()
            );
            self.cx.err(Some(key), Some(&m.name), at, problem);
            return None;
        }
        let optional = match structure {
            None => false,
            Some(input) => {
                let target_boxed = self.info.get(&m.target).map(|i| i.boxed);
                if !traits.has(DEFAULT)
                    && implied_default(&m.target, target_boxed, &traits, t, self.v1)
                {
                    traits.insert(DEFAULT.into(), prelude::zero_default(t));
                }
                optional(&traits, input)
            }
        };
        Some(Member {
            name: m.name,
            target: m.target,
            traits,
            optional,
        })
    }
}
