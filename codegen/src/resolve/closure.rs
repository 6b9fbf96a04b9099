//! The closure of a service: every shape code generation needs for it (or for some of its operations).

use super::{Model, ShapeId, ShapeKind};
use crate::diag::{Diagnostic, Diagnostics};

impl Model {
    /// Every shape reachable from `service`, sorted by id: the service, its operations (with their input,
    /// output and errors), resources, and every member target, transitively. With `operations`, only the
    /// named operations (by name, `DeleteBackup`, or absolute id) and what they reach, plus the service and
    /// its errors; an unknown name is an error that lists the valid ones.
    pub fn closure(
        &self,
        service: &ShapeId,
        operations: Option<&[String]>,
    ) -> Result<Vec<ShapeId>, Diagnostics> {
        let mut diags = Diagnostics::new(service.to_string());
        let svc = match self.shapes.get(service).map(|s| &s.kind) {
            Some(ShapeKind::Service(svc)) => svc,
            Some(_) => {
                diags.push(err(service, format!("`{service}` is not a service")));
                return diags.finish(Vec::new());
            }
            None => {
                diags.push(err(
                    service,
                    format!("service `{service}` is not in the model"),
                ));
                return diags.finish(Vec::new());
            }
        };
        let mut start: Vec<&ShapeId> = vec![service];
        match operations {
            None => {
                start.extend(&svc.operations);
                start.extend(&svc.resources);
            }
            Some(names) => {
                for name in names {
                    let found = find_operation(&svc.operations, name);
                    match found {
                        Some(op) => start.push(op),
                        None => {
                            let valid: Vec<&str> =
                                svc.operations.iter().map(|o| &*o.name).collect();
                            let msg = format!(
                                "`{name}` is not an operation of `{service}`; valid operations: {}",
                                valid.join(", ")
                            );
                            diags.push(err(service, msg));
                        }
                    }
                }
            }
        }
        start.extend(&svc.errors);
        // Hashed, then sorted once: lowering asks for one closure per operation to decide its types' features.
        let mut seen: foldhash::HashSet<&ShapeId> = foldhash::HashSet::default();
        let mut stack = start;
        while let Some(id) = stack.pop() {
            if !seen.insert(id) {
                continue;
            }
            let Some(shape) = self.shapes.get(id) else {
                continue;
            };
            match &shape.kind {
                ShapeKind::List { member, .. } => stack.push(&member.target),
                ShapeKind::Map { key, value } => stack.extend([&key.target, &value.target]),
                ShapeKind::Structure(ms) | ShapeKind::Union(ms) => {
                    stack.extend(ms.iter().map(|m| &m.target))
                }
                ShapeKind::Operation(op) => {
                    stack.extend([&op.input, &op.output]);
                    stack.extend(&op.errors);
                }
                ShapeKind::Resource(r) => {
                    stack.extend(r.identifiers.values());
                    stack.extend(r.properties.values());
                    stack.extend(
                        [&r.create, &r.put, &r.read, &r.update, &r.delete, &r.list]
                            .into_iter()
                            .flatten(),
                    );
                    stack.extend(&r.operations);
                    stack.extend(&r.collection_operations);
                    stack.extend(&r.resources);
                }
                // Only the operations chosen above: a subset must not pull in the rest through the service.
                ShapeKind::Service(_) => {}
                _ => {}
            }
        }
        let mut shapes: Vec<ShapeId> = seen.into_iter().cloned().collect();
        shapes.sort_unstable();
        diags.finish(shapes)
    }
}

/// The operation `name` names: by its name (`DeleteBackup`), or by its absolute id when `name` has a `#`
/// (a name never does, so only then are ids written out to compare).
fn find_operation<'a>(operations: &'a [ShapeId], name: &str) -> Option<&'a ShapeId> {
    if name.contains('#') {
        operations.iter().find(|op| op.to_string() == name)
    } else {
        operations.iter().find(|op| *op.name == *name)
    }
}

fn err(service: &ShapeId, message: String) -> Diagnostic {
    Diagnostic {
        span: None,
        shape: Some(service.to_string()),
        member: None,
        location: String::new(),
        message,
    }
}

impl Model {
    /// The names of `--operations` that are not operations of the selected service, as one argument error
    /// (lines starting `error: `, ready to print):
    /// each bad name once, with the nearest valid name when one is close, and the valid names listed once
    /// when some bad name has no suggestion. `Ok` when every name is valid or no operations were selected.
    pub fn check_operation_names(
        &self,
        service: Option<&str>,
        names: Option<&[String]>,
    ) -> Result<(), String> {
        let (Some(names), Ok(Some((sid, svc)))) = (names, self.select_service(service)) else {
            return Ok(());
        };
        let valid: Vec<&str> = svc.operations.iter().map(|o| &*o.name).collect();
        let mut lines = Vec::new();
        let mut unsuggested = false;
        for name in names {
            if find_operation(&svc.operations, name).is_some() {
                continue;
            }
            match crate::suggest::closest(name, valid.iter().copied()) {
                Some(near) => lines.push(format!(
                    "error: --operations: `{name}` is not an operation of `{sid}`; did you mean `{near}`?"
                )),
                None => {
                    unsuggested = true;
                    lines.push(format!(
                        "error: --operations: `{name}` is not an operation of `{sid}`"
                    ))
                }
            }
        }
        if lines.is_empty() {
            return Ok(());
        }
        if unsuggested {
            lines.push(format!(
                "  its {} operations: {}",
                valid.len(),
                valid.join(", ")
            ));
        }
        Err(lines.join("\n"))
    }
}
