//! Every model in tests/malformed/ must be rejected with exactly the diagnostics in its sibling
//! `NAME.expected` file. A model without an expectation fails the test.
//!
//! To (re)write the expectations after a deliberate message change: `UPDATE_EXPECT=1 cargo test -p codegen
//! --test front_end_malformed`, then review the diff.

mod common;

use std::path::PathBuf;

#[test]
fn malformed_models_are_rejected_with_the_expected_errors() {
    let dir = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/malformed"));
    let mut models: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .filter_map(|e| Some(e.ok()?.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    models.sort();
    assert!(
        models.len() >= 25,
        "expected at least 25 malformed models, found {}",
        models.len()
    );
    let mut failures = Vec::new();
    for path in &models {
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default()
            .to_string();
        let bytes =
            std::fs::read(path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
        let actual = match codegen::load(&bytes, &name) {
            Ok(_) => format!("{name} was accepted\n"),
            Err(e) => e.to_string(),
        };
        let expected = path.with_extension("expected");
        common::check_expected(&name, &actual, &expected, &mut failures);
    }
    common::assert_no_failures(&failures);
}
