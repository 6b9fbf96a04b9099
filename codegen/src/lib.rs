//! A Smithy-to-Rust code generator as a pure library: a model goes in, files come out, nothing is read or
//! written here (the `xtask` crate does the I/O).
//!
//! Stages, each with its own types:
//! 1. [`model`]: the lossless JSON AST, exactly as the document says (`model::parse`).
//! 2. [`resolve`]: references checked, mixins and `apply` merged, 1.0 normalised, nullability decided.
//! 3. the Rust-facing IR with every name decided, and small emitters returning `TokenStream`s.

pub mod diag;
pub mod model;
pub mod resolve;

pub use diag::{Diagnostic, Diagnostics};

/// Parses a Smithy JSON AST document and resolves it: [`model::parse`] then [`resolve::resolve`]. `source`
/// names the document in diagnostics (usually its file name).
pub fn load(bytes: &[u8], source: &str) -> Result<resolve::Model, Diagnostics> {
    let ast = model::parse(bytes, source)?;
    resolve::resolve(&ast, source)
}
