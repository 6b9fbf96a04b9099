//! JSON bytes -> [`Model`], with errors that say where (line and column, and the JSON path).

use std::collections::BTreeSet;

use serde_path_to_error::{Path, Segment};

use super::Model;
use crate::diag::{Diagnostic, Diagnostics};

/// Parses a Smithy JSON AST document. `source` names the document in diagnostics (usually its file name).
///
/// Only the JSON structure is checked here: unknown properties, wrong JSON types, properties a shape type
/// does not allow. Versions, shape ids and references are checked by [`crate::resolve::resolve`].
pub fn parse(bytes: &[u8], source: &str) -> Result<Model, Diagnostics> {
    parse_recovering(bytes, source).map_err(|r| r.diags)
}

/// [`parse`], and when shapes fail to read, what the other shapes give: the model of those (for the later
/// phases to check, so that their errors are reported too), the diagnostics, and the ids of the shapes
/// that did not read.
pub fn parse_recovering(bytes: &[u8], source: &str) -> Result<Model, Box<Recovery>> {
    match parse_strict(bytes, source) {
        Ok(model) => Ok(model),
        Err((true, diags)) => match super::recover::recover(bytes, source) {
            Some(r) if !r.diags.is_empty() => {
                let mut diags = r.diags;
                // Properties misplaced on the shapes that did read are errors of this phase too.
                misplaced(&r.model, &mut diags);
                Err(Box::new(Recovery {
                    partial: Some(r.model),
                    diags,
                    broken: r.broken,
                }))
            }
            _ => Err(Recovery::nothing(diags)),
        },
        Err((false, diags)) => Err(Recovery::nothing(diags)),
    }
}

/// What [`parse_recovering`] gives when the document has errors.
pub struct Recovery {
    /// The model of the shapes that read, when only shapes failed.
    pub partial: Option<Model>,
    pub diags: Diagnostics,
    /// The ids of the shapes that did not read.
    pub broken: BTreeSet<String>,
}

impl Recovery {
    fn nothing(diags: Diagnostics) -> Box<Recovery> {
        Box::new(Recovery {
            partial: None,
            diags,
            broken: BTreeSet::new(),
        })
    }
}

/// The first reading; the flag says whether its error is inside one shape (so that reading shape by shape
/// may find more).
fn parse_strict(bytes: &[u8], source: &str) -> Result<Model, (bool, Diagnostics)> {
    let mut diags = Diagnostics::new(source);
    // Most documents are valid: read them without tracking the path, which costs a third of the
    // reading, and read a failing one again with it for an error that says where.
    let mut fast = serde_json::Deserializer::from_slice(bytes);
    if let Ok(model) = <Model as serde::Deserialize>::deserialize(&mut fast)
        && fast.end().is_ok()
    {
        misplaced(&model, &mut diags);
        return diags.finish(model).map_err(|d| (false, d));
    }
    let mut de = serde_json::Deserializer::from_slice(bytes);
    let model = match serde_path_to_error::deserialize::<_, Model>(&mut de) {
        Ok(m) => m,
        Err(e) => {
            let in_shape = e.inner().classify() == serde_json::error::Category::Data
                && shape_of(e.path()).is_some();
            diags.push(json_error(Some(e.path()), e.inner(), None));
            return Err((in_shape, diags));
        }
    };
    // Trailing characters after the document are a syntax error too.
    if let Err(e) = de.end() {
        diags.push(json_error(None, &e, None));
        return Err((false, diags));
    }
    misplaced(&model, &mut diags);
    diags.finish(model).map_err(|d| (false, d))
}

/// Properties a shape's type does not allow.
fn misplaced(model: &Model, diags: &mut Diagnostics) {
    for (id, shape) in &model.shapes {
        for prop in shape.misplaced() {
            diags.push(Diagnostic {
                span: None,
                shape: Some(id.clone()),
                member: None,
                location: format!("{}.{prop}", shape_path(id)),
                message: format!(
                    "property `{prop}` is not allowed on a `{}` shape",
                    shape.kind
                ),
            });
        }
    }
}

/// Where a shape read on its own sits in its document (see [`super::recover`]): its id, and the line (0-based)
/// and column (chars before it on its first line) where its text starts.
pub(crate) struct Position<'a> {
    pub shape: &'a str,
    pub line_offset: usize,
    pub column_offset: usize,
}

pub(crate) fn json_error(
    path: Option<&Path>,
    e: &serde_json::Error,
    within: Option<Position<'_>>,
) -> Diagnostic {
    use serde_json::error::Category;
    let (line, column) = match &within {
        Some(p) if e.line() == 1 => (p.line_offset + 1, p.column_offset + e.column()),
        Some(p) => (p.line_offset + e.line(), e.column()),
        None => (e.line(), e.column()),
    };
    let position = format!("line {line}, column {column}");
    let full = e.to_string();
    // serde_json appends " at line N column M"; the position goes into `location` instead.
    let message = match full.rfind(" at line ") {
        Some(i) => full[..i].to_string(),
        None => full,
    };
    match e.classify() {
        Category::Syntax | Category::Eof | Category::Io => Diagnostic {
            span: None,
            shape: None,
            member: None,
            location: position,
            message: format!("invalid JSON: {message}"),
        },
        Category::Data => {
            let (shape, p) = match &within {
                Some(w) => {
                    let inner = path.map(format_path).unwrap_or_default();
                    let sep = if inner.is_empty() || inner.starts_with('[') {
                        ""
                    } else {
                        "."
                    };
                    (
                        Some(w.shape.to_string()),
                        format!("{}{sep}{inner}", shape_path(w.shape)),
                    )
                }
                None => (
                    path.and_then(shape_of),
                    path.map(format_path).unwrap_or_default(),
                ),
            };
            let location = if p.is_empty() {
                position
            } else {
                format!("{p}, {position}")
            };
            Diagnostic {
                span: None,
                shape,
                member: None,
                location,
                message,
            }
        }
    }
}

/// The shape id when the error is inside `shapes["..."]`.
fn shape_of(path: &Path) -> Option<String> {
    let mut it = path.iter();
    match (it.next(), it.next()) {
        (Some(Segment::Map { key }), Some(Segment::Map { key: id })) if key == "shapes" => {
            Some(id.clone())
        }
        _ => None,
    }
}

/// `shapes["com.example#Foo"]`: ids contain `.` and `#`, so they are quoted.
pub(crate) fn shape_path(id: &str) -> String {
    format!("shapes[{}]", quote(id))
}

fn quote(s: &str) -> String {
    serde_json::to_string(s).unwrap_or_else(|_| format!("\"{s}\""))
}

/// A JSON path such as `shapes["com.example#Foo"].members.Bar.target` (keys that are not plain identifiers
/// are quoted, array indexes are `[3]`).
fn format_path(path: &Path) -> String {
    let mut out = String::new();
    for seg in path.iter() {
        match seg {
            Segment::Seq { index } => out.push_str(&format!("[{index}]")),
            Segment::Map { key } | Segment::Enum { variant: key } => {
                if !key.is_empty() && key.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
                    if !out.is_empty() {
                        out.push('.');
                    }
                    out.push_str(key);
                } else {
                    out.push_str(&format!("[{}]", quote(key)));
                }
            }
            Segment::Unknown => out.push_str(".?"),
        }
    }
    out
}
