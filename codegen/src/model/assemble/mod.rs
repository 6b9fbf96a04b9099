//! Many model files -> one JSON AST, as smithy-build merges them (spec: model.rst, "Merging model files").
//!
//! Each file is read by its own front end (`.smithy`: the IDL parser, `.json`: the JSON AST parser) into
//! [`Entry`]s and [`ApplyEntry`]s; then, in order: the IDL's cross-file facts are settled (`complete`:
//! elided member targets, annotation trait values, Smithy 1.0 files upgraded when versions mix), and the
//! files are merged (`merge`: metadata, shapes defined more than once, `apply`).

mod complete;
mod fixup;
mod merge;
mod source_map;

use std::collections::BTreeSet;

use foldhash::{HashMap, HashSet};

use serde_json::Value;

use super::idl::{self, Version};
use super::{AstTraits, Model, Shape, ShapeType};
use crate::diag::{Diagnostic, Diagnostics, Span};
pub(crate) use source_map::SourceMap;

/// One model file: its path (for messages, and its extension says what it is: `.smithy` for the IDL,
/// `.json` for the JSON AST) and its bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Source {
    pub path: String,
    pub bytes: Vec<u8>,
}

impl Source {
    pub fn new(path: impl Into<String>, bytes: impl Into<Vec<u8>>) -> Source {
        Source {
            path: path.into(),
            bytes: bytes.into(),
        }
    }
}

#[derive(Clone, Copy, PartialEq)]
enum Format {
    Idl,
    Json,
}

fn format_of(path: &str) -> Option<Format> {
    let ext = path.rsplit_once('.').map(|(_, e)| e.to_ascii_lowercase());
    match ext.as_deref() {
        Some("smithy") => Some(Format::Idl),
        Some("json") => Some(Format::Json),
        _ => None,
    }
}

/// A shape definition from any file, with what the merge and the error messages need.
pub(crate) struct Entry {
    pub id: String,
    pub shape: Box<Shape>,
    /// Index into the sources.
    pub file: usize,
    /// Byte offset of the definition in an IDL file; `None` for JSON files.
    pub at: Option<u32>,
    /// Offsets of the members' names in an IDL file.
    pub members_at: Vec<u32>,
    pub for_resource: Option<String>,
    pub elided: Vec<String>,
    pub annotations: Vec<(Option<String>, String)>,
    /// Defined in a Smithy 1.0 file.
    pub v1: bool,
}

/// Traits applied from outside a shape: an IDL `apply` or a JSON `"type": "apply"` entry.
pub(crate) struct ApplyEntry {
    pub target: String,
    pub traits: AstTraits,
    pub file: usize,
    pub at: Option<u32>,
    pub annotations: Vec<String>,
}

/// Everything read from the files, before merging.
pub(crate) struct Loaded {
    pub entries: Vec<Entry>,
    pub applies: Vec<ApplyEntry>,
    /// Per file: its metadata entries (key, value, offset of the key in an IDL file).
    pub metadata: Vec<Vec<(String, Value, Option<u32>)>>,
}

/// Merges model files (IDL and JSON AST, in any mix) into one JSON AST document, the one `smithy ast` would
/// print: shapes sorted by id, traits of shapes defined in several files merged, `apply` folded into the
/// shapes it targets. Errors say which file, line and column (and name both files of a conflict); every
/// error of every file is reported, never a panic.
pub fn assemble(sources: &[Source]) -> Result<Model, Diagnostics> {
    assemble_inner(sources, false)
        .map(|(model, _)| model)
        .map_err(|p| p.diags)
}

/// What the diagnostics of a model made of `sources` are headed with: the one file, or the folder the
/// files have in common.
pub(crate) fn group_name(sources: &[Source]) -> String {
    match sources {
        [] => "the model (no files)".to_string(),
        [one] => one.path.clone(),
        [first, rest @ ..] => {
            let mut common: Vec<&str> = first.path.split('/').collect();
            common.pop();
            for s in rest {
                let parts: Vec<&str> = s.path.split('/').collect();
                let n = common
                    .iter()
                    .zip(&parts[..parts.len().saturating_sub(1)])
                    .take_while(|(a, b)| a == b)
                    .count();
                common.truncate(n);
            }
            let dir = common.join("/");
            if dir.is_empty() {
                format!("the model ({} files)", sources.len())
            } else {
                format!("{dir}/ ({} files)", sources.len())
            }
        }
    }
}

/// [`assemble`], and where each shape was defined, so that later stages can point into the files.
pub(crate) fn assemble_with_map(sources: &[Source]) -> Result<(Model, SourceMap), Diagnostics> {
    assemble_inner(sources, true).map_err(|p| p.diags)
}

/// What [`assemble_recovering`] gives when files have errors.
pub(crate) struct Partial {
    /// The merge of what did read, when every file error is inside a shape's definition (so that the rest
    /// is what the files say): for the later phases to check.
    pub model: Option<(Model, SourceMap)>,
    pub diags: Diagnostics,
    /// The shapes whose definitions had the errors: what later phases say about them follows from those.
    pub broken: BTreeSet<String>,
}

/// [`assemble_with_map`], and when shapes of some files fail to read (an unknown shape type, a syntax
/// error inside a definition), the merge of the others, so that the errors of the later phases come too.
pub(crate) fn assemble_recovering(sources: &[Source]) -> Result<(Model, SourceMap), Box<Partial>> {
    assemble_inner(sources, true)
}

fn assemble_inner(sources: &[Source], locate: bool) -> Result<(Model, SourceMap), Box<Partial>> {
    let stop = |diags| {
        Box::new(Partial {
            model: None,
            diags,
            broken: BTreeSet::new(),
        })
    };
    // One JSON file is taken exactly as it is: nothing to merge, and its diagnostics stay as they were.
    if let [one] = sources
        && format_of(&one.path) == Some(Format::Json)
    {
        let model = super::parse(&one.bytes, &one.path).map_err(stop)?;
        return Ok((model, SourceMap::default()));
    }
    let mut diags = Diagnostics::new(group_name(sources));
    if sources.is_empty() {
        diags.push(Diagnostic::at(
            Span::file("the model"),
            "no model files were given",
        ));
        return Err(stop(diags));
    }
    let (mut loaded, versions, broken) = read_all(sources, &mut diags);
    let syntax = diags;
    // A file error outside any shape's definition (a namespace, a `use`, an unreadable file) stops here:
    // what the later phases would say follows from it.
    let broken = match broken {
        Some(broken) => broken,
        None => return Err(stop(syntax)),
    };
    let mut diags = Diagnostics::new(syntax.source.clone());
    let v1_only = versions.iter().all(|v| *v == Version::V1);
    complete::complete(&mut loaded, sources, !v1_only, &mut diags);
    let (model, map) = merge::merge(loaded, sources, v1_only, locate, &mut diags);
    if syntax.is_empty() {
        return diags.finish((model, map)).map_err(stop);
    }
    let mut all = syntax;
    all.items.extend(
        diags
            .items
            .into_iter()
            .filter(|d| !broken.iter().any(|id| crate::about(d, id))),
    );
    Err(Box::new(Partial {
        model: Some((model, map)),
        diags: all,
        broken,
    }))
}

/// Reads every file with its front end. IDL files whose namespace defines a prelude name they use
/// relatively are read a second time, now knowing that the name is the namespace's. Also gives the shapes
/// whose definitions had errors, or `None` when an error is outside any shape's definition.
fn read_all(
    sources: &[Source],
    diags: &mut Diagnostics,
) -> (Loaded, Vec<Version>, Option<BTreeSet<String>>) {
    let mut broken = Some(BTreeSet::new());
    enum Read {
        Idl(idl::Parsed),
        Json(Model),
        Failed,
    }
    let none = BTreeSet::new();
    let mut scratch = idl::Scratch::default();
    let mut read: Vec<Read> = sources
        .iter()
        .map(|s| match format_of(&s.path) {
            Some(Format::Idl) => Read::Idl(idl::parse_with(&s.bytes, &none, &mut scratch)),
            Some(Format::Json) => match super::parse_recovering(&s.bytes, &s.path) {
                Ok(m) => Read::Json(m),
                Err(r) => {
                    for mut item in r.diags.items {
                        item.span = Some(Box::new(Span::file(&s.path)));
                        diags.push(item);
                    }
                    match (r.partial, &mut broken) {
                        (Some(m), Some(b)) => {
                            b.extend(r.broken);
                            Read::Json(m)
                        }
                        _ => {
                            broken = None;
                            Read::Failed
                        }
                    }
                }
            },
            None => {
                broken = None;
                diags.push(Diagnostic::at(
                    Span::file(&s.path),
                    "not a model file: expected a `.smithy` (IDL) or `.json` (JSON AST) file",
                ));
                Read::Failed
            }
        })
        .collect();

    // Which prelude names each namespace defines, over all files: the second rule of relative shape id
    // resolution decides only for those (any other relative name is the namespace's either way).
    let mut defined: HashMap<String, HashSet<&'static str>> = HashMap::default();
    for r in &read {
        let ids: Box<dyn Iterator<Item = &str>> = match r {
            Read::Idl(p) => Box::new(p.defs.iter().map(|d| d.id.as_str())),
            Read::Json(m) => Box::new(
                m.shapes
                    .iter()
                    .filter(|(_, s)| s.kind != ShapeType::Apply)
                    .map(|(k, _)| k.as_str()),
            ),
            Read::Failed => Box::new(std::iter::empty()),
        };
        for id in ids {
            if let Some((ns, name)) = id.split_once('#')
                && let Some(name) = idl::prelude::name(name)
            {
                defined.entry(ns.to_string()).or_default().insert(name);
            }
        }
    }
    let mut again = Vec::new();
    for (i, r) in read.iter_mut().enumerate() {
        if let Read::Idl(p) = r
            && let Some(ns) = p.namespace.clone()
            && let Some(names) = defined.get(&ns)
        {
            let overrides: BTreeSet<String> = p
                .ambiguous
                .iter()
                .filter(|n| names.contains(n.as_str()))
                .cloned()
                .collect();
            // Corrected in place where the parser recorded the uses, else parsed again.
            if !overrides.is_empty() && !fixup::apply(p, &ns, &overrides) {
                again.push((i, overrides));
            }
        }
    }
    drop(defined);
    for (i, overrides) in again {
        read[i] = Read::Idl(idl::parse_with(&sources[i].bytes, &overrides, &mut scratch));
    }

    let total = read
        .iter()
        .map(|r| match r {
            Read::Idl(p) => p.defs.len(),
            Read::Json(m) => m.shapes.len(),
            Read::Failed => 0,
        })
        .sum();
    let mut loaded = Loaded {
        entries: Vec::with_capacity(total),
        applies: Vec::new(),
        metadata: Vec::new(),
    };
    let mut versions = Vec::new();
    for (file, r) in read.into_iter().enumerate() {
        let src = &sources[file];
        match r {
            Read::Idl(p) => {
                if !p.errors.is_empty() {
                    match &mut broken {
                        Some(b) if p.contained => b.extend(p.broken),
                        _ => broken = None,
                    }
                }
                for (at, msg) in p.errors {
                    diags.push(Diagnostic::at(
                        Span::at(&src.path, &src.bytes, at as usize),
                        msg,
                    ));
                }
                versions.push(p.version);
                let v1 = p.version == Version::V1;
                loaded.entries.extend(p.defs.into_iter().map(|d| Entry {
                    id: d.id,
                    shape: d.shape,
                    file,
                    at: Some(d.at),
                    members_at: d.members_at,
                    for_resource: d.for_resource,
                    elided: d.elided,
                    annotations: d.annotations,
                    v1,
                }));
                loaded
                    .applies
                    .extend(p.applies.into_iter().map(|a| ApplyEntry {
                        target: a.target,
                        traits: a.traits,
                        file,
                        at: Some(a.at),
                        annotations: a.annotations,
                    }));
                loaded.metadata.push(
                    p.metadata
                        .into_iter()
                        .map(|(k, v, at)| (k, v, Some(at)))
                        .collect(),
                );
            }
            Read::Json(m) => {
                let version = match m.smithy.as_str() {
                    "1" | "1.0" => Version::V1,
                    "2" | "2.0" => Version::V2,
                    other => {
                        diags.push(Diagnostic::at(
                            Span::file(&src.path),
                            format!(
                                "unsupported Smithy version `{other}` (expected \"1.0\" or \"2.0\")"
                            ),
                        ));
                        broken = None;
                        Version::V2
                    }
                };
                versions.push(version);
                let v1 = version == Version::V1;
                for (id, shape) in m.shapes {
                    if shape.kind == ShapeType::Apply {
                        loaded.applies.push(ApplyEntry {
                            target: id,
                            traits: shape.traits,
                            file,
                            at: None,
                            annotations: Vec::new(),
                        });
                    } else {
                        loaded.entries.push(Entry {
                            id,
                            shape: Box::new(shape),
                            file,
                            at: None,
                            members_at: Vec::new(),
                            for_resource: None,
                            elided: Vec::new(),
                            annotations: Vec::new(),
                            v1,
                        });
                    }
                }
                loaded
                    .metadata
                    .push(m.metadata.into_iter().map(|(k, v)| (k, v, None)).collect());
            }
            Read::Failed => loaded.metadata.push(Vec::new()),
        }
    }
    (loaded, versions, broken)
}

/// The offset of member `name` among `members_at` (offsets of member names in `src`).
pub(crate) fn member_at(src: &[u8], members_at: &[u32], name: &str) -> Option<u32> {
    members_at.iter().copied().find(|&at| {
        let rest = &src[(at as usize).min(src.len())..];
        rest.starts_with(name.as_bytes())
            && !rest
                .get(name.len())
                .is_some_and(|b| b.is_ascii_alphanumeric() || *b == b'_')
    })
}

/// Where entry-level problems point: the definition's line in an IDL file, the file itself for JSON.
pub(crate) fn span_of(sources: &[Source], file: usize, at: Option<u32>) -> Span {
    let s = &sources[file];
    match at {
        Some(at) => Span::at(&s.path, &s.bytes, at as usize),
        None => Span::file(&s.path),
    }
}

/// `a.smithy line 3` or `b.json`: a place in a message that names two files.
pub(crate) fn place(sources: &[Source], file: usize, at: Option<u32>) -> String {
    let s = span_of(sources, file, at);
    if s.line == 0 {
        s.file
    } else {
        format!("{} line {}", s.file, s.line)
    }
}
