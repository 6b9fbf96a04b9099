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

pub mod docs;
pub mod emit;
pub mod ir;
pub mod names;

/// What to generate and how the crate is wired into its surroundings.
#[derive(Debug, Clone)]
pub struct Settings {
    /// The Cargo package name of the generated crate.
    pub package: String,
    /// Where the model came from (a path relative to the repository, for messages and the header).
    pub source: String,
    /// Only these operations (by shape name) and the shapes they reach; `None` for the whole service.
    pub operations: Option<Vec<String>>,
    /// The `smithy-runtime` dependency as TOML keys, e.g. `path = "../../runtime"`.
    pub runtime_dependency: String,
    /// Add an empty `[workspace]` table, for crates generated outside this repository's workspace.
    pub standalone: bool,
}

/// One generated file: a path relative to the crate's folder, and its contents.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct File {
    pub path: String,
    pub contents: String,
}

impl File {
    fn text(path: impl Into<String>, contents: String) -> File {
        File { path: path.into(), contents }
    }

    fn rust(path: impl Into<String>, tokens: proc_macro2::TokenStream) -> Result<File, String> {
        let path = path.into();
        match emit::print(tokens) {
            Ok(contents) => Ok(File { path, contents }),
            Err(e) => Err(format!("{path}: the generator produced invalid Rust ({e}); this is a bug in codegen")),
        }
    }
}

/// The whole pipeline after loading: the resolved model in, the crate's files out (sorted by path).
pub fn generate(model: &resolve::Model, settings: &Settings) -> Result<Vec<File>, Diagnostics> {
    generate_with_notes(model, settings).map(|(files, _)| files)
}

/// [`generate`], plus what the user should know about the output: parts of the model the client does not
/// cover yet (a protocol without a client, streaming operations, paginators that could not be made).
pub fn generate_with_notes(
    model: &resolve::Model,
    settings: &Settings,
) -> Result<(Vec<File>, Vec<String>), Diagnostics> {
    let krate = ir::lower(model, settings)?;
    let mut notes = Vec::new();
    if let Some(s) = &krate.service
        && !s.protocol.client_supported()
    {
        notes.push(format!(
            "{}: the {} protocol has no client yet; the crate has types only",
            s.id,
            s.protocol.name()
        ));
    }
    for op in &krate.operations {
        if let Some(why) = op.unsupported.as_ref().filter(|_| krate.service.iter().any(|s| s.protocol.client_supported())) {
            notes.push(format!("{}: no client method, because {why}", op.id));
        }
    }
    let mut files = emit::emit(&krate, settings).map_err(|message| {
        let mut d = Diagnostics::new(settings.source.clone());
        d.push(Diagnostic { shape: None, member: None, location: String::new(), message });
        d
    })?;
    files.sort_by(|a, b| a.path.cmp(&b.path));
    Ok((files, notes))
}

/// Parses a Smithy JSON AST document and resolves it: [`model::parse`] then [`resolve::resolve`]. `source`
/// names the document in diagnostics (usually its file name).
pub fn load(bytes: &[u8], source: &str) -> Result<resolve::Model, Diagnostics> {
    let ast = model::parse(bytes, source)?;
    resolve::resolve_owned(ast, source)
}
