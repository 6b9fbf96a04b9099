//! The order of the resolution steps, and nothing else: drafts, `apply` to defined members, mixins, `apply`
//! to inherited members, building every shape, the prelude shapes used, service bindings, the `Expires`
//! text companions, recursion boxing.
//! The steps depend only on the ones below them; this file is the one place that knows them all.

use std::collections::BTreeMap;

use super::builder::Builder;
use super::cx::Cx;
use super::draft::Parts;
use super::shape_id::Ids;
use super::shapes::build_shape;
use super::traits::MIXIN;
use super::{Model, Shape, ShapeId, apply, draft, expires, mixins, operations, prelude, recursion};
use crate::diag::Diagnostics;
use crate::model;

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
    let mut ids = Ids::with_capacity(entries.len());
    let (mut drafts, applies) = draft::drafts(&entries, parts, &mut ids, &mut cx);
    let pending = apply::apply_to_drafts(&mut drafts, &applies, &mut cx);
    mixins::flatten(&mut drafts, &mut cx);
    apply::apply_pending(&mut drafts, pending, &mut cx);

    let mut b = Builder::new(cx, ids, &drafts, v1);
    // The drafts come in id order, so collecting builds the map without searching it for each shape.
    let mut shapes: BTreeMap<ShapeId, Shape> = drafts
        .into_iter()
        .filter(|(_, d)| !d.traits.has(MIXIN))
        .filter_map(|(id, d)| build_shape(&mut b, id, d))
        .map(|shape| (shape.id.clone(), shape))
        .collect();
    let Builder {
        cx, prelude_used, ..
    } = b;
    for id in prelude_used {
        if let Some(s) = prelude::prelude_shape(&id) {
            shapes.entry(id).or_insert(s);
        }
    }
    operations::bind_service_operations(&mut shapes);
    expires::add_string_companions(&mut shapes);
    let boxed_members = recursion::boxed_members(&shapes);
    let metadata = metadata.into_iter().collect();
    cx.diags.finish(Model {
        smithy_version: smithy,
        metadata,
        // From the sorted map, so in id order.
        shapes: shapes.into_iter().collect(),
        boxed_members,
    })
}
