//! The resolved model: every reference checked, mixins flattened, `apply` merged, Smithy 1.0 constructs
//! normalised into 2.0 ones, nullability decided. The back end walks this and never decides a Smithy rule.
//!
//! Everything here is ordered (`BTreeMap`, or `Vec` in the model's declared member order), so walking it is
//! deterministic.

use std::cmp::Ordering;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::sync::Arc;

pub use super::trait_map::Traits;

use serde_json::Value;

/// An absolute shape id, `namespace#Name`, optionally with `$member`.
///
/// Ids are map keys all over the front end and the IR and are cloned into every map that refers to a
/// shape: the namespace and the name are shared (`Arc<str>`), so a clone allocates nothing for them, and
/// parsed ids share one allocation per namespace (see `shape_id`). The order is the text order of the
/// fields, as it was with `String`s.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct ShapeId {
    pub namespace: Arc<str>,
    pub name: Arc<str>,
    pub member: Option<String>,
}

/// The derived order, except that a part shared with the other id (the same `Arc`, as ids parsed in one
/// resolution mostly are) is equal without comparing its text: ids are the keys of every map, and
/// most comparisons would otherwise compare the same namespace text.
impl Ord for ShapeId {
    fn cmp(&self, other: &Self) -> Ordering {
        fn part(a: &Arc<str>, b: &Arc<str>) -> Ordering {
            if Arc::ptr_eq(a, b) {
                return Ordering::Equal;
            }
            // A map search compares with keys that mostly differ in their first byte: that decides
            // without a call to `memcmp`.
            match (a.as_bytes().first(), b.as_bytes().first()) {
                (Some(x), Some(y)) if x != y => x.cmp(y),
                _ => a.cmp(b),
            }
        }
        part(&self.namespace, &other.namespace)
            .then_with(|| part(&self.name, &other.name))
            .then_with(|| self.member.cmp(&other.member))
    }
}

impl PartialOrd for ShapeId {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl ShapeId {
    /// The id of a shape (no member part).
    pub fn new(namespace: impl Into<Arc<str>>, name: impl Into<Arc<str>>) -> Self {
        ShapeId {
            namespace: namespace.into(),
            name: name.into(),
            member: None,
        }
    }

    /// Is this a shape of the Smithy prelude (`smithy.api#...`)?
    pub fn is_prelude(&self) -> bool {
        &*self.namespace == "smithy.api"
    }

    /// `smithy.api#Unit`, the target of an operation without input or output.
    pub fn is_unit(&self) -> bool {
        self.is_prelude() && &*self.name == "Unit"
    }
}

impl fmt::Display for ShapeId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}#{}", self.namespace, self.name)?;
        if let Some(m) = &self.member {
            write!(f, "${m}")?;
        }
        Ok(())
    }
}

/// A member of a structure, union, list (`member`) or map (`key`, `value`).
#[derive(Debug, Clone, PartialEq)]
pub struct Member {
    /// The member name as written in the model (`BackupId`, `member`, `key`, `value`).
    pub name: String,
    /// The resolved target; a prelude target is a `smithy.api` id and has a shape in the resolved model.
    pub target: ShapeId,
    /// Member traits, with the traits of the target shape NOT merged in (ask the target for those).
    pub traits: Traits,
    /// Decided once by the Smithy 2.0 structure member optionality rules for a client (required, default,
    /// clientOptional, `@input` structures, 1.0 `box`): `true` means the generated field is `Option`.
    /// Always `false` for list members, map keys and map values (sparse collections say so on the shape).
    pub optional: bool,
}

/// A value of a string `enum` (or of a 1.0 string shape with the `enum` trait).
#[derive(Debug, Clone, PartialEq)]
pub struct EnumValue {
    /// The member name (for 1.0 `enum` traits: `name`, or a name derived from the value when absent).
    pub name: String,
    /// The string sent on the wire.
    pub value: String,
    pub traits: Traits,
}

/// A value of an `intEnum`.
#[derive(Debug, Clone, PartialEq)]
pub struct IntEnumValue {
    pub name: String,
    pub value: i32,
    pub traits: Traits,
}

/// An operation: its input and output structures (`smithy.api#Unit` when absent) and every error it can
/// return, including the service-wide errors, deduplicated and sorted.
#[derive(Debug, Clone, PartialEq)]
pub struct Operation {
    pub input: ShapeId,
    pub output: ShapeId,
    pub errors: Vec<ShapeId>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Service {
    pub version: String,
    /// Every operation bound to the service, directly or through its resources (recursively), sorted.
    pub operations: Vec<ShapeId>,
    /// The resources bound directly to the service.
    pub resources: Vec<ShapeId>,
    /// Service-wide errors (already added to each operation's `errors`).
    pub errors: Vec<ShapeId>,
    /// `rename` from the service: shape id -> the name the service calls it.
    pub rename: BTreeMap<ShapeId, String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Resource {
    /// Identifier name -> target shape.
    pub identifiers: BTreeMap<String, ShapeId>,
    /// Property name -> target shape.
    pub properties: BTreeMap<String, ShapeId>,
    pub create: Option<ShapeId>,
    pub put: Option<ShapeId>,
    pub read: Option<ShapeId>,
    pub update: Option<ShapeId>,
    pub delete: Option<ShapeId>,
    pub list: Option<ShapeId>,
    pub operations: Vec<ShapeId>,
    pub collection_operations: Vec<ShapeId>,
    pub resources: Vec<ShapeId>,
}

/// What a shape is. Aggregate members keep the model's declared order (mixin members first, as the spec says).
// Service and resource shapes are few and never copied around; boxing them would only add noise.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Clone, PartialEq)]
pub enum ShapeKind {
    Blob,
    Boolean,
    String,
    Byte,
    Short,
    Integer,
    Long,
    Float,
    Double,
    BigInteger,
    BigDecimal,
    Timestamp,
    Document,
    Enum(Vec<EnumValue>),
    IntEnum(Vec<IntEnumValue>),
    /// A list; `unique` is true for a Smithy 1.0 `set` (or a list with `@uniqueItems`).
    List {
        member: Member,
        unique: bool,
    },
    Map {
        key: Member,
        value: Member,
    },
    Structure(Vec<Member>),
    Union(Vec<Member>),
    Service(Service),
    Resource(Resource),
    Operation(Operation),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Shape {
    pub id: ShapeId,
    pub kind: ShapeKind,
    /// Shape traits after mixins and `apply`. Mixin-only traits (`smithy.api#mixin`) are dropped.
    pub traits: Traits,
}

/// The shapes of a [`Model`]: iterated in id order (they are inserted sorted), found by hash.
pub type Shapes = indexmap::IndexMap<ShapeId, Shape, foldhash::fast::FixedState>;

/// A model with every reference checked. Mixin shapes are not in `shapes` (they were flattened away).
#[derive(Debug, Clone, PartialEq)]
pub struct Model {
    /// `"2.0"` or `"1.0"`, as the document said.
    pub smithy_version: String,
    pub metadata: BTreeMap<String, Value>,
    /// Every shape, including the prelude shapes that the model's members target, in id order. Hashed
    /// for lookups: lowering looks a shape up for every member, and a search of a sorted map compared
    /// ids a dozen times for each (a tenth of the generator's time).
    pub shapes: Shapes,
    /// Members whose Rust field must be boxed to break a cycle of structures and unions that does not pass
    /// through a list or map: (containing shape, member name).
    pub boxed_members: BTreeSet<(ShapeId, String)>,
}
