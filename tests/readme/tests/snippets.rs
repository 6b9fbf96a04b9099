//! The README's Rust snippets, cut out of README.md by `build.rs` (so they cannot drift), compiled with only
//! the dependencies the README lists: a `main` is compiled, a `#[tokio::test]` runs.

include!(concat!(env!("OUT_DIR"), "/snippets.rs"));

const README: &str = include_str!("../../../README.md");
const MANIFEST: &str = include_str!("../Cargo.toml");

/// The lines of the `[dependencies]` table of a TOML text, comments and blank lines left out.
fn dependencies(toml: &str) -> Vec<String> {
    toml.lines()
        .skip_while(|l| l.trim() != "[dependencies]")
        .skip(1)
        .take_while(|l| !l.trim_start().starts_with('['))
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(String::from)
        .collect()
}

/// The README's dependency block is this crate's `[dependencies]`: what the snippets compile with is what a
/// user who follows the README has.
#[test]
fn readme_dependency_block_is_this_crate() {
    let blocks: Vec<&str> = README
        .split("```toml\n")
        .skip(1)
        .filter_map(|rest| rest.split("\n```").next())
        .filter(|b| b.contains("[dependencies]"))
        // The build.rs way of generating has a manifest of its own (the runtime and `codegen` as a
        // build-dependency); the snippets compile against the generated crate's block.
        .filter(|b| !b.contains("[build-dependencies]"))
        .collect();
    assert_eq!(
        blocks.len(),
        1,
        "the README has one dependency block: {blocks:?}"
    );
    let readme = dependencies(&blocks[0].replace("<this repository>", "../.."));
    assert!(!readme.is_empty());
    assert_eq!(readme, dependencies(MANIFEST));
}

/// Every `rust` block is compiled here; only abridged listings may opt out (```` ```rust,ignore ````): the
/// generated types' listing, and the fragments of the build.rs, blocking, waiter and streaming sections,
/// which need other dependencies or a surrounding function. The snippets a user copies first must be among
/// the compiled ones.
#[test]
fn snippets_are_compiled() {
    let compiled = README.matches("\n```rust\n").count();
    let ignored = README.matches("\n```rust,ignore\n").count();
    assert!(compiled >= 2, "{compiled} compiled snippets");
    assert!(ignored <= 7, "{ignored} snippets opt out of compiling");
    assert!(README.contains("Client::new(Config::load()?)"));
    assert!(README.contains("Client::new(mock::config(transport.clone()).build())"));
}
