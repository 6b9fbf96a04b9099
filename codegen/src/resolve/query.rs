//! Lookups on the resolved model that the back end needs everywhere.

use super::{Model, Service, Shape, ShapeId, ShapeKind};

impl Model {
    /// The service shape: the first one in id order when the model has several.
    pub fn service(&self) -> Option<(&ShapeId, &Service)> {
        self.shapes.iter().find_map(|(id, s)| match &s.kind {
            ShapeKind::Service(svc) => Some((id, svc)),
            _ => None,
        })
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
