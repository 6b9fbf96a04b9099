//! What an IDL file leaves open until every file is read: the targets of elided members (`$name`, spec:
//! idl.rst, "Target elision"), the values of annotation traits whose shapes are outside the prelude (spec:
//! idl.rst, "Omitted trait values"), and, when Smithy 1.0 and 2.0 files are merged, the zero defaults that
//! 1.0 gave members targeting unboxed primitives (the JSON AST has one version for the whole model, so the
//! 1.0 files' meaning is made explicit in 2.0 terms).

use foldhash::{HashMap, HashMapExt};

use serde_json::Value;

use super::super::idl::prelude;
use super::{Loaded, Source, member_at, span_of};
use crate::diag::{Diagnostic, Diagnostics};
use crate::model::{AstTraits, Member, Shape, ShapeType};
use crate::resolve::{is_primitive_type, zero_default};

const BOX: &str = "smithy.api#box";
const DEFAULT: &str = "smithy.api#default";

/// How deep elided targets are followed through mixins: far more than any model needs, and a bound on
/// the recursion a hostile model can cause.
const MAX_MIXIN_DEPTH: usize = 64;

enum Fix {
    Target {
        entry: usize,
        member: String,
        target: String,
    },
    Trait {
        entry: usize,
        member: Option<String>,
        id: String,
        value: Value,
    },
    ApplyTrait {
        apply: usize,
        id: String,
        value: Value,
    },
}

pub(crate) fn complete(
    loaded: &mut Loaded,
    sources: &[Source],
    upgrade_v1: bool,
    diags: &mut Diagnostics,
) {
    let fixes = {
        let index = Index::new(loaded);
        let mut fixes = Vec::new();
        for (i, e) in loaded.entries.iter().enumerate() {
            for name in &e.elided {
                match index.elided(i, name, 0) {
                    Some(target) => fixes.push(Fix::Target {
                        entry: i,
                        member: name.clone(),
                        target,
                    }),
                    None => {
                        let at = member_at(&sources[e.file].bytes, &e.members_at, name).or(e.at);
                        let resource = e
                            .for_resource
                            .as_ref()
                            .map(|r| {
                                format!(
                                    "resource `{r}` has no identifier or property `{name}` and "
                                )
                            })
                            .unwrap_or_default();
                        let msg = format!(
                            "cannot find the target of `${name}`: {resource}no mixin of `{}` has a member `{name}`",
                            e.id
                        );
                        diags.push(Diagnostic {
                            shape: Some(e.id.clone()),
                            member: Some(name.clone()),
                            ..Diagnostic::at(span_of(sources, e.file, at), msg)
                        });
                    }
                }
            }
            for (member, id) in &e.annotations {
                fixes.push(Fix::Trait {
                    entry: i,
                    member: member.clone(),
                    id: id.clone(),
                    value: index.annotation(id),
                });
            }
            if upgrade_v1 && e.v1 && e.shape.kind == ShapeType::Structure {
                for (name, m) in e.shape.members.iter().flatten() {
                    if let Some(value) = index.v1_default(m) {
                        fixes.push(Fix::Trait {
                            entry: i,
                            member: Some(name.clone()),
                            id: DEFAULT.into(),
                            value,
                        });
                    }
                }
            }
        }
        for (i, a) in loaded.applies.iter().enumerate() {
            for id in &a.annotations {
                fixes.push(Fix::ApplyTrait {
                    apply: i,
                    id: id.clone(),
                    value: index.annotation(id),
                });
            }
        }
        fixes
    };
    for fix in fixes {
        match fix {
            Fix::Target {
                entry,
                member,
                target,
            } => {
                if let Some(m) = member_mut(&mut loaded.entries[entry].shape, &member) {
                    m.target = target;
                }
            }
            Fix::Trait {
                entry,
                member,
                id,
                value,
            } => {
                let shape = &mut loaded.entries[entry].shape;
                let traits: Option<&mut AstTraits> = match &member {
                    None => Some(&mut shape.traits),
                    Some(m) => member_mut(shape, m).map(|m| &mut m.traits),
                };
                if let Some(t) = traits {
                    t.insert(id, value);
                }
            }
            Fix::ApplyTrait { apply, id, value } => {
                loaded.applies[apply].traits.insert(id, value);
            }
        }
    }
}

/// The first definition of every shape id, over all files.
struct Index<'a> {
    loaded: &'a Loaded,
    by_id: HashMap<&'a str, usize>,
}

impl<'a> Index<'a> {
    fn new(loaded: &'a Loaded) -> Self {
        let mut by_id = HashMap::with_capacity(loaded.entries.len());
        for (i, e) in loaded.entries.iter().enumerate() {
            by_id.entry(e.id.as_str()).or_insert(i);
        }
        Index { loaded, by_id }
    }

    fn shape(&self, id: &str) -> Option<(usize, &'a Shape)> {
        let &i = self.by_id.get(id)?;
        Some((i, &self.loaded.entries[i].shape))
    }

    /// The target of elided member `name` of entry `i`: the `for` resource's identifier or property of
    /// that name first, then the first mixin that has (or inherits) the member.
    fn elided(&self, i: usize, name: &str, depth: usize) -> Option<String> {
        if depth > MAX_MIXIN_DEPTH {
            return None;
        }
        let e = &self.loaded.entries[i];
        if let Some(r) = &e.for_resource
            && let Some((_, res)) = self.shape(r)
            && let Some(t) = res
                .identifiers
                .get(name)
                .or_else(|| res.properties.get(name))
        {
            return Some(t.target.clone());
        }
        e.shape
            .mixins
            .iter()
            .find_map(|m| self.member_target(&m.target, name, depth + 1))
    }

    /// The target of member `name` of shape `id`, whether it defines the member (perhaps elided itself)
    /// or inherits it from a mixin.
    fn member_target(&self, id: &str, name: &str, depth: usize) -> Option<String> {
        if depth > MAX_MIXIN_DEPTH {
            return None;
        }
        let (i, shape) = self.shape(id)?;
        match member_of(shape, name) {
            Some(m) if !m.target.is_empty() => Some(m.target.clone()),
            Some(_) => self.elided(i, name, depth + 1),
            None => shape
                .mixins
                .iter()
                .find_map(|m| self.member_target(&m.target, name, depth + 1)),
        }
    }

    /// The value of annotation trait `id` by the type of its shape; `{}` when the model does not define
    /// it (most annotation traits are structures).
    fn annotation(&self, id: &str) -> Value {
        let kind = self
            .shape(id)
            .map(|(_, s)| s.kind)
            .or_else(|| id.strip_prefix("smithy.api#").and_then(prelude::shape_type));
        prelude::annotation_value(kind.unwrap_or(ShapeType::Structure))
    }

    /// The zero `@default` Smithy 1.0 implied for a structure member: one without `@box` or `@default`
    /// that targets a primitive shape without `@box` (in the prelude, the `Primitive*` shapes).
    fn v1_default(&self, m: &Member) -> Option<Value> {
        if m.traits.contains_key(DEFAULT) || m.traits.contains_key(BOX) {
            return None;
        }
        let (kind, boxed) = match self.shape(&m.target) {
            Some((_, s)) => (s.kind, s.traits.contains_key(BOX)),
            None => {
                let name = m.target.strip_prefix("smithy.api#")?;
                (prelude::shape_type(name)?, !name.starts_with("Primitive"))
            }
        };
        (is_primitive_type(kind) && !boxed).then(|| zero_default(kind))
    }
}

/// Member `name` of a shape, whichever property holds it.
pub(crate) fn member_of<'s>(shape: &'s Shape, name: &str) -> Option<&'s Member> {
    match shape.kind {
        ShapeType::List | ShapeType::Set if name == "member" => shape.member.as_deref(),
        ShapeType::Map if name == "key" => shape.key.as_deref(),
        ShapeType::Map if name == "value" => shape.value.as_deref(),
        _ => shape.members.as_ref()?.get(name),
    }
}

pub(crate) fn member_mut<'s>(shape: &'s mut Shape, name: &str) -> Option<&'s mut Member> {
    match shape.kind {
        ShapeType::List | ShapeType::Set if name == "member" => shape.member.as_deref_mut(),
        ShapeType::Map if name == "key" => shape.key.as_deref_mut(),
        ShapeType::Map if name == "value" => shape.value.as_deref_mut(),
        _ => shape.members.as_mut()?.get_mut(name),
    }
}
