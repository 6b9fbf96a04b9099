//! Stage 4: small pure emitters, one per kind of output, each returning the `Code` of a file (built with
//! `toks!`, see `code`) that `printer` lays out.

mod client;
pub(crate) mod code;
mod codec;
mod endpoint;
mod endpoint_tests;
mod enums;
mod literal;
mod manifest;
mod operation;
mod paths;
mod printer;
mod protocol_tests;
mod quick_start;
mod structure;
mod union;

pub(crate) use code::{Code, Ident};
pub(crate) use manifest::generated_line;

use code::toks;

use crate::Diagnostic;
use crate::ir::{Crate, Deprecation, RustType, TypeKind};
use crate::output::File;
use crate::settings::Settings;

/// One file to emit and print.
type Job<'a> = Box<dyn Fn() -> Result<File, Box<Diagnostic>> + Sync + 'a>;

/// Every file of the crate, emitted and printed on all cores (the caller sorts the files, so the result
/// does not depend on the scheduling).
pub fn emit(krate: &Crate, settings: &Settings) -> Result<Vec<File>, Box<Diagnostic>> {
    let mut jobs: Vec<Job<'_>> = vec![
        Box::new(|| rust_file("src/lib.rs", || manifest::lib_rs(krate), &[], None)),
        Box::new(|| rust_file("src/types/mod.rs", || manifest::types_mod(krate), &[], None)),
    ];
    if let Some(service) = krate
        .service
        .as_ref()
        .filter(|s| s.protocol.client_supported())
    {
        let service_id = || Some(service.id.to_string());
        let client = [krate.client.as_str()];
        jobs.push(Box::new(move || {
            rust_file(
                "src/client.rs",
                || client::emit(krate, service),
                &client,
                service_id(),
            )
        }));
        jobs.push(Box::new(move || {
            rust_file(
                "src/blocking.rs",
                || client::emit_blocking(krate, service),
                &client,
                service_id(),
            )
        }));
        jobs.push(Box::new(|| {
            rust_file(
                "src/operation/mod.rs",
                || manifest::operation_mod(krate),
                &[],
                None,
            )
        }));
        for op in krate.operations.iter().filter(|o| o.unsupported.is_none()) {
            jobs.push(Box::new(move || {
                let mut defined = vec![op.error_enum.as_str()];
                if let Some(p) = &op.pagination {
                    defined.push(p.pages_type.as_str());
                    defined.extend(p.items_type.as_deref());
                }
                rust_file(
                    format!("src/operation/{}.rs", file_stem(&op.module)),
                    || operation::emit(krate, service, op),
                    &defined,
                    Some(op.id.to_string()),
                )
            }));
        }
        if service.rules.is_some() {
            jobs.push(Box::new(move || {
                rust_file(
                    "src/endpoint.rs",
                    || endpoint::emit(service),
                    &[],
                    service_id(),
                )
            }));
        }
        if endpoint_tests::wanted(krate) {
            jobs.push(Box::new(move || {
                rust_file(
                    "tests/endpoint_tests.rs",
                    || endpoint_tests::emit(krate),
                    &[],
                    service_id(),
                )
            }));
        }
        if !krate.protocol_tests.is_empty() {
            jobs.push(Box::new(move || {
                rust_file(
                    "tests/protocol_tests.rs",
                    || protocol_tests::emit(krate),
                    &[],
                    service_id(),
                )
            }));
        }
    }
    // After the few big files (the client, the endpoint rules, the tests), so that no core is left
    // printing one of those while the other has nothing more to take.
    for t in &krate.types {
        jobs.push(Box::new(move || {
            let tokens = || match &t.kind {
                TypeKind::Struct(s) => structure::emit(t, s),
                TypeKind::Enum(v) => enums::emit_enum(t, v),
                TypeKind::IntEnum(v) => enums::emit_int_enum(t, v),
                TypeKind::Union(v) => union::emit(t, v),
            };
            let mut defined = vec![t.name.as_str()];
            if let TypeKind::Struct(s) = &t.kind {
                defined.push(s.builder.as_str());
            }
            rust_file(
                format!("src/types/{}.rs", file_stem(&t.module)),
                tokens,
                &defined,
                Some(t.id.to_string()),
            )
        }));
    }
    let mut files = vec![
        File::text("Cargo.toml", manifest::cargo_toml(krate, settings)),
        File::text("rustfmt.toml", manifest::rustfmt_toml(settings)),
    ];
    // Hand-written files (`examples/`, a user's own tests) may live in the same crate: every generated
    // one says what it is, so nobody edits it only to see the change overwritten.
    let header = manifest::generated_line(settings, "//");
    files.extend(in_parallel(&jobs, &header)?);
    Ok(files)
}

/// Runs every job on the machine's cores, each thread taking the next job when it is done with one (the
/// files differ in size by a hundred times: an even split by count leaves a core idle), and returns
/// the files in the jobs' order, each after the `header` that says it is generated. Each thread builds
/// and prints its own files.
fn in_parallel(jobs: &[Job<'_>], header: &str) -> Result<Vec<File>, Box<Diagnostic>> {
    let threads = std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(1)
        .min(8);
    let run = |job: &Job<'_>| {
        job().map(|mut f| {
            f.contents.insert_str(0, header);
            f
        })
    };
    if threads <= 1 || jobs.len() < 16 {
        return jobs.iter().map(run).collect();
    }
    let next = std::sync::atomic::AtomicUsize::new(0);
    let worker = || {
        let mut done = Vec::new();
        loop {
            let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
            let Some(job) = jobs.get(i) else {
                return done;
            };
            done.push((i, run(job)));
        }
    };
    let mut out: Vec<(usize, Result<File, Box<Diagnostic>>)> = std::thread::scope(|scope| {
        // This thread is one of the workers.
        let handles: Vec<_> = (1..threads).map(|_| scope.spawn(worker)).collect();
        let mut out = worker();
        // A panic in an emitter is a generator bug; pass it on rather than hide it.
        for h in handles {
            out.extend(
                h.join()
                    .unwrap_or_else(|panic| std::panic::resume_unwind(panic)),
            );
        }
        out
    });
    out.sort_by_key(|(i, _)| *i);
    out.into_iter().map(|(_, f)| f).collect()
}

/// A Rust file from an emitter, its `std` paths shortened wherever the file does not define a type of the
/// same name.
fn rust_file(
    path: impl Into<String>,
    emit: impl FnOnce() -> Code,
    defined: &[&str],
    shape: Option<String>,
) -> Result<File, Box<Diagnostic>> {
    File::rust(path, emit(), defined, shape)
}

/// A module name as a file name (`r#type` lives in `type.rs`).
fn file_stem(module: &str) -> &str {
    module.strip_prefix("r#").unwrap_or(module)
}

/// Formats a token stream as a Rust file. Fails only if an emitter produced invalid Rust, which is a bug in
/// the generator: the error says which file.
pub fn print(tokens: proc_macro2::TokenStream) -> Result<String, syn::Error> {
    let file: syn::File = syn::parse2(tokens)?;
    Ok(crate::docs::without_hazards(prettyplease::unparse(&file)))
}

/// An emitter's tokens as a file (`printer`), with the `std` paths shortened wherever the file does not
/// define a type of the same name (`defined`; see `paths`). The error is a generator bug, in words.
pub(crate) fn print_shortened(code: Code, defined: &[&str]) -> Result<String, String> {
    let printed = printer::print(code, defined)?;
    Ok(crate::docs::without_hazards(printed))
}

/// An identifier from a name decided in the IR (which may be a raw identifier).
pub(crate) fn ident(name: &str) -> Ident<'_> {
    Ident::new(name)
}

/// The identifier `name` as `proc_macro2` takes it, for the code that is still printed through `syn`
/// (`codegen::build`, the differential runner).
pub(crate) fn proc_macro_ident(name: &str) -> proc_macro2::Ident {
    use proc_macro2::Span;
    match name.strip_prefix("r#") {
        Some(raw) => proc_macro2::Ident::new_raw(raw, Span::call_site()),
        None => proc_macro2::Ident::new(name, Span::call_site()),
    }
}

/// The documentation of an item for a Markdown text, printed as `///` lines (nothing for an empty one).
pub(crate) fn doc_attrs(md: &str) -> Code {
    let mut code = Code::new();
    if !md.is_empty() {
        code.doc(md, false);
    }
    code
}

/// A module's own documentation, printed as `//!` lines.
pub(crate) fn inner_doc_attrs(md: &str) -> Code {
    let mut code = Code::new();
    if !md.is_empty() {
        code.doc(md, true);
    }
    code
}

pub(crate) fn deprecated_attr(d: &Option<Deprecation>) -> Code {
    match d {
        None => Code::new(),
        Some(Deprecation { note, since }) => {
            // rustc wants `since` to be a semver version; models often say a date. Keep a date in the note.
            let semver = since.as_deref().filter(|s| is_semver(s));
            let note = match (note.as_deref(), since.as_deref().filter(|s| !is_semver(s))) {
                (Some(n), Some(date)) => Some(format!("since {date}: {n}")),
                (None, Some(date)) => Some(format!("since {date}")),
                (n, None) => n.map(str::to_owned),
            };
            let note = note.map(|n| toks!(note = #n));
            let since = semver.map(|s| toks!(since = #s));
            let args: Vec<Code> = [since, note].into_iter().flatten().collect();
            if args.is_empty() {
                toks!(#[deprecated])
            } else {
                toks!(#[deprecated( #(#args),* )])
            }
        }
    }
}

fn is_semver(s: &str) -> bool {
    let parts: Vec<&str> = s.split('.').collect();
    parts.len() == 3
        && parts
            .iter()
            .all(|p| !p.is_empty() && p.chars().all(|c| c.is_ascii_digit()))
}

/// The type as written in a field. Paths to `std` are absolute so that shapes named `Option`, `String` or
/// `Vec` never shadow them.
pub(crate) fn rust_type(t: &RustType) -> Code {
    rust_type_from(t, &toks!(crate))
}

/// [`rust_type`] seen from outside the crate, whose generated types are under `root::types`
/// (`::my_crate`).
pub(crate) fn rust_type_from(t: &RustType, root: &Code) -> Code {
    match t {
        RustType::Bool => toks!(bool),
        RustType::I8 => toks!(i8),
        RustType::I16 => toks!(i16),
        RustType::I32 => toks!(i32),
        RustType::I64 => toks!(i64),
        RustType::F32 => toks!(f32),
        RustType::F64 => toks!(f64),
        RustType::String => toks!(::std::string::String),
        RustType::Blob => toks!(::smithy_runtime::types::Blob),
        RustType::ByteStream => toks!(::smithy_runtime::types::ByteStream),
        RustType::DateTime => toks!(::smithy_runtime::types::DateTime),
        RustType::Document => toks!(::smithy_runtime::types::Document),
        RustType::BigInteger => toks!(::smithy_runtime::types::BigInteger),
        RustType::BigDecimal => toks!(::smithy_runtime::types::BigDecimal),
        RustType::Named(n) => {
            let n = ident(n);
            toks!(#root::types::#n)
        }
        RustType::List { item, sparse } => {
            let item = rust_type_from(item, root);
            if *sparse {
                toks!(::std::vec::Vec<::std::option::Option<#item>>)
            } else {
                toks!(::std::vec::Vec<#item>)
            }
        }
        RustType::Map { key, value, sparse } => {
            let key = rust_type_from(key, root);
            let value = rust_type_from(value, root);
            if *sparse {
                toks!(::std::collections::HashMap<#key, ::std::option::Option<#value>>)
            } else {
                toks!(::std::collections::HashMap<#key, #value>)
            }
        }
    }
}

/// The attributes that give the opt-in serde form the model's member names: one `rename_all` on the
/// type when a serde case convention turns every Rust name into its member name, else a `rename` on each
/// member whose Rust name differs. `names` are (Rust name, member name) pairs.
pub(crate) fn serde_attrs<'a>(
    names: impl Iterator<Item = (&'a str, &'a str)> + Clone,
) -> (Code, Vec<Code>) {
    let rust_names = names
        .clone()
        .map(|(r, m)| (r.strip_prefix("r#").unwrap_or(r), m));
    for (rule, convert) in [
        ("PascalCase", serde_pascal as fn(&str) -> String),
        ("camelCase", serde_camel),
    ] {
        if rust_names.clone().all(|(r, m)| convert(r) == m) {
            let n = rust_names.clone().count();
            let attr = if rust_names.clone().all(|(r, m)| r == m) {
                Code::new()
            } else {
                toks!(#[cfg_attr(feature = "serde", serde(rename_all = #rule))])
            };
            return (attr, vec![Code::new(); n]);
        }
    }
    let per_field = rust_names
        .map(|(r, m)| {
            if r == m {
                Code::new()
            } else {
                toks!(#[cfg_attr(feature = "serde", serde(rename = #m))])
            }
        })
        .collect();
    (Code::new(), per_field)
}

/// serde's `PascalCase` of a snake_case name.
fn serde_pascal(snake: &str) -> String {
    snake
        .split('_')
        .map(|w| {
            let mut c = w.chars();
            match c.next() {
                Some(f) => f.to_ascii_uppercase().to_string() + c.as_str(),
                None => String::new(),
            }
        })
        .collect()
}

/// serde's `camelCase` of a snake_case name.
fn serde_camel(snake: &str) -> String {
    let pascal = serde_pascal(snake);
    let mut c = pascal.chars();
    match c.next() {
        Some(f) => f.to_ascii_lowercase().to_string() + c.as_str(),
        None => String::new(),
    }
}

pub(crate) fn type_ident(name: &str) -> Ident<'_> {
    ident(name)
}

pub(crate) fn field_ident(name: &str) -> Ident<'_> {
    ident(name)
}
