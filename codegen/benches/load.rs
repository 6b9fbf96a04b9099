//! Load-and-resolve time of real models next to the cost of merely parsing the same bytes into a
//! `serde_json::Value`: the front end should cost about one plain parse plus the resolve step.
//!
//! The IDL front end on the protocol test suites next to a `serde_json::Value` parse of the same model's JSON
//! AST: the IDL should load in no more time.
//!
//! Run: `cargo bench -p codegen --bench load` (reads ../shared; panics when it is missing).

use std::path::PathBuf;

use divan::Bencher;

fn main() {
    divan::main();
}

const MODELS: &[&str] = &["fsx.json", "sagemaker.json"];

fn read(name: &str) -> Vec<u8> {
    let path = PathBuf::from(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../shared/models/aws"
    ))
    .join(name);
    std::fs::read(&path)
        .unwrap_or_else(|e| panic!("benchmark input {} is missing: {e}", path.display()))
}

/// Baseline: untyped JSON parse of the same bytes.
#[divan::bench(args = MODELS)]
fn json_value(b: Bencher, name: &str) {
    let bytes = read(name);
    b.bench(|| {
        serde_json::from_slice::<serde_json::Value>(divan::black_box(&bytes)).map(|v| v.is_object())
    });
}

/// Stage 1 only: typed parse into the AST.
#[divan::bench(args = MODELS)]
fn parse(b: Bencher, name: &str) {
    let bytes = read(name);
    b.bench(|| codegen::model::parse(divan::black_box(&bytes), name).map(|m| m.shapes.len()));
}

/// Stage 2 only: resolve an already parsed AST, consuming it as `codegen::load` does (the copy of the AST
/// each iteration needs is made outside the timed part).
#[divan::bench(args = MODELS)]
fn resolve(b: Bencher, name: &str) {
    let bytes = read(name);
    let ast = codegen::model::parse(&bytes, name).unwrap_or_else(|e| panic!("{e}"));
    b.with_inputs(|| ast.clone()).bench_values(|ast| {
        codegen::resolve::resolve_owned(divan::black_box(ast), name).map(|m| m.shapes.len())
    });
}

/// Both stages: what `codegen::load` costs.
#[divan::bench(args = MODELS)]
fn load(b: Bencher, name: &str) {
    let bytes = read(name);
    b.bench(|| codegen::load(divan::black_box(&bytes), name).map(|m| m.shapes.len()));
}

/// The protocol test suites in ../shared/smithy-protocol-tests, each with its trait definitions, as
/// smithy-build loads them: the IDL front end's benchmark input. Without `prelude.smithy`: smithy-build
/// has the prelude built in and never reads it from a file, and the model's JSON AST does not hold it
/// (the loader accepts the file and drops its shapes, see `idl_assemble_with_prelude_file`).
const SUITES: &[&str] = &["smithy-aws-protocol-tests", "smithy-protocol-tests"];

fn idl_sources(suite: &str) -> Vec<codegen::model::Source> {
    idl_files(suite, false)
}

fn idl_files(suite: &str, with_prelude: bool) -> Vec<codegen::model::Source> {
    fn walk(dir: &std::path::Path, out: &mut Vec<PathBuf>) {
        let entries = std::fs::read_dir(dir)
            .unwrap_or_else(|e| panic!("benchmark input {} is missing: {e}", dir.display()));
        for e in entries.flatten() {
            let p = e.path();
            if p.is_dir() {
                walk(&p, out);
            } else if p.extension().is_some_and(|x| x == "smithy") {
                out.push(p);
            }
        }
    }
    let root = PathBuf::from(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../shared/smithy-protocol-tests"
    ));
    let mut paths = Vec::new();
    walk(&root.join(suite).join("model"), &mut paths);
    walk(&root.join("trait-defs"), &mut paths);
    paths.sort();
    if !with_prelude {
        paths.retain(|p| !p.ends_with("prelude.smithy"));
    }
    paths
        .iter()
        .map(|p| {
            let bytes = std::fs::read(p).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
            codegen::model::Source::new(p.display().to_string(), bytes)
        })
        .collect()
}

/// The IDL front end: every file of a suite lexed, parsed, lowered and merged into one JSON AST.
#[divan::bench(args = SUITES)]
fn idl_assemble(b: Bencher, suite: &str) {
    let sources = idl_sources(suite);
    b.bench(|| codegen::model::assemble(divan::black_box(&sources)).map(|m| m.shapes.len()));
}

/// The baseline the IDL front end is held to: an untyped `serde_json` parse of the same model's JSON AST
/// (made by `assemble` and printed pretty, as `smithy ast` prints it).
#[divan::bench(args = SUITES)]
fn idl_json_ast_value(b: Bencher, suite: &str) {
    let ast = codegen::model::assemble(&idl_sources(suite)).unwrap_or_else(|e| panic!("{e}"));
    let json = serde_json::to_vec_pretty(&ast).unwrap_or_else(|e| panic!("{e}"));
    b.bench(|| {
        serde_json::from_slice::<serde_json::Value>(divan::black_box(&json)).map(|v| v.is_object())
    });
}

/// [`idl_assemble`] with the trait definitions' copy of the prelude too, which is parsed and dropped.
#[divan::bench(args = SUITES)]
fn idl_assemble_with_prelude_file(b: Bencher, suite: &str) {
    let sources = idl_files(suite, true);
    b.bench(|| codegen::model::assemble(divan::black_box(&sources)).map(|m| m.shapes.len()));
}

/// The whole IDL load: assemble, then resolve.
#[divan::bench(args = SUITES)]
fn idl_load(b: Bencher, suite: &str) {
    let sources = idl_sources(suite);
    b.bench(|| codegen::load_sources(divan::black_box(&sources)).map(|m| m.shapes.len()));
}
