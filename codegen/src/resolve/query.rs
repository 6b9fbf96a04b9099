//! Lookups on the resolved model that the back end needs everywhere.

use super::{Model, Service, Shape, ShapeId, ShapeKind};

impl Model {
    /// The model's service when it has exactly one; `None` when it has none or several (then
    /// [`Model::select_service`] says which to choose from).
    pub fn service(&self) -> Option<(&ShapeId, &Service)> {
        let mut all = self.services();
        match (all.next(), all.next()) {
            (Some(one), None) => Some(one),
            _ => None,
        }
    }

    /// The service to generate: the one named by `wanted` (a shape id), or else the model's only service.
    /// `Ok(None)` for a model without services. A model with several services and no `wanted` is an
    /// error that lists them, as is a `wanted` that is not a service of the model: taking one silently
    /// would generate a client for a service the user did not mean.
    pub fn select_service(
        &self,
        wanted: Option<&str>,
    ) -> Result<Option<(&ShapeId, &Service)>, String> {
        let ids = || {
            self.services()
                .map(|(id, _)| format!("`{id}`"))
                .collect::<Vec<_>>()
                .join(", ")
        };
        match wanted {
            Some(w) => self
                .services()
                .find(|(id, _)| id.to_string() == w)
                .map(Some)
                .ok_or_else(|| match self.services().next() {
                    None => {
                        format!("`{w}` is not a service of the model: the model has no service")
                    }
                    Some(_) => format!(
                        "`{w}` is not a service of the model; its services are {}",
                        ids()
                    ),
                }),
            None => {
                let mut all = self.services();
                match (all.next(), all.next()) {
                    (first, None) => Ok(first),
                    _ => Err(format!(
                        "the model has several services; choose one with `--service` (Settings::service): {}",
                        ids()
                    )),
                }
            }
        }
    }

    /// Every service shape, in id order.
    pub fn services(&self) -> impl Iterator<Item = (&ShapeId, &Service)> {
        self.shapes.iter().filter_map(|(id, s)| match &s.kind {
            ShapeKind::Service(svc) => Some((id, svc)),
            _ => None,
        })
    }

    pub fn shape(&self, id: &ShapeId) -> Option<&Shape> {
        self.shapes.get(id)
    }

    /// Must the Rust field for `member` of `shape` be boxed (it closes a cycle of structures/unions)?
    pub fn is_boxed(&self, shape: &ShapeId, member: &str) -> bool {
        // The set is small; a linear scan avoids allocating a key for the lookup.
        self.boxed_members
            .iter()
            .any(|(s, m)| s == shape && m == member)
    }
}
