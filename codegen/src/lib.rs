//! A Smithy-to-Rust code generator as a pure library: a model goes in, files come out ([`generate`]);
//! the pipeline reads and writes nothing. [`io`] (model files in, a crate folder out) is the filesystem
//! half the command line (`smithy-rs-native`, `cargo xtask codegen`) and [`build`] (for `build.rs`) share.
//!
//! Stages, each with its own types:
//! 1. [`model`]: the lossless JSON AST, exactly as the document says (`model::parse`), or as the IDL files
//!    say once merged (`model::assemble`).
//! 2. [`resolve`]: references checked, mixins and `apply` merged, 1.0 normalised, nullability decided.
//! 3. the Rust-facing IR with every name decided, and small emitters returning each file's tokens (`toks!`).

pub mod diag;
pub mod model;
pub mod resolve;

pub use diag::{Diagnostic, Diagnostics};
pub use output::File;
pub use runtime_dep::{GitRef, RuntimeDep};
pub use settings::Settings;

pub mod build;
pub mod customize;
pub mod differential;
pub mod docs;
pub mod emit;
pub mod io;
pub mod ir;
pub mod names;
mod output;
mod runtime_dep;
mod settings;
mod suggest;

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
        if let Some(why) = op
            .unsupported
            .as_ref()
            .filter(|_| krate.service.iter().any(|s| s.protocol.client_supported()))
        {
            notes.push(format!("{}: no client method, because {why}", op.id));
        }
    }
    notes.extend(hazard_notes(model));
    let mut files = emit::emit(&krate, settings).map_err(|diagnostic| {
        let mut d = Diagnostics::new(settings.source.clone());
        d.push(*diagnostic);
        d
    })?;
    files.sort_by(|a, b| a.path.cmp(&b.path));
    Ok((files, notes))
}

/// Loads a model from any number of files, IDL (`.smithy`) and JSON AST (`.json`) alike:
/// [`model::assemble`] merges them into one JSON AST, then [`resolve::resolve`] resolves it. Errors of
/// either stage say which file, line and column they are about.
pub fn load_sources(sources: &[model::Source]) -> Result<resolve::Model, Diagnostics> {
    // One JSON file is taken as it is (as `assemble` does), with [`load`]'s errors of both phases at once.
    if let [one] = sources
        && one.path.to_ascii_lowercase().ends_with(".json")
    {
        return load(&one.bytes, &one.path);
    }
    let partial = match model::assemble_recovering(sources) {
        Ok((ast, map)) => return resolve_located(ast, sources, &map),
        Err(p) => *p,
    };
    // Shapes of some files did not read: the others are resolved anyway, as `load` does for one file.
    let model::Partial {
        model,
        mut diags,
        broken,
    } = partial;
    if let Some((ast, map)) = model
        && let Err(later) = resolve_located(ast, sources, &map)
    {
        diags.items.extend(
            later
                .items
                .into_iter()
                .filter(|d| !broken.iter().any(|id| about(d, id))),
        );
    }
    diags
        .finish(())
        .and(Err(Diagnostics::new(model::group_name(sources))))
}

/// [`load_sources`], keeping the merged JSON AST too (what `cargo xtask ast` prints).
pub fn load_sources_with_ast(
    sources: &[model::Source],
) -> Result<(model::Model, resolve::Model), Diagnostics> {
    let (ast, map) = model::assemble_with_map(sources)?;
    let resolved = resolve_located(ast.clone(), sources, &map)?;
    Ok((ast, resolved))
}

fn resolve_located(
    ast: model::Model,
    sources: &[model::Source],
    map: &model::SourceMap,
) -> Result<resolve::Model, Diagnostics> {
    let name = model::group_name(sources);
    resolve::resolve_owned(ast, &name).map_err(|mut d| {
        map.locate(sources, &mut d);
        d
    })
}

/// Parses a Smithy JSON AST document and resolves it: [`model::parse`] then [`resolve::resolve`]. `source`
/// names the document in diagnostics (usually its file name).
///
/// When shapes fail to read (an unknown shape type, a member of the wrong JSON type), the other shapes are
/// resolved anyway, so that the errors of both phases come at once; what the resolver says about a shape
/// that did not read (a reference to it, say) follows from that shape's error and is left out.
pub fn load(bytes: &[u8], source: &str) -> Result<resolve::Model, Diagnostics> {
    let recovery = match model::parse_recovering(bytes, source) {
        Ok(ast) => return resolve::resolve_owned(ast, source),
        Err(r) => *r,
    };
    let model::Recovery {
        partial,
        mut diags,
        broken,
    } = recovery;
    if let Some(partial) = partial
        && let Err(later) = resolve::resolve_owned(partial, source)
    {
        diags.items.extend(
            later
                .items
                .into_iter()
                .filter(|d| !broken.iter().any(|id| about(d, id))),
        );
    }
    diags.finish(()).and(Err(Diagnostics::new(source)))
}

/// Whether a diagnostic is about the shape `id` (names it as its shape or in its message).
pub(crate) fn about(d: &Diagnostic, id: &str) -> bool {
    if d.shape.as_deref() == Some(id) {
        return true;
    }
    d.message.match_indices(id).any(|(i, _)| {
        !d.message[i + id.len()..]
            .starts_with(|c: char| c.is_ascii_alphanumeric() || c == '_' || c == '$')
    })
}

/// A note for every trait value with characters the generated documentation drops ([`docs::is_hazard`]):
/// bidirectional controls and lone carriage returns. String literals keep them, escaped.
fn hazard_notes(model: &resolve::Model) -> Vec<String> {
    fn holds(v: &serde_json::Value) -> bool {
        match v {
            serde_json::Value::String(s) => docs::has_hazards(s),
            serde_json::Value::Array(a) => a.iter().any(holds),
            serde_json::Value::Object(o) => o.iter().any(|(k, v)| docs::has_hazards(k) || holds(v)),
            _ => false,
        }
    }
    let mut notes = Vec::new();
    for shape in model.shapes.values() {
        use resolve::ShapeKind as K;
        let members: Vec<(Option<&String>, &resolve::Traits)> = match &shape.kind {
            K::Structure(ms) | K::Union(ms) => {
                ms.iter().map(|m| (Some(&m.name), &m.traits)).collect()
            }
            K::List { member, .. } => vec![(Some(&member.name), &member.traits)],
            K::Map { key, value } => vec![
                (Some(&key.name), &key.traits),
                (Some(&value.name), &value.traits),
            ],
            K::Enum(vs) => vs.iter().map(|v| (Some(&v.name), &v.traits)).collect(),
            K::IntEnum(vs) => vs.iter().map(|v| (Some(&v.name), &v.traits)).collect(),
            _ => Vec::new(),
        };
        for (member, traits) in std::iter::once((None, &shape.traits)).chain(members) {
            for (id, v) in traits {
                if holds(v) {
                    let at = member.map_or(String::new(), |m| format!("${m}"));
                    notes.push(format!(
                        "{}{at}: `{id}` holds bidirectional control characters or a lone carriage return; the generated documentation leaves them out",
                        shape.id
                    ));
                }
            }
        }
    }
    notes
}
