//! Trait conflict resolution (spec: model.rst, "Trait conflict resolution"). It is a rule of the spec on its
//! own, independent of drafts, so it stays out of `apply`, its caller. Merging model files uses the same
//! rule for traits and, almost word for word, for metadata (spec: model.rst, "Metadata conflicts").

use serde_json::Value;

use super::Traits;
use super::cx::{Cx, short_json};

/// One value applied over another: lists concatenate, equal values are fine, anything else is a conflict
/// and gives the rejected value back.
pub(crate) fn merge_value(old: &mut Value, new: Value) -> Result<(), Value> {
    match (old, new) {
        (Value::Array(old), Value::Array(new)) => {
            old.extend(new);
            Ok(())
        }
        (old, new) if *old == new => Ok(()),
        (_, new) => Err(new),
    }
}

/// The message for a trait `k` that is applied twice with values that do not merge.
pub(crate) fn conflict_message(k: &str, old: &Value, new: &Value) -> String {
    format!(
        "conflicting values for trait `{k}`: {} is already applied, {} cannot be applied too",
        short_json(old),
        short_json(new)
    )
}

/// Merges `src` into `dst` by the spec's trait conflict rules.
pub(crate) fn merge_traits(
    dst: &mut Traits,
    src: Traits,
    cx: &mut Cx,
    shape: &str,
    member: Option<&str>,
    at: &str,
) {
    for (k, v) in src {
        match dst.get_mut(&k) {
            None => {
                dst.insert(k, v);
            }
            Some(old) => {
                if let Err(v) = merge_value(old, v) {
                    let msg = conflict_message(&k, old, &v);
                    cx.err(Some(shape), member, format!("{at}.traits[\"{k}\"]"), msg);
                }
            }
        }
    }
}
