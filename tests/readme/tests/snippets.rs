//! The README's Rust snippets, cut out of README.md by `build.rs` (so they cannot drift), compiled with only
//! the dependencies the README lists: a `main` is compiled, a `#[tokio::test]` runs.

include!(concat!(env!("OUT_DIR"), "/snippets.rs"));

const README: &str = include_str!("../../../README.md");
const MANIFEST: &str = include_str!("../Cargo.toml");
const BUILD_MANIFEST: &str = include_str!("../../readme-build/Cargo.toml");
const BUILD_RS: &str = include_str!("../../readme-build/build.rs");
const BUILD_LIB_RS: &str = include_str!("../../readme-build/src/lib.rs");

use std::collections::{BTreeMap, BTreeSet};

/// The lines of the `[table]` table of a TOML text, comments and blank lines left out.
fn table(toml: &str, table: &str) -> Vec<String> {
    toml.lines()
        .skip_while(|l| l.trim() != table)
        .skip(1)
        .take_while(|l| !l.trim_start().starts_with('['))
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(String::from)
        .collect()
}

/// One dependency line (`name = { path = "..", features = ["a"] }`) as its name, the rest of its inline
/// table and its features.
fn dependency(line: &str) -> (String, String, BTreeSet<String>) {
    let (name, value) = line
        .split_once(" = ")
        .unwrap_or_else(|| panic!("not a dependency: {line}"));
    let mut features = BTreeSet::new();
    let mut rest = value.to_string();
    if let Some(at) = value.find(", features = [") {
        let list = &value[at + ", features = [".len()..];
        let close = list
            .find(']')
            .unwrap_or_else(|| panic!("unclosed features: {line}"));
        features = list[..close]
            .split(',')
            .map(|f| f.trim().trim_matches('"').to_string())
            .filter(|f| !f.is_empty())
            .collect();
        rest = format!("{}{}", &value[..at], &list[close + 1..]);
    }
    (name.to_string(), rest, features)
}

/// Dependency lines merged as cargo merges them: one entry per crate, the features of every line.
fn merged(lines: &[String]) -> BTreeMap<String, (String, BTreeSet<String>)> {
    let mut out: BTreeMap<String, (String, BTreeSet<String>)> = BTreeMap::new();
    for line in lines {
        let (name, rest, features) = dependency(line);
        let entry = out
            .entry(name.clone())
            .or_insert_with(|| (rest.clone(), BTreeSet::new()));
        assert_eq!(entry.0, rest, "the README names `{name}` from two places");
        entry.1.extend(features);
    }
    out
}

/// The README's `toml` blocks.
fn toml_blocks() -> Vec<&'static str> {
    README
        .split("```toml\n")
        .skip(1)
        .filter_map(|rest| rest.split("\n```").next())
        .collect()
}

/// The README's dependency blocks, merged, are this crate's `[dependencies]`: what the snippets compile with
/// is what a user who follows the README has.
#[test]
fn readme_dependency_blocks_are_this_crate() {
    let lines: Vec<String> = toml_blocks()
        .into_iter()
        // The build.rs way of generating has a manifest of its own (tests/readme-build).
        .filter(|b| !b.contains("[build-dependencies]"))
        .flat_map(|b| table(&b.replace("<this repository>", "../.."), "[dependencies]"))
        .collect();
    assert!(lines.len() >= 2, "{lines:?}");
    assert_eq!(merged(&lines), merged(&table(MANIFEST, "[dependencies]")));
}

/// The README's build.rs way of generating (its `Cargo.toml`, `build.rs` and `src/lib.rs` blocks) is
/// `tests/readme-build`, file for file, with the repository's URL as paths into this checkout: that crate
/// compiles and tests exactly what the README shows.
#[test]
fn readme_build_rs_blocks_are_tests_readme_build() {
    let manifest = toml_blocks()
        .into_iter()
        .find(|b| b.contains("[build-dependencies]"))
        .expect("the README's build.rs manifest");
    let local = manifest
        .replace(
            r#"smithy-runtime = { git = "<repo URL>""#,
            r#"smithy-runtime = { path = "../../runtime""#,
        )
        .replace(
            r#"codegen = { git = "<repo URL>""#,
            r#"codegen = { path = "../../codegen""#,
        );
    for t in ["[dependencies]", "[build-dependencies]"] {
        assert!(!table(&local, t).is_empty(), "{t}");
        assert_eq!(
            table(&local, t),
            table(BUILD_MANIFEST, t),
            "{t} of tests/readme-build/Cargo.toml"
        );
    }
    let block = |first: &str| {
        let at = README
            .find(&format!("```rust\n{first}"))
            .unwrap_or_else(|| panic!("the README's `{first}` block"));
        let body = &README[at + "```rust\n".len()..];
        &body[..body.find("\n```").expect("closed") + 1]
    };
    assert_eq!(
        block("// build.rs"),
        BUILD_RS,
        "tests/readme-build/build.rs"
    );
    assert_eq!(
        block("// src/lib.rs"),
        BUILD_LIB_RS,
        "tests/readme-build/src/lib.rs"
    );
}

/// Every `rust` block is compiled, here or in `tests/readme-build`; only the generated types' listing opts out
/// (```` ```rust,ignore ````): it is abridged (`/* ... */` inside a macro call, a builder left out), and the
/// file it is cut from is compiled in `generated/fsx-delete-backup`. The snippets a user copies first must be
/// among the compiled ones.
#[test]
fn snippets_are_compiled() {
    let compiled = README.matches("\n```rust\n").count();
    let ignored = README.matches("\n```rust,ignore\n").count();
    assert!(compiled >= 8, "{compiled} compiled snippets");
    assert!(ignored <= 1, "{ignored} snippets opt out of compiling");
    assert!(README.contains("Client::new(Config::load()?)"));
    assert!(README.contains("Client::new(mock::config(transport.clone()).build())"));
    assert!(README.contains("```rust,ignore\n// generated/fsx-delete-backup/src/types/"));
}
