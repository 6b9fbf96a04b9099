//! Whole-pipeline codegen time of real models next to serde_json parsing the same bytes into a
//! `serde_json::Value`, in one run, plus the stages after loading (`ir::lower`, and lower + emit + print)
//! so that the split of the cost is visible.
//!
//! Run: `cargo bench -p codegen --bench codegen` (reads ../shared/models/aws; panics when it is missing).

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

fn settings(name: &str) -> codegen::Settings {
    codegen::Settings {
        package: name.trim_end_matches(".json").to_string(),
        source: name.to_string(),
        operations: None,
        service: None,
        runtime_dependency: "path = \"../runtime\"".to_string(),
        standalone: true,
    }
}

fn loaded(name: &str, bytes: &[u8]) -> codegen::resolve::Model {
    codegen::load(bytes, name).unwrap_or_else(|e| panic!("{name} does not load: {e}"))
}

/// Baseline: untyped JSON parse of the same bytes.
#[divan::bench(args = MODELS)]
fn json_value(b: Bencher, name: &str) {
    let bytes = read(name);
    b.bench(|| {
        serde_json::from_slice::<serde_json::Value>(divan::black_box(&bytes)).map(|v| v.is_object())
    });
}

/// Bytes in, files out: `load` then `generate`, what `cargo xtask codegen` costs minus the file writes.
#[divan::bench(args = MODELS, sample_count = 10, sample_size = 1)]
fn codegen_total(b: Bencher, name: &str) {
    let bytes = read(name);
    let settings = settings(name);
    b.bench(|| {
        let model = codegen::load(divan::black_box(&bytes), name).map_err(|e| e.to_string())?;
        codegen::generate(&model, &settings)
            .map(|files| files.len())
            .map_err(|e| e.to_string())
    });
}

/// `generate` alone (lower, emit tokens, parse them back with syn, print with prettyplease).
#[divan::bench(args = MODELS, sample_count = 10, sample_size = 1)]
fn generate(b: Bencher, name: &str) {
    let model = loaded(name, &read(name));
    let settings = settings(name);
    b.bench(|| codegen::generate(divan::black_box(&model), &settings).map(|files| files.len()));
}

/// `ir::lower` alone: names, docs, types decided.
#[divan::bench(args = MODELS, sample_count = 10, sample_size = 1)]
fn lower(b: Bencher, name: &str) {
    let model = loaded(name, &read(name));
    let settings = settings(name);
    b.bench(|| codegen::ir::lower(divan::black_box(&model), &settings).map(|_| ()));
}

/// Documentation conversion must be linear in the input: `n` paragraphs of `<p>x</p>` at three sizes, ten
/// times apart. Compare the times across sizes (a quadratic conversion takes 100x per step, not 10x).
#[divan::bench(args = [1_000, 10_000, 100_000])]
fn docs_html_paragraphs(bencher: Bencher, n: usize) {
    let html = "<p>x</p>".repeat(n);
    bencher.bench(|| codegen::docs::to_markdown(divan::black_box(&html)));
}
