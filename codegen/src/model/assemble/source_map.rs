//! Where each shape of an assembled model was defined, so that the errors of later stages (which speak of
//! shape ids and JSON paths) also say file, line and column.

use std::collections::HashMap;

use super::{Source, span_of};
use crate::diag::{Diagnostics, Span};

#[derive(Debug, Default)]
pub(crate) struct SourceMap {
    shapes: HashMap<String, Loc>,
}

#[derive(Debug)]
struct Loc {
    file: usize,
    at: Option<u32>,
    members_at: Vec<(String, u32)>,
}

impl SourceMap {
    /// Records the first definition of `id`.
    pub fn define(
        &mut self,
        id: &str,
        file: usize,
        at: Option<u32>,
        members_at: Vec<(String, u32)>,
    ) {
        self.shapes.entry(id.to_string()).or_insert(Loc {
            file,
            at,
            members_at,
        });
    }

    /// The file and offset `id` was first defined at.
    pub fn origin(&self, id: &str) -> Option<(usize, Option<u32>)> {
        self.shapes.get(id).map(|l| (l.file, l.at))
    }

    /// The place of a shape or of one of its members. `shape` may be a member id (`apply` entries).
    fn span(&self, sources: &[Source], shape: &str, member: Option<&str>) -> Option<Span> {
        let (loc, member) = match self.shapes.get(shape) {
            Some(loc) => (loc, member),
            None => {
                let (root, m) = shape.split_once('$')?;
                (self.shapes.get(root)?, Some(m))
            }
        };
        let at = member
            .and_then(|m| loc.members_at.iter().find(|(n, _)| n == m))
            .map_or(loc.at, |(_, a)| Some(*a));
        Some(span_of(sources, loc.file, at))
    }

    /// Gives every diagnostic that names a shape but no place the place of that shape (or member).
    pub fn locate(&self, sources: &[Source], diags: &mut Diagnostics) {
        if self.shapes.is_empty() {
            return;
        }
        for d in &mut diags.items {
            if d.span.is_none()
                && let Some(shape) = &d.shape
            {
                d.span = self.span(sources, shape, d.member.as_deref()).map(Box::new);
            }
        }
        diags.items.sort();
    }
}
