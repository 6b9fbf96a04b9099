//! One resolved shape from its draft: the dispatch on the shape type, and the checks of the aggregate types
//! (list and set members, map keys, structure and union members). It is the top of the builder: enum values
//! and service shapes are built by their own modules, which this calls.

use super::builder::Builder;
use super::draft::{Draft, Field};
use super::prelude::{prelude_type, simple_kind};
use super::traits::{ENUM, INPUT, MIXIN, UNIQUE_ITEMS};
use super::{Shape, ShapeId, ShapeKind, enums, operations};
use crate::model::{ShapeType, shape_path};

pub(crate) fn build_shape(b: &mut Builder, id: ShapeId, d: Draft) -> Option<Shape> {
    let key = d.key;
    let at = || shape_path(key);
    let mut traits = d.traits;
    let kind = match d.kind {
        ShapeType::String => match traits.get(ENUM) {
            Some(v) => ShapeKind::Enum(enums::from_enum_trait(v, key, &mut b.cx)),
            None => ShapeKind::String,
        },
        ShapeType::Enum => ShapeKind::Enum(enums::enum_values(&mut b.cx, key, d.members)),
        ShapeType::IntEnum => ShapeKind::IntEnum(enums::int_enum_values(&mut b.cx, key, d.members)),
        ShapeType::List | ShapeType::Set => {
            let unique = d.kind == ShapeType::Set || traits.has(UNIQUE_ITEMS);
            let mut it = d.members.into_iter();
            let Some(m) = it.next() else {
                let msg = format!("a {} must have a `member`", d.kind);
                b.cx.err(Some(key), None, at(), msg);
                return None;
            };
            ShapeKind::List {
                member: b.member(key, m, None)?,
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
                b.cx.err(
                    Some(key),
                    None,
                    at(),
                    "a map must have both a `key` and a `value`".into(),
                );
                return None;
            };
            let key_target = k.target.clone();
            let k = b.member(key, k, None);
            let v = b.member(key, v, None);
            let (k, v) = (k?, v?);
            let key_type = b
                .info
                .get(&key_target)
                .map(|i| i.kind)
                .or_else(|| prelude_type(&key_target));
            if let Some(t) = key_type
                && !matches!(t, ShapeType::String | ShapeType::Enum)
            {
                let msg = format!(
                    "map key `{key_target}` has type `{t}`, expected type `string` or `enum`"
                );
                b.cx.err(Some(key), Some("key"), format!("{}.key.target", at()), msg);
            }
            ShapeKind::Map { key: k, value: v }
        }
        ShapeType::Structure => {
            let input = traits.has(INPUT);
            let members = d
                .members
                .into_iter()
                .filter_map(|m| b.member(key, m, Some(input)))
                .collect();
            ShapeKind::Structure(members)
        }
        ShapeType::Union => {
            if d.members.is_empty() {
                b.cx.err(
                    Some(key),
                    None,
                    at(),
                    "a union must have at least one member".into(),
                );
            }
            ShapeKind::Union(
                d.members
                    .into_iter()
                    .filter_map(|m| b.member(key, m, None))
                    .collect(),
            )
        }
        ShapeType::Service => ShapeKind::Service(operations::service(b, key, d.ast)),
        ShapeType::Resource => ShapeKind::Resource(operations::resource(b, key, d.ast)),
        ShapeType::Operation => ShapeKind::Operation(operations::operation(b, key, d.ast)),
        ShapeType::Apply => return None,
        simple => simple_kind(simple)?,
    };
    traits.remove(MIXIN);
    Some(Shape { id, kind, traits })
}
