//! The IDL front end against the JSON one, and its errors.
//!
//! - `tests/idl/pairs/NAME.smithy` (or a folder `NAME/` of model files, IDL and JSON mixed) must load to
//!   the same resolved model as the hand-written JSON AST `NAME.json`: shape for shape, trait for trait,
//!   member order included.
//! - `tests/idl/malformed/NAME.smithy` (or a folder `NAME/`) must be rejected with exactly the
//!   diagnostics in `NAME.expected`. To (re)write them after a deliberate message change:
//!   `UPDATE_EXPECT=1 cargo test -p codegen --test idl`, then review the diff.

mod common;

use std::path::{Path, PathBuf};

use codegen::model::Source;
use codegen::resolve::Model;

fn dir(name: &str) -> PathBuf {
    PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/idl")).join(name)
}

/// The model files of a case: the file itself, or every file in the folder (sorted); paths relative to
/// `base` so that messages do not depend on where the repository is.
fn sources(case: &Path, base: &Path) -> Vec<Source> {
    let mut paths = if case.is_dir() {
        let mut v: Vec<PathBuf> = std::fs::read_dir(case)
            .unwrap_or_else(|e| panic!("{}: {e}", case.display()))
            .filter_map(|e| Some(e.ok()?.path()))
            .collect();
        v.sort();
        v
    } else {
        vec![case.to_path_buf()]
    };
    paths.retain(|p| p.is_file());
    paths
        .iter()
        .map(|p| {
            let bytes = std::fs::read(p).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
            let name = p.strip_prefix(base).unwrap_or(p).display().to_string();
            Source::new(name, bytes)
        })
        .collect()
}

/// The cases in a folder: `.smithy` files and folders, by name.
fn cases(folder: &Path) -> Vec<(String, PathBuf)> {
    let mut out: Vec<(String, PathBuf)> = std::fs::read_dir(folder)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", folder.display()))
        .filter_map(|e| Some(e.ok()?.path()))
        .filter(|p| p.is_dir() || p.extension().is_some_and(|x| x == "smithy"))
        .map(|p| {
            let name = p
                .file_stem()
                .and_then(|s| s.to_str())
                .unwrap_or_default()
                .to_string();
            (name, p)
        })
        .collect();
    out.sort();
    out
}

/// The first difference between two resolved models, shape by shape.
fn difference(idl: &Model, json: &Model) -> Option<String> {
    if idl.smithy_version != json.smithy_version {
        return Some(format!(
            "version: {} vs {}",
            idl.smithy_version, json.smithy_version
        ));
    }
    if idl.metadata != json.metadata {
        return Some(format!(
            "metadata:\n  idl:  {:?}\n  json: {:?}",
            idl.metadata, json.metadata
        ));
    }
    for id in idl.shapes.keys().chain(json.shapes.keys()) {
        let (a, b) = (idl.shapes.get(id), json.shapes.get(id));
        if a != b {
            return Some(format!("shape {id}:\n  idl:  {a:?}\n  json: {b:?}"));
        }
    }
    (idl.boxed_members != json.boxed_members).then(|| "boxed members differ".to_string())
}

#[test]
fn idl_models_resolve_like_their_json_ast() {
    let folder = dir("pairs");
    let cases = cases(&folder);
    assert!(
        cases.len() >= 11,
        "expected at least 11 IDL/JSON pairs, found {}",
        cases.len()
    );
    let mut failures = Vec::new();
    for (name, case) in &cases {
        let json_path = folder.join(format!("{name}.json"));
        let json =
            std::fs::read(&json_path).unwrap_or_else(|e| panic!("{}: {e}", json_path.display()));
        let expected = match codegen::load(&json, &format!("{name}.json")) {
            Ok(m) => m,
            Err(e) => {
                failures.push(format!("{name}.json does not load:\n{e}"));
                continue;
            }
        };
        let idl = match codegen::load_sources(&sources(case, &folder)) {
            Ok(m) => m,
            Err(e) => {
                failures.push(format!("{name} does not load:\n{e}"));
                continue;
            }
        };
        if let Some(d) = difference(&idl, &expected) {
            failures.push(format!("{name}: {d}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

#[test]
fn malformed_idl_is_rejected_with_the_expected_errors() {
    let folder = dir("malformed");
    let cases = cases(&folder);
    assert!(
        cases.len() >= 25,
        "expected at least 25 malformed IDL models, found {}",
        cases.len()
    );
    let mut failures = Vec::new();
    for (name, case) in &cases {
        let actual = match codegen::load_sources(&sources(case, &folder)) {
            Ok(_) => format!("{name} was accepted\n"),
            Err(e) => e.to_string(),
        };
        let expected = folder.join(format!("{name}.expected"));
        common::check_expected(name, &actual, &expected, &mut failures);
    }
    common::assert_no_failures(&failures);
}

#[test]
fn assemble_is_deterministic_whatever_the_order_of_the_files() {
    let folder = dir("pairs");
    let mut files = sources(&folder.join("multi_file_resolution"), &folder);
    let first = codegen::model::assemble(&files).unwrap_or_else(|e| panic!("{e}"));
    files.reverse();
    let second = codegen::model::assemble(&files).unwrap_or_else(|e| panic!("{e}"));
    let a = serde_json::to_string(&first).unwrap_or_default();
    let b = serde_json::to_string(&second).unwrap_or_default();
    // Metadata lists concatenate in file order; everything else is the same.
    let strip = |s: &str| {
        s.replace(
            r#"{"id":"A","namespace":"*"},{"id":"B","namespace":"*"}"#,
            "",
        )
        .replace(
            r#"{"id":"B","namespace":"*"},{"id":"A","namespace":"*"}"#,
            "",
        )
    };
    assert_eq!(strip(&a), strip(&b));
    let keys: Vec<&String> = first.shapes.keys().collect();
    let mut sorted = keys.clone();
    sorted.sort();
    assert_eq!(keys, sorted, "shapes are sorted by id");
}

#[test]
fn a_single_json_file_loads_exactly_as_codegen_load_does() {
    let path = PathBuf::from(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/malformed/conflicting_apply.json"
    ));
    let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{e}"));
    let one = codegen::load(&bytes, "conflicting_apply.json").map(|_| ());
    let two = codegen::load_sources(&[Source::new("conflicting_apply.json", bytes)]).map(|_| ());
    assert_eq!(one.unwrap_err().to_string(), two.unwrap_err().to_string());
}
