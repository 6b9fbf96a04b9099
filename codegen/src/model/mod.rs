//! Stage 1: the lossless JSON AST, exactly as the document says, and the front ends that produce it: the
//! JSON AST parser (`parse`), the IDL parser (`idl`) and the multi-file merge (`assemble`). Nothing is
//! checked here beyond the syntax of each file and how files combine; references, versions and shape ids
//! are checked by `resolve`.

mod assemble;
mod ast;
mod idl;
mod parse;
mod recover;

pub(crate) use assemble::{Partial, SourceMap, assemble_recovering, assemble_with_map, group_name};
pub use assemble::{Source, assemble};
pub use ast::*;
pub(crate) use parse::shape_path;
pub use parse::{Recovery, parse, parse_recovering};
