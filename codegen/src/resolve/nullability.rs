//! Nullability: whether a structure member is `Option` in a client, and whether it gets a zero `@default`
//! from its target (spec: aggregate-types.rst, "Structure member optionality"). They are spec rules that take
//! plain values, not the builder, so they can be read and tested on their own.

use super::traits::{BOX, CLIENT_OPTIONAL, DEFAULT, REQUIRED};
use super::{ShapeId, Traits, prelude};
use crate::model::ShapeType;

/// The Smithy 2.0 structure member optionality rules, as a (non-authoritative) client applies them.
pub(crate) fn optional(traits: &Traits, input_structure: bool) -> bool {
    if traits.has(CLIENT_OPTIONAL) || input_structure {
        return true;
    }
    if traits.has(REQUIRED) {
        return false;
    }
    // `@default(null)` explicitly removes a default.
    !matches!(traits.get(DEFAULT), Some(v) if !v.is_null())
}

/// Does a member without `@default` get a zero default from its target: Smithy 1.0 unboxed primitives,
/// and the `Primitive*` prelude shapes in any version. `target_boxed` is `None` when the model does not
/// define the target (it is a prelude shape), else whether the target has `@box`; `t` is its type.
pub(crate) fn implied_default(
    target: &ShapeId,
    target_boxed: Option<bool>,
    member_traits: &Traits,
    t: ShapeType,
    v1: bool,
) -> bool {
    if !prelude::is_primitive_type(t) {
        return false;
    }
    let prelude_primitive = prelude::prelude_type(target).is_some()
        && target_boxed.is_none()
        && target.name.starts_with("Primitive");
    if prelude_primitive {
        return true;
    }
    if !v1 || member_traits.has(BOX) {
        return false;
    }
    match target_boxed {
        Some(boxed) => !boxed,
        None => !prelude::prelude_is_boxed(target),
    }
}
