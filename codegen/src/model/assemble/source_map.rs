//! Where each shape of an assembled model was defined, so that the errors of later stages (which speak of
//! shape ids and JSON paths) also say file, line and column.

use foldhash::HashMap;

use super::{Source, span_of};
use crate::diag::{Diagnostics, Span};

#[derive(Debug, Default)]
pub(crate) struct SourceMap {
    shapes: HashMap<String, Loc>,
}

/// Where a shape was defined: the file, the offset of its name (IDL only), the offsets of its members'
/// names.
#[derive(Debug)]
pub(crate) struct Loc {
    pub file: usize,
    pub at: Option<u32>,
    pub members_at: Vec<u32>,
}

impl SourceMap {
    pub fn new(shapes: impl Iterator<Item = (String, Loc)>) -> Self {
        SourceMap {
            shapes: shapes.collect(),
        }
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
            .and_then(|m| super::member_at(&sources[loc.file].bytes, &loc.members_at, m))
            .or(loc.at);
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
