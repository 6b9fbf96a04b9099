//! Load-and-resolve time of real models next to the cost of merely parsing the same bytes into a
//! `serde_json::Value`: the front end should cost about one plain parse plus the resolve step.
//!
//! Run: `cargo bench -p codegen --bench load` (reads ../shared/models/aws; panics when it is missing).

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

/// Stage 2 only: resolve an already parsed AST.
#[divan::bench(args = MODELS)]
fn resolve(b: Bencher, name: &str) {
    let bytes = read(name);
    let ast = codegen::model::parse(&bytes, name).unwrap_or_else(|e| panic!("{e}"));
    b.bench(|| codegen::resolve::resolve(divan::black_box(&ast), name).map(|m| m.shapes.len()));
}

/// Both stages: what `codegen::load` costs.
#[divan::bench(args = MODELS)]
fn load(b: Bencher, name: &str) {
    let bytes = read(name);
    b.bench(|| codegen::load(divan::black_box(&bytes), name).map(|m| m.shapes.len()));
}
