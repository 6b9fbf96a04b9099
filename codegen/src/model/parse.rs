//! JSON bytes -> [`Model`], with errors that say where (line and column, and the JSON path).

use serde_path_to_error::{Path, Segment};

use super::Model;
use crate::diag::{Diagnostic, Diagnostics};

/// Parses a Smithy JSON AST document. `source` names the document in diagnostics (usually its file name).
///
/// Only the JSON structure is checked here: unknown properties, wrong JSON types, properties a shape type
/// does not allow. Versions, shape ids and references are checked by [`crate::resolve::resolve`].
pub fn parse(bytes: &[u8], source: &str) -> Result<Model, Diagnostics> {
    let mut diags = Diagnostics::new(source);
    let mut de = serde_json::Deserializer::from_slice(bytes);
    let model = match serde_path_to_error::deserialize::<_, Model>(&mut de) {
        Ok(m) => m,
        Err(e) => {
            diags.push(json_error(Some(e.path()), e.inner()));
            return Err(diags);
        }
    };
    // Trailing characters after the document are a syntax error too.
    if let Err(e) = de.end() {
        diags.push(json_error(None, &e));
        return Err(diags);
    }
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
    diags.finish(model)
}

fn json_error(path: Option<&Path>, e: &serde_json::Error) -> Diagnostic {
    use serde_json::error::Category;
    let position = format!("line {}, column {}", e.line(), e.column());
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
            let shape = path.and_then(shape_of);
            let p = path.map(format_path).unwrap_or_default();
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
