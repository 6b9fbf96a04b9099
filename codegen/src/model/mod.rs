//! Stage 1: the lossless JSON AST, exactly as the document says. Nothing is checked here beyond the JSON
//! shape of the document; references, versions and shape ids are checked by `resolve`.

mod ast;
mod parse;

pub use ast::*;
pub use parse::parse;
pub(crate) use parse::shape_path;
