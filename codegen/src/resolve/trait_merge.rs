//! Trait conflict resolution (spec: model.rst, "Trait conflict resolution"). It is a rule of the spec on its
//! own, independent of drafts, so it stays out of `apply`, its caller.

use serde_json::Value;

use super::Traits;
use super::cx::{Cx, short_json};

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
