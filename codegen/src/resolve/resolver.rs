//! AST -> resolved model. Collects every problem into [`Diagnostics`] and fails once at the end.

use std::collections::{BTreeMap, BTreeSet};

use foldhash::HashMap;
use foldhash::HashMapExt;

use serde_json::Value;

use super::prelude::{self, prelude_type};
use super::{
    EnumValue, IntEnumValue, Member, Model, Operation, Resource, Service, Shape, ShapeId,
    ShapeKind, Traits, enums, mixins, recursion, shape_id,
};
use crate::diag::{Diagnostic, Diagnostics};
use crate::model::{self, AstTraits, ShapeRef, ShapeType, shape_path};

pub(crate) const MIXIN: &str = "smithy.api#mixin";
const REQUIRED: &str = "smithy.api#required";
const DEFAULT: &str = "smithy.api#default";
const CLIENT_OPTIONAL: &str = "smithy.api#clientOptional";
const INPUT: &str = "smithy.api#input";
const BOX: &str = "smithy.api#box";
const ERROR: &str = "smithy.api#error";
const ENUM_VALUE: &str = "smithy.api#enumValue";
const ENUM: &str = "smithy.api#enum";
const UNIQUE_ITEMS: &str = "smithy.api#uniqueItems";

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

/// The diagnostics sink, with helpers that fill in shape, member and location.
pub(crate) struct Cx {
    pub diags: Diagnostics,
}

impl Cx {
    pub fn err(
        &mut self,
        shape: Option<&str>,
        member: Option<&str>,
        location: String,
        message: String,
    ) {
        self.diags.push(Diagnostic {
            shape: shape.map(str::to_string),
            member: member.map(str::to_string),
            location,
            message,
        });
    }

    /// Copies trait values into resolved [`Traits`], checking that every trait id is absolute.
    fn traits(
        &mut self,
        src: AstTraits,
        shape: &str,
        member: Option<&str>,
        at: &dyn Fn() -> String,
    ) -> Traits {
        let mut out = BTreeMap::new();
        for (k, v) in src {
            if let Err(e) = shape_id::check(&k) {
                self.err(
                    Some(shape),
                    member,
                    format!("{}.traits", at()),
                    format!("trait id: {e}"),
                );
                continue;
            }
            if let Some(e) = super::traits::check(&k, &v) {
                self.err(
                    Some(shape),
                    member,
                    format!("{}.traits[\"{k}\"]", at()),
                    format!("invalid `{k}` value: {e}"),
                );
            }
            out.insert(k, v);
        }
        Traits(out)
    }
}

pub(crate) fn member_path(key: &str, field: Field, name: &str) -> String {
    match field {
        Field::Members => format!("{}.members.{name}", shape_path(key)),
        Field::Member => format!("{}.member", shape_path(key)),
        Field::Key => format!("{}.key", shape_path(key)),
        Field::Value => format!("{}.value", shape_path(key)),
    }
}

/// Resolves a parsed model: see the module docs of [`crate::resolve`]. `source` names the document in
/// diagnostics. Clones the trait values; [`resolve_owned`] moves them instead.
pub fn resolve(model: &model::Model, source: &str) -> Result<Model, Diagnostics> {
    resolve_owned(model.clone(), source)
}

/// [`resolve`], consuming the AST so trait values (most of a model's bytes) are moved, not copied.
pub fn resolve_owned(model: model::Model, source: &str) -> Result<Model, Diagnostics> {
    let model::Model {
        smithy,
        metadata,
        shapes,
    } = model;
    let mut cx = Cx {
        diags: Diagnostics::new(source),
    };
    let v1 = match smithy.as_str() {
        "1" | "1.0" => true,
        "2" | "2.0" => false,
        other => {
            cx.err(
                None,
                None,
                "smithy".into(),
                format!("unsupported Smithy version `{other}` (expected \"1.0\" or \"2.0\")"),
            );
            false
        }
    };

    let mut entries: Vec<(String, model::Shape)> = shapes.into_iter().collect();
    let parts: Vec<Parts> = entries.iter_mut().map(|(_, s)| Parts::take(s)).collect();
    let (mut drafts, applies) = drafts(&entries, parts, &mut cx);
    let pending = apply_to_drafts(&mut drafts, &applies, &mut cx);
    mixins::flatten(&mut drafts, &mut cx);
    apply_pending(&mut drafts, pending, &mut cx);

    let info: HashMap<ShapeId, Info> = drafts
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
    let mut b = Builder {
        cx,
        info,
        v1,
        prelude_used: BTreeSet::new(),
    };
    let mut shapes = BTreeMap::new();
    for (id, d) in drafts {
        if d.traits.has(MIXIN) {
            continue;
        }
        if let Some(shape) = b.shape(id, d) {
            shapes.insert(shape.id.clone(), shape);
        }
    }
    let Builder {
        cx, prelude_used, ..
    } = b;
    for id in prelude_used {
        if let Some(s) = prelude::prelude_shape(&id) {
            shapes.entry(id).or_insert(s);
        }
    }
    bind_service_operations(&mut shapes);
    let boxed_members = recursion::boxed_members(&shapes);
    let metadata = metadata.into_iter().collect();
    cx.diags.finish(Model {
        smithy_version: smithy,
        metadata,
        shapes,
        boxed_members,
    })
}

type Applies<'a> = Vec<(ShapeId, &'a str, Traits)>;

/// A shape id compared and hashed ignoring ASCII case, to find ids that differ only in case without
/// allocating a lowercase copy of every id.
struct Caseless<'a>(&'a str);

impl PartialEq for Caseless<'_> {
    fn eq(&self, other: &Self) -> bool {
        self.0.eq_ignore_ascii_case(other.0)
    }
}

impl Eq for Caseless<'_> {}

impl std::hash::Hash for Caseless<'_> {
    fn hash<H: std::hash::Hasher>(&self, h: &mut H) {
        for b in self.0.bytes() {
            h.write_u8(b.to_ascii_lowercase());
        }
    }
}

/// The parts of an AST shape that move into the draft; the rest stays borrowed.
struct Parts {
    traits: AstTraits,
    members: Option<indexmap::IndexMap<String, model::Member>>,
    member: Option<model::Member>,
    key: Option<model::Member>,
    value: Option<model::Member>,
}

impl Parts {
    fn take(s: &mut model::Shape) -> Parts {
        Parts {
            traits: std::mem::take(&mut s.traits),
            members: s.members.take(),
            member: s.member.take(),
            key: s.key.take(),
            value: s.value.take(),
        }
    }
}

/// Parses every shape id and builds the drafts; `apply` entries are returned separately.
fn drafts<'a>(
    entries: &'a [(String, model::Shape)],
    parts: Vec<Parts>,
    cx: &mut Cx,
) -> (BTreeMap<ShapeId, Draft<'a>>, Applies<'a>) {
    let mut drafts = BTreeMap::new();
    let mut applies = Vec::new();
    let mut lower: HashMap<Caseless, &str> = HashMap::with_capacity(entries.len());
    for ((key, s), parts) in entries.iter().zip(parts) {
        let key = key.as_str();
        let id: ShapeId = match key.parse() {
            Ok(id) => id,
            Err(e) => {
                cx.err(Some(key), None, shape_path(key), e);
                continue;
            }
        };
        let traits = cx.traits(parts.traits, key, None, &|| shape_path(key));
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
            let target = match m.target.parse::<ShapeId>() {
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
            let traits = cx.traits(m.traits, key, Some(&name), &at);
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
            match r.target.parse::<ShapeId>() {
                Ok(t) => mixins.push(t),
                Err(e) => cx.err(
                    Some(key),
                    None,
                    format!("{}.mixins[{i}]", shape_path(key)),
                    format!("mixin: {e}"),
                ),
            }
        }
        drafts.insert(
            id,
            Draft {
                key,
                ast: s,
                kind: s.kind,
                traits,
                members,
                mixins,
            },
        );
    }
    (drafts, applies)
}

/// Merges `src` into `dst` by the spec's trait conflict rules: lists concatenate, equal values are fine,
/// anything else is a conflict.
pub(crate) fn merge_traits(
    dst: &mut Traits,
    src: Traits,
    cx: &mut Cx,
    shape: &str,
    member: Option<&str>,
    at: &str,
) {
    for (k, v) in src.0 {
        match dst.0.get_mut(&k) {
            None => {
                dst.0.insert(k, v);
            }
            Some(Value::Array(old)) if v.is_array() => {
                if let Value::Array(new) = v {
                    old.extend(new);
                }
            }
            Some(old) if *old == v => {}
            Some(old) => {
                let msg = format!(
                    "conflicting values for trait `{k}`: {} is already applied, {} cannot be applied too",
                    short_json(old),
                    short_json(&v)
                );
                cx.err(Some(shape), member, format!("{at}.traits[\"{k}\"]"), msg);
            }
        }
    }
}

/// A JSON value for an error message, cut short when long.
pub(crate) fn short_json(v: &Value) -> String {
    let s = v.to_string();
    if s.chars().count() > 60 {
        format!("{}...", s.chars().take(57).collect::<String>())
    } else {
        s
    }
}

struct Pending<'a> {
    root: ShapeId,
    member: String,
    key: &'a str,
    traits: Traits,
}

/// Applies `apply` entries to shapes and to members defined locally. Applies to members that only exist
/// once mixins are flattened are returned for [`apply_pending`].
fn apply_to_drafts<'a>(
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

fn apply_pending(drafts: &mut BTreeMap<ShapeId, Draft>, pending: Vec<Pending>, cx: &mut Cx) {
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

/// What the builder needs to know about any shape while it consumes the drafts.
struct Info {
    kind: ShapeType,
    boxed: bool,
    mixin: bool,
    error: bool,
}

struct Builder {
    cx: Cx,
    info: HashMap<ShapeId, Info>,
    v1: bool,
    prelude_used: BTreeSet<ShapeId>,
}

impl Builder {
    /// The type of the shape `target` resolves to; reports a missing or mixin target.
    fn target(
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

    fn shape_ref(
        &mut self,
        r: &ShapeRef,
        key: &str,
        at: &str,
        what: &str,
        want: &[ShapeType],
    ) -> Option<ShapeId> {
        let id = match r.target.parse::<ShapeId>() {
            Ok(id) if id.member.is_none() => id,
            Ok(_) => {
                self.cx.err(
                    Some(key),
                    None,
                    at.into(),
                    format!("{what} `{}` must not be a member id", r.target),
                );
                return None;
            }
            Err(e) => {
                self.cx
                    .err(Some(key), None, at.into(), format!("{what}: {e}"));
                return None;
            }
        };
        let t = self.target(&id, key, None, &|| at.to_string(), what)?;
        if !want.contains(&t) {
            let names: Vec<&str> = want.iter().map(|t| t.as_str()).collect();
            let msg = format!(
                "{what} `{id}` has type `{t}`, expected type `{}`",
                names.join("` or `")
            );
            self.cx.err(Some(key), None, at.into(), msg);
            return None;
        }
        Some(id)
    }

    fn refs(
        &mut self,
        rs: &[ShapeRef],
        key: &str,
        at: &str,
        what: &str,
        want: &[ShapeType],
    ) -> Vec<ShapeId> {
        let mut out = Vec::with_capacity(rs.len());
        for (i, r) in rs.iter().enumerate() {
            if let Some(id) = self.shape_ref(r, key, &format!("{at}[{i}]"), what, want) {
                out.push(id);
            }
        }
        out
    }

    fn opt_ref(
        &mut self,
        r: &Option<ShapeRef>,
        key: &str,
        prop: &str,
        want: &[ShapeType],
    ) -> Option<ShapeId> {
        let at = format!("{}.{prop}", shape_path(key));
        r.as_ref()
            .and_then(|r| self.shape_ref(r, key, &at, prop, want))
    }

    /// Checks a member's target and turns it into a resolved member; `optional` only for structures.
    fn member(&mut self, key: &str, m: DMember, structure: Option<bool>) -> Option<Member> {
        let at = || format!("{}.target", member_path(key, m.field, &m.name));
        let t = self.target(&m.target, key, Some(&m.name), &at, "target")?;
        let mut traits = m.traits;
        let optional = match structure {
            None => false,
            Some(input) => {
                if !traits.has(DEFAULT) && self.implied_default(&m.target, &traits, t) {
                    traits.0.insert(DEFAULT.into(), prelude::zero_default(t));
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

    /// Does a member without `@default` get a zero default from its target: Smithy 1.0 unboxed primitives,
    /// and the `Primitive*` prelude shapes in any version.
    fn implied_default(&self, target: &ShapeId, member_traits: &Traits, t: ShapeType) -> bool {
        if !prelude::is_primitive_type(t) {
            return false;
        }
        let prelude_primitive = prelude_type(target).is_some()
            && !self.info.contains_key(target)
            && target.name.starts_with("Primitive");
        if prelude_primitive {
            return true;
        }
        if !self.v1 || member_traits.has(BOX) {
            return false;
        }
        match self.info.get(target) {
            Some(i) => !i.boxed,
            None => !prelude::prelude_is_boxed(target),
        }
    }

    fn shape(&mut self, id: ShapeId, d: Draft) -> Option<Shape> {
        let key = d.key;
        let at = || shape_path(key);
        let mut traits = d.traits;
        let kind = match d.kind {
            ShapeType::Blob => ShapeKind::Blob,
            ShapeType::Boolean => ShapeKind::Boolean,
            ShapeType::String => match traits.get(ENUM) {
                Some(v) => ShapeKind::Enum(enums::from_enum_trait(v, key, &mut self.cx)),
                None => ShapeKind::String,
            },
            ShapeType::Byte => ShapeKind::Byte,
            ShapeType::Short => ShapeKind::Short,
            ShapeType::Integer => ShapeKind::Integer,
            ShapeType::Long => ShapeKind::Long,
            ShapeType::Float => ShapeKind::Float,
            ShapeType::Double => ShapeKind::Double,
            ShapeType::BigInteger => ShapeKind::BigInteger,
            ShapeType::BigDecimal => ShapeKind::BigDecimal,
            ShapeType::Timestamp => ShapeKind::Timestamp,
            ShapeType::Document => ShapeKind::Document,
            ShapeType::Enum => ShapeKind::Enum(self.enum_values(key, d.members)),
            ShapeType::IntEnum => ShapeKind::IntEnum(self.int_enum_values(key, d.members)),
            ShapeType::List | ShapeType::Set => {
                let unique = d.kind == ShapeType::Set || traits.has(UNIQUE_ITEMS);
                let mut it = d.members.into_iter();
                let Some(m) = it.next() else {
                    let msg = format!("a {} must have a `member`", d.kind);
                    self.cx.err(Some(key), None, at(), msg);
                    return None;
                };
                ShapeKind::List {
                    member: self.member(key, m, None)?,
                    unique,
                }
            }
            ShapeType::Map => {
                let mut key_m = None;
                let mut value_m = None;
                for m in d.members {
                    match m.field {
                        Field::Key => key_m = Some(m),
                        _ => value_m = Some(m),
                    }
                }
                let (Some(k), Some(v)) = (key_m, value_m) else {
                    self.cx.err(
                        Some(key),
                        None,
                        at(),
                        "a map must have both a `key` and a `value`".into(),
                    );
                    return None;
                };
                let key_target = k.target.clone();
                let k = self.member(key, k, None);
                let v = self.member(key, v, None);
                let (k, v) = (k?, v?);
                let key_type = self
                    .info
                    .get(&key_target)
                    .map(|i| i.kind)
                    .or_else(|| prelude_type(&key_target));
                if let Some(t) = key_type
                    && !matches!(t, ShapeType::String | ShapeType::Enum)
                {
                    let msg = format!("map key `{key_target}` has type `{t}`, expected type `string` or `enum`");
                    self.cx
                        .err(Some(key), Some("key"), format!("{}.key.target", at()), msg);
                }
                ShapeKind::Map { key: k, value: v }
            }
            ShapeType::Structure => {
                let input = traits.has(INPUT);
                let members = d
                    .members
                    .into_iter()
                    .filter_map(|m| self.member(key, m, Some(input)))
                    .collect();
                ShapeKind::Structure(members)
            }
            ShapeType::Union => {
                if d.members.is_empty() {
                    self.cx.err(
                        Some(key),
                        None,
                        at(),
                        "a union must have at least one member".into(),
                    );
                }
                ShapeKind::Union(
                    d.members
                        .into_iter()
                        .filter_map(|m| self.member(key, m, None))
                        .collect(),
                )
            }
            ShapeType::Service => ShapeKind::Service(self.service(key, d.ast)),
            ShapeType::Resource => ShapeKind::Resource(self.resource(key, d.ast)),
            ShapeType::Operation => ShapeKind::Operation(self.operation(key, d.ast)),
            ShapeType::Apply => return None,
        };
        traits.0.remove(MIXIN);
        Some(Shape { id, kind, traits })
    }

    fn enum_values(&mut self, key: &str, members: Vec<DMember>) -> Vec<EnumValue> {
        let empty = members.is_empty();
        let mut out: Vec<EnumValue> = Vec::with_capacity(members.len());
        for m in members {
            let at = || member_path(key, m.field, &m.name);
            let value = match m.traits.get(ENUM_VALUE) {
                None => m.name.clone(),
                Some(Value::String(s)) => s.clone(),
                Some(other) => {
                    let msg = format!(
                        "enumValue of an enum member must be a string, found {}",
                        short_json(other)
                    );
                    self.cx.err(Some(key), Some(&m.name), at(), msg);
                    continue;
                }
            };
            if let Some(prev) = out.iter().find(|e| e.value == value) {
                let msg = format!(
                    "enum value \"{value}\" is already used by member `{}`",
                    prev.name
                );
                self.cx.err(Some(key), Some(&m.name), at(), msg);
                continue;
            }
            out.push(EnumValue {
                name: m.name,
                value,
                traits: m.traits,
            });
        }
        if empty {
            self.cx.err(
                Some(key),
                None,
                shape_path(key),
                "an enum must have at least one member".into(),
            );
        }
        out
    }

    fn int_enum_values(&mut self, key: &str, members: Vec<DMember>) -> Vec<IntEnumValue> {
        let empty = members.is_empty();
        let mut out: Vec<IntEnumValue> = Vec::with_capacity(members.len());
        for m in members {
            let at = || member_path(key, m.field, &m.name);
            let value = match m
                .traits
                .get(ENUM_VALUE)
                .map(|v| v.as_i64().map(i32::try_from))
            {
                Some(Some(Ok(v))) => v,
                None => {
                    let msg =
                        "an intEnum member must have an integer `smithy.api#enumValue`".to_string();
                    self.cx.err(Some(key), Some(&m.name), at(), msg);
                    continue;
                }
                Some(_) => {
                    let msg =
                        "enumValue of an intEnum member must be an integer that fits in 32 bits"
                            .to_string();
                    self.cx.err(Some(key), Some(&m.name), at(), msg);
                    continue;
                }
            };
            if let Some(prev) = out.iter().find(|e| e.value == value) {
                let msg = format!(
                    "intEnum value {value} is already used by member `{}`",
                    prev.name
                );
                self.cx.err(Some(key), Some(&m.name), at(), msg);
                continue;
            }
            out.push(IntEnumValue {
                name: m.name,
                value,
                traits: m.traits,
            });
        }
        if empty {
            self.cx.err(
                Some(key),
                None,
                shape_path(key),
                "an intEnum must have at least one member".into(),
            );
        }
        out
    }

    fn operation(&mut self, key: &str, ast: &model::Shape) -> Operation {
        let structure = [ShapeType::Structure];
        let unit = || ShapeId::new(prelude::NAMESPACE, "Unit");
        let input = self
            .opt_ref(&ast.input, key, "input", &structure)
            .unwrap_or_else(unit);
        let output = self
            .opt_ref(&ast.output, key, "output", &structure)
            .unwrap_or_else(unit);
        for id in [&input, &output] {
            if id.is_unit() && !self.info.contains_key(id) {
                self.prelude_used.insert(id.clone());
            }
        }
        let errors = self.errors(&ast.errors, key);
        Operation {
            input,
            output,
            errors,
        }
    }

    fn errors(&mut self, rs: &[ShapeRef], key: &str) -> Vec<ShapeId> {
        let at = format!("{}.errors", shape_path(key));
        let mut errors = self.refs(rs, key, &at, "error", &[ShapeType::Structure]);
        errors.retain(|e| {
            let ok = self.info.get(e).is_some_and(|i| i.error);
            if !ok {
                let msg = format!("error `{e}` does not have the `smithy.api#error` trait");
                self.cx.err(Some(key), None, at.clone(), msg);
            }
            ok
        });
        errors.sort();
        errors.dedup();
        errors
    }

    fn service(&mut self, key: &str, ast: &model::Shape) -> Service {
        let at = shape_path(key);
        let operations = self.refs(
            &ast.operations,
            key,
            &format!("{at}.operations"),
            "operation",
            &[ShapeType::Operation],
        );
        let resources = self.refs(
            &ast.resources,
            key,
            &format!("{at}.resources"),
            "resource",
            &[ShapeType::Resource],
        );
        let errors = self.errors(&ast.errors, key);
        let mut rename = BTreeMap::new();
        for (from, to) in &ast.rename {
            let at = format!("{at}.rename[\"{from}\"]");
            let id = match from.parse::<ShapeId>() {
                Ok(id) => id,
                Err(e) => {
                    self.cx.err(Some(key), None, at, format!("rename: {e}"));
                    continue;
                }
            };
            if !self.info.contains_key(&id) {
                self.cx.err(
                    Some(key),
                    None,
                    at,
                    format!("rename: `{id}` is not a shape of the model"),
                );
                continue;
            }
            if !shape_id::is_identifier(to) {
                self.cx.err(
                    Some(key),
                    None,
                    at,
                    format!("rename: `{to}` is not a valid identifier"),
                );
                continue;
            }
            rename.insert(id, to.clone());
        }
        Service {
            version: ast.version.clone().unwrap_or_default(),
            operations,
            resources,
            errors,
            rename,
        }
    }

    fn resource(&mut self, key: &str, ast: &model::Shape) -> Resource {
        let at = shape_path(key);
        let op = [ShapeType::Operation];
        let named = |b: &mut Builder, map: &indexmap::IndexMap<String, ShapeRef>, prop: &str| {
            let mut out = BTreeMap::new();
            for (name, r) in map {
                let at = format!("{at}.{prop}.{name}");
                if let Ok(id) = r.target.parse::<ShapeId>() {
                    if b.target(&id, key, None, &|| at.clone(), prop).is_some() {
                        out.insert(name.clone(), id);
                    }
                } else if let Err(e) = r.target.parse::<ShapeId>() {
                    b.cx.err(Some(key), None, at, format!("{prop}: {e}"));
                }
            }
            out
        };
        let identifiers = named(self, &ast.identifiers, "identifiers");
        let properties = named(self, &ast.properties, "properties");
        Resource {
            identifiers,
            properties,
            create: self.opt_ref(&ast.create, key, "create", &op),
            put: self.opt_ref(&ast.put, key, "put", &op),
            read: self.opt_ref(&ast.read, key, "read", &op),
            update: self.opt_ref(&ast.update, key, "update", &op),
            delete: self.opt_ref(&ast.delete, key, "delete", &op),
            list: self.opt_ref(&ast.list, key, "list", &op),
            operations: self.refs(
                &ast.operations,
                key,
                &format!("{at}.operations"),
                "operation",
                &op,
            ),
            collection_operations: self.refs(
                &ast.collection_operations,
                key,
                &format!("{at}.collectionOperations"),
                "operation",
                &op,
            ),
            resources: self.refs(
                &ast.resources,
                key,
                &format!("{at}.resources"),
                "resource",
                &[ShapeType::Resource],
            ),
        }
    }
}

/// The Smithy 2.0 structure member optionality rules, as a (non-authoritative) client applies them.
fn optional(traits: &Traits, input_structure: bool) -> bool {
    if traits.has(CLIENT_OPTIONAL) || input_structure {
        return true;
    }
    if traits.has(REQUIRED) {
        return false;
    }
    // `@default(null)` explicitly removes a default.
    !matches!(traits.get(DEFAULT), Some(v) if !v.is_null())
}

/// Fills `Service.operations` with every operation bound directly or through resources (recursively), and
/// adds the service's errors to each of those operations.
fn bind_service_operations(shapes: &mut BTreeMap<ShapeId, Shape>) {
    let mut updates: Vec<(ShapeId, Vec<ShapeId>)> = Vec::new();
    let mut services: Vec<(ShapeId, Vec<ShapeId>)> = Vec::new();
    for (id, s) in shapes.iter() {
        let ShapeKind::Service(svc) = &s.kind else {
            continue;
        };
        let mut ops: BTreeSet<ShapeId> = svc.operations.iter().cloned().collect();
        let mut seen = BTreeSet::new();
        let mut stack: Vec<&ShapeId> = svc.resources.iter().collect();
        while let Some(r) = stack.pop() {
            if !seen.insert(r) {
                continue;
            }
            let Some(Shape {
                kind: ShapeKind::Resource(res),
                ..
            }) = shapes.get(r)
            else {
                continue;
            };
            let lifecycle = [
                &res.create,
                &res.put,
                &res.read,
                &res.update,
                &res.delete,
                &res.list,
            ];
            ops.extend(lifecycle.into_iter().flatten().cloned());
            ops.extend(res.operations.iter().cloned());
            ops.extend(res.collection_operations.iter().cloned());
            stack.extend(res.resources.iter());
        }
        for op in &ops {
            updates.push((op.clone(), svc.errors.clone()));
        }
        services.push((id.clone(), ops.into_iter().collect()));
    }
    for (id, ops) in services {
        if let Some(Shape {
            kind: ShapeKind::Service(svc),
            ..
        }) = shapes.get_mut(&id)
        {
            svc.operations = ops;
        }
    }
    for (op, errors) in updates {
        if let Some(Shape {
            kind: ShapeKind::Operation(o),
            ..
        }) = shapes.get_mut(&op)
        {
            o.errors.extend(errors);
            o.errors.sort();
            o.errors.dedup();
        }
    }
}
