//! Shared by the tests that compare a model's diagnostics with an `.expected` file.

use std::path::Path;

/// Compares `actual` with the file at `expected`, or rewrites the file when `UPDATE_EXPECT` is set; a
/// mismatch or a missing file is added to `failures`, with both texts.
pub fn check_expected(name: &str, actual: &str, expected: &Path, failures: &mut Vec<String>) {
    if std::env::var_os("UPDATE_EXPECT").is_some() {
        std::fs::write(expected, actual).unwrap_or_else(|e| panic!("{}: {e}", expected.display()));
        return;
    }
    match std::fs::read_to_string(expected) {
        Ok(text) if text == actual => {}
        Ok(text) => failures.push(format!("{name}:\n--- expected\n{text}--- actual\n{actual}")),
        Err(_) => failures.push(format!(
            "{name}: no {} file\n--- actual\n{actual}",
            expected.display()
        )),
    }
}

/// Fails with every mismatch at once.
pub fn assert_no_failures(failures: &[String]) {
    assert!(
        failures.is_empty(),
        "{} mismatches:\n\n{}",
        failures.len(),
        failures.join("\n")
    );
}
