//! The prelude shapes (`smithy.api#String`, `PrimitiveInteger`, `Unit`, ...) that members may target without
//! the model defining them. Only the shapes of the prelude a model can target as data are here; the prelude's
//! trait-definition shapes are not data types.

use serde_json::{Value, json};

use super::traits::{DEFAULT, UNIT_TYPE};
use super::{Shape, ShapeId, ShapeKind, Traits};
use crate::model::ShapeType;

const PRELUDE: &[(&str, ShapeType)] = &[
    ("String", ShapeType::String),
    ("Blob", ShapeType::Blob),
    ("BigInteger", ShapeType::BigInteger),
    ("BigDecimal", ShapeType::BigDecimal),
    ("Timestamp", ShapeType::Timestamp),
    ("Document", ShapeType::Document),
    ("Boolean", ShapeType::Boolean),
    ("Byte", ShapeType::Byte),
    ("Short", ShapeType::Short),
    ("Integer", ShapeType::Integer),
    ("Long", ShapeType::Long),
    ("Float", ShapeType::Float),
    ("Double", ShapeType::Double),
    ("PrimitiveBoolean", ShapeType::Boolean),
    ("PrimitiveByte", ShapeType::Byte),
    ("PrimitiveShort", ShapeType::Short),
    ("PrimitiveInteger", ShapeType::Integer),
    ("PrimitiveLong", ShapeType::Long),
    ("PrimitiveFloat", ShapeType::Float),
    ("PrimitiveDouble", ShapeType::Double),
    ("Unit", ShapeType::Structure),
];

pub(crate) const NAMESPACE: &str = "smithy.api";

/// The type of prelude shape `id`, if it is one.
pub(crate) fn prelude_type(id: &ShapeId) -> Option<ShapeType> {
    if &*id.namespace != NAMESPACE || id.member.is_some() {
        return None;
    }
    PRELUDE
        .iter()
        .find(|(n, _)| *n == &*id.name)
        .map(|(_, t)| *t)
}

/// The zero default of a primitive type (`false` or `0`), for the `Primitive*` prelude shapes and for
/// Smithy 1.0 members targeting unboxed primitives.
pub(crate) fn zero_default(t: ShapeType) -> Value {
    if t == ShapeType::Boolean {
        Value::Bool(false)
    } else {
        json!(0)
    }
}

/// Whether `t` is a type that Smithy 1.0 made non-nullable unless boxed.
pub(crate) fn is_primitive_type(t: ShapeType) -> bool {
    use ShapeType as T;
    matches!(
        t,
        T::Boolean | T::Byte | T::Short | T::Integer | T::Long | T::Float | T::Double
    )
}

/// Is `id` a prelude shape that Smithy 1.0 treated as boxed (`Integer`, `Boolean`, ... but not
/// `PrimitiveInteger`)?
pub(crate) fn prelude_is_boxed(id: &ShapeId) -> bool {
    prelude_type(id).is_some() && !id.name.starts_with("Primitive")
}

/// The resolved prelude shape `id`, if `id` is one.
pub(crate) fn prelude_shape(id: &ShapeId) -> Option<Shape> {
    let t = prelude_type(id)?;
    let mut traits = Traits::default();
    if id.name.starts_with("Primitive") {
        traits.insert(DEFAULT.into(), zero_default(t));
    }
    let kind = match simple_kind(t) {
        Some(kind) => kind,
        None => {
            traits.insert(UNIT_TYPE.into(), json!({}));
            ShapeKind::Structure(Vec::new())
        }
    };
    Some(Shape {
        id: id.clone(),
        kind,
        traits,
    })
}

/// The kind of a shape of simple type `t` (which has no members, so the type alone decides it); `None` for
/// the types with members, and for `enum` and `intEnum`, whose kind holds their values.
pub(crate) fn simple_kind(t: ShapeType) -> Option<ShapeKind> {
    Some(match t {
        ShapeType::String => ShapeKind::String,
        ShapeType::Blob => ShapeKind::Blob,
        ShapeType::BigInteger => ShapeKind::BigInteger,
        ShapeType::BigDecimal => ShapeKind::BigDecimal,
        ShapeType::Timestamp => ShapeKind::Timestamp,
        ShapeType::Document => ShapeKind::Document,
        ShapeType::Boolean => ShapeKind::Boolean,
        ShapeType::Byte => ShapeKind::Byte,
        ShapeType::Short => ShapeKind::Short,
        ShapeType::Integer => ShapeKind::Integer,
        ShapeType::Long => ShapeKind::Long,
        ShapeType::Float => ShapeKind::Float,
        ShapeType::Double => ShapeKind::Double,
        ShapeType::Enum
        | ShapeType::IntEnum
        | ShapeType::List
        | ShapeType::Set
        | ShapeType::Map
        | ShapeType::Structure
        | ShapeType::Union
        | ShapeType::Service
        | ShapeType::Resource
        | ShapeType::Operation
        | ShapeType::Apply => return None,
    })
}
