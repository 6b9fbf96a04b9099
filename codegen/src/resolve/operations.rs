//! Operations, services and resources: their references checked (operation input, output and errors,
//! service and resource bindings, service `rename`), and, once every shape is built, each service's
//! operations collected through its resources with the service's errors added to them. This is the service
//! closure part of the spec (service-types.rst), separate from the data shapes.

use std::collections::{BTreeMap, BTreeSet};

use super::builder::Builder;
use super::traits::ERROR;
use super::{Operation, Resource, Service, Shape, ShapeId, ShapeKind, prelude, shape_id};
use crate::model::{self, ShapeRef, ShapeType, shape_path};

pub(crate) fn operation(b: &mut Builder, key: &str, ast: &model::Shape) -> Operation {
    let structure = [ShapeType::Structure];
    let unit = || ShapeId::new(prelude::NAMESPACE, "Unit");
    let input = b
        .opt_ref(&ast.input, key, "input", &structure)
        .unwrap_or_else(unit);
    let output = b
        .opt_ref(&ast.output, key, "output", &structure)
        .unwrap_or_else(unit);
    for id in [&input, &output] {
        if id.is_unit() && !b.info.contains_key(id) {
            b.prelude_used.insert(id.clone());
        }
    }
    let errors = errors(b, &ast.errors, key);
    Operation {
        input,
        output,
        errors,
    }
}

fn errors(b: &mut Builder, rs: &[ShapeRef], key: &str) -> Vec<ShapeId> {
    let at = || format!("{}.errors", shape_path(key));
    let mut errors = b.refs(rs, key, &at, "error", &[ShapeType::Structure]);
    errors.retain(|e| {
        let ok = b.info.get(e).is_some_and(|i| i.error);
        if !ok {
            let msg = format!("error `{e}` does not have the `{ERROR}` trait");
            b.cx.err(Some(key), None, at(), msg);
        }
        ok
    });
    errors.sort();
    errors.dedup();
    errors
}

pub(crate) fn service(b: &mut Builder, key: &str, ast: &model::Shape) -> Service {
    let at = shape_path(key);
    let operations = b.refs(
        &ast.operations,
        key,
        &|| format!("{at}.operations"),
        "operation",
        &[ShapeType::Operation],
    );
    let resources = b.refs(
        &ast.resources,
        key,
        &|| format!("{at}.resources"),
        "resource",
        &[ShapeType::Resource],
    );
    let errors = errors(b, &ast.errors, key);
    let mut rename = BTreeMap::new();
    for (from, to) in &ast.rename {
        let at = format!("{at}.rename[\"{from}\"]");
        let id = match from.parse::<ShapeId>() {
            Ok(id) => id,
            Err(e) => {
                b.cx.err(Some(key), None, at, format!("rename: {e}"));
                continue;
            }
        };
        if !b.info.contains_key(&id) {
            b.cx.err(
                Some(key),
                None,
                at,
                format!("rename: `{id}` is not a shape of the model"),
            );
            continue;
        }
        if !shape_id::is_identifier(to) {
            b.cx.err(
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

pub(crate) fn resource(b: &mut Builder, key: &str, ast: &model::Shape) -> Resource {
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
    let identifiers = named(b, &ast.identifiers, "identifiers");
    let properties = named(b, &ast.properties, "properties");
    Resource {
        identifiers,
        properties,
        create: b.opt_ref(&ast.create, key, "create", &op),
        put: b.opt_ref(&ast.put, key, "put", &op),
        read: b.opt_ref(&ast.read, key, "read", &op),
        update: b.opt_ref(&ast.update, key, "update", &op),
        delete: b.opt_ref(&ast.delete, key, "delete", &op),
        list: b.opt_ref(&ast.list, key, "list", &op),
        operations: b.refs(
            &ast.operations,
            key,
            &|| format!("{at}.operations"),
            "operation",
            &op,
        ),
        collection_operations: b.refs(
            &ast.collection_operations,
            key,
            &|| format!("{at}.collectionOperations"),
            "operation",
            &op,
        ),
        resources: b.refs(
            &ast.resources,
            key,
            &|| format!("{at}.resources"),
            "resource",
            &[ShapeType::Resource],
        ),
    }
}

/// Fills `Service.operations` with every operation bound directly or through resources (recursively), and
/// adds the service's errors to each of those operations.
pub(crate) fn bind_service_operations(shapes: &mut BTreeMap<ShapeId, Shape>) {
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
