//! The JSON AST types. Deserialised directly (no intermediate `serde_json::Value` for the document), because
//! parsing a 3 MB model is on every code generation run. Trait values stay JSON: any trait, losslessly.

use std::fmt;

use indexmap::IndexMap;
use serde::de::{self, Deserializer, MapAccess, Visitor};
use serde::{Deserialize, Serialize};
use serde_json::Value;

/// Trait id -> trait value, in document order.
pub type AstTraits = IndexMap<String, Value>;

/// A whole JSON AST document.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Model {
    /// The `smithy` version string as written (`"2.0"`, `"1.0"`, ...); checked by `resolve`.
    pub smithy: String,
    #[serde(default, skip_serializing_if = "IndexMap::is_empty")]
    pub metadata: IndexMap<String, Value>,
    /// Shape id -> shape, in document order. A shape id appearing twice is an error (JSON allows it, the
    /// last one would silently win otherwise).
    #[serde(
        default,
        deserialize_with = "unique_shapes",
        skip_serializing_if = "IndexMap::is_empty"
    )]
    pub shapes: IndexMap<String, Shape>,
}

/// The `type` of an AST shape (`apply` included, since it shares the `shapes` map).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum ShapeType {
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
    Enum,
    IntEnum,
    List,
    Set,
    Map,
    Structure,
    Union,
    Service,
    Resource,
    Operation,
    Apply,
}

impl ShapeType {
    /// The name used in the JSON AST.
    pub fn as_str(self) -> &'static str {
        match self {
            ShapeType::Blob => "blob",
            ShapeType::Boolean => "boolean",
            ShapeType::String => "string",
            ShapeType::Byte => "byte",
            ShapeType::Short => "short",
            ShapeType::Integer => "integer",
            ShapeType::Long => "long",
            ShapeType::Float => "float",
            ShapeType::Double => "double",
            ShapeType::BigInteger => "bigInteger",
            ShapeType::BigDecimal => "bigDecimal",
            ShapeType::Timestamp => "timestamp",
            ShapeType::Document => "document",
            ShapeType::Enum => "enum",
            ShapeType::IntEnum => "intEnum",
            ShapeType::List => "list",
            ShapeType::Set => "set",
            ShapeType::Map => "map",
            ShapeType::Structure => "structure",
            ShapeType::Union => "union",
            ShapeType::Service => "service",
            ShapeType::Resource => "resource",
            ShapeType::Operation => "operation",
            ShapeType::Apply => "apply",
        }
    }
}

impl ShapeType {
    pub const ALL: [ShapeType; 24] = [
        ShapeType::Blob,
        ShapeType::Boolean,
        ShapeType::String,
        ShapeType::Byte,
        ShapeType::Short,
        ShapeType::Integer,
        ShapeType::Long,
        ShapeType::Float,
        ShapeType::Double,
        ShapeType::BigInteger,
        ShapeType::BigDecimal,
        ShapeType::Timestamp,
        ShapeType::Document,
        ShapeType::Enum,
        ShapeType::IntEnum,
        ShapeType::List,
        ShapeType::Set,
        ShapeType::Map,
        ShapeType::Structure,
        ShapeType::Union,
        ShapeType::Service,
        ShapeType::Resource,
        ShapeType::Operation,
        ShapeType::Apply,
    ];
}

/// By hand rather than derived: serde_json reports a non-string where an enum is expected as a JSON syntax
/// error, which would be misleading; this says which type names are valid.
impl<'de> Deserialize<'de> for ShapeType {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl Visitor<'_> for V {
            type Value = ShapeType;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a shape type name")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<ShapeType, E> {
                ShapeType::ALL
                    .into_iter()
                    .find(|t| t.as_str() == v)
                    .ok_or_else(|| {
                        let names: Vec<&str> = ShapeType::ALL.iter().map(|t| t.as_str()).collect();
                        E::custom(format_args!(
                            "unknown shape type `{v}`, expected one of: {}",
                            names.join(", ")
                        ))
                    })
            }
        }
        d.deserialize_str(V)
    }
}

impl fmt::Display for ShapeType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// `{"target": "ns#Name"}`.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct ShapeRef {
    pub target: String,
}

/// A member definition: a target and its traits.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Member {
    pub target: String,
    #[serde(
        default,
        deserialize_with = "unique_traits",
        skip_serializing_if = "IndexMap::is_empty"
    )]
    pub traits: AstTraits,
}

/// One entry of the `shapes` map. Every property any shape type may have is here (flat, so no buffering is
/// needed to find `type` first); which properties are allowed for which type is checked by [`Shape::misplaced`].
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct Shape {
    #[serde(rename = "type")]
    pub kind: ShapeType,
    #[serde(
        default,
        deserialize_with = "unique_traits",
        skip_serializing_if = "IndexMap::is_empty"
    )]
    pub traits: AstTraits,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub mixins: Vec<ShapeRef>,
    /// structure, union, enum, intEnum.
    #[serde(
        default,
        deserialize_with = "unique_members",
        skip_serializing_if = "Option::is_none"
    )]
    pub members: Option<IndexMap<String, Member>>,
    /// list, set. Boxed, like `key` and `value`: most shapes have none, and a shape's size is what
    /// every shape of a model costs.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub member: Option<Box<Member>>,
    /// map.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key: Option<Box<Member>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<Box<Member>>,
    /// service.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version: Option<String>,
    /// service, resource.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub operations: Vec<ShapeRef>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub resources: Vec<ShapeRef>,
    /// service, operation.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub errors: Vec<ShapeRef>,
    /// service.
    #[serde(default, skip_serializing_if = "IndexMap::is_empty")]
    pub rename: IndexMap<String, String>,
    /// resource.
    #[serde(default, skip_serializing_if = "IndexMap::is_empty")]
    pub identifiers: IndexMap<String, ShapeRef>,
    #[serde(default, skip_serializing_if = "IndexMap::is_empty")]
    pub properties: IndexMap<String, ShapeRef>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub create: Option<ShapeRef>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub put: Option<ShapeRef>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub read: Option<ShapeRef>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub update: Option<ShapeRef>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub delete: Option<ShapeRef>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub list: Option<ShapeRef>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub collection_operations: Vec<ShapeRef>,
    /// operation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub input: Option<ShapeRef>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub output: Option<ShapeRef>,
}

impl Shape {
    /// A shape of type `kind` with nothing else set.
    pub fn new(kind: ShapeType) -> Shape {
        Shape {
            kind,
            traits: AstTraits::default(),
            mixins: Vec::new(),
            members: None,
            member: None,
            key: None,
            value: None,
            version: None,
            operations: Vec::new(),
            resources: Vec::new(),
            errors: Vec::new(),
            rename: IndexMap::new(),
            identifiers: IndexMap::new(),
            properties: IndexMap::new(),
            create: None,
            put: None,
            read: None,
            update: None,
            delete: None,
            list: None,
            collection_operations: Vec::new(),
            input: None,
            output: None,
        }
    }

    /// The JSON properties present on this shape that its type does not allow, by name.
    pub fn misplaced(&self) -> Vec<&'static str> {
        use ShapeType as T;
        let k = self.kind;
        let mut out = Vec::new();
        let mut check = |present: bool, name: &'static str, allowed: bool| {
            if present && !allowed {
                out.push(name);
            }
        };
        let aggregate = matches!(k, T::Structure | T::Union | T::Enum | T::IntEnum);
        check(!self.mixins.is_empty(), "mixins", k != T::Apply);
        check(self.members.is_some(), "members", aggregate);
        check(
            self.member.is_some(),
            "member",
            matches!(k, T::List | T::Set),
        );
        check(self.key.is_some(), "key", k == T::Map);
        check(self.value.is_some(), "value", k == T::Map);
        check(self.version.is_some(), "version", k == T::Service);
        check(
            !self.operations.is_empty(),
            "operations",
            matches!(k, T::Service | T::Resource),
        );
        check(
            !self.resources.is_empty(),
            "resources",
            matches!(k, T::Service | T::Resource),
        );
        check(
            !self.errors.is_empty(),
            "errors",
            matches!(k, T::Service | T::Operation),
        );
        check(!self.rename.is_empty(), "rename", k == T::Service);
        let res = k == T::Resource;
        check(!self.identifiers.is_empty(), "identifiers", res);
        check(!self.properties.is_empty(), "properties", res);
        check(self.create.is_some(), "create", res);
        check(self.put.is_some(), "put", res);
        check(self.read.is_some(), "read", res);
        check(self.update.is_some(), "update", res);
        check(self.delete.is_some(), "delete", res);
        check(self.list.is_some(), "list", res);
        check(
            !self.collection_operations.is_empty(),
            "collectionOperations",
            res,
        );
        check(self.input.is_some(), "input", k == T::Operation);
        check(self.output.is_some(), "output", k == T::Operation);
        out
    }
}

/// Like the derived `IndexMap` deserialisation, but a repeated key is an error: JSON allows it, and the
/// last one would silently win. `what` names a key in the message (`shape id`, `member`, `trait`).
fn unique_map<'de, D: Deserializer<'de>, T: Deserialize<'de>>(
    d: D,
    what: &'static str,
) -> Result<IndexMap<String, T>, D::Error> {
    struct V<T>(&'static str, std::marker::PhantomData<T>);
    impl<'de, T: Deserialize<'de>> Visitor<'de> for V<T> {
        type Value = IndexMap<String, T>;
        fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
            write!(f, "a map of {}s to their definitions", self.0)
        }
        fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
            let mut out = IndexMap::with_capacity(map.size_hint().unwrap_or(0).min(4096));
            while let Some(key) = map.next_key::<String>()? {
                // One hash per key: the entry is kept while the value is read.
                match out.entry(key) {
                    indexmap::map::Entry::Occupied(e) => {
                        return Err(de::Error::custom(format_args!(
                            "{} `{}` is defined twice",
                            self.0,
                            e.key()
                        )));
                    }
                    indexmap::map::Entry::Vacant(e) => {
                        e.insert(map.next_value::<T>()?);
                    }
                }
            }
            Ok(out)
        }
    }
    d.deserialize_map(V(what, std::marker::PhantomData))
}

fn unique_shapes<'de, D: Deserializer<'de>>(d: D) -> Result<IndexMap<String, Shape>, D::Error> {
    unique_map(d, "shape id")
}

fn unique_members<'de, D: Deserializer<'de>>(
    d: D,
) -> Result<Option<IndexMap<String, Member>>, D::Error> {
    unique_map(d, "member").map(Some)
}

fn unique_traits<'de, D: Deserializer<'de>>(d: D) -> Result<AstTraits, D::Error> {
    unique_map(d, "trait")
}
