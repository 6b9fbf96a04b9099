//! The committed `generated/` is the golden output: regenerating every model in memory must give exactly the
//! files on disk. When this fails, the fix is to run `cargo xtask codegen` and commit the result.

use xtask::{compare, generate, repo_jobs, repo_root};

#[test]
fn generated_crates_match_the_models() {
    let root = repo_root();
    let jobs = repo_jobs(&root, None).expect("models/ is readable");
    let mut stale = Vec::new();
    for job in &jobs {
        let (_, files) = generate(job)
            .unwrap_or_else(|e| panic!("{} does not generate:\n{e}", job.settings.source));
        stale.extend(compare(&job.out, &files));
    }
    assert!(
        stale.is_empty(),
        "generated code is stale:\n  {}\nrun `cargo xtask codegen` and commit the result",
        stale.join("\n  ")
    );
}

#[test]
fn generation_is_byte_for_byte_deterministic() {
    let root = repo_root();
    for job in repo_jobs(&root, None).expect("models/ is readable") {
        let (_, first) = generate(&job).expect("generates");
        let (_, second) = generate(&job).expect("generates");
        assert_eq!(
            first, second,
            "{} generated differently twice",
            job.settings.source
        );
    }
}

/// `cargo xtask` must show cargo's progress: on a fresh checkout the generator compiles for about 20 s
/// before it prints anything, and `--quiet` made that silence.
#[test]
fn the_cargo_alias_shows_build_progress() {
    let config = std::fs::read_to_string(repo_root().join(".cargo/config.toml"))
        .expect(".cargo/config.toml");
    let alias = config
        .lines()
        .find(|l| l.trim_start().starts_with("xtask"))
        .expect("the xtask alias");
    assert!(alias.contains("--package xtask"), "{alias}");
    assert!(
        !alias.contains("--quiet") && !alias.contains(" -q"),
        "{alias}"
    );
}

/// Generated crates state the minimum Rust version, and it is the workspace's (what the README says and CI
/// builds with): a user on an older toolchain gets cargo's clear message, not a wall of errors.
#[test]
fn generated_manifests_carry_the_workspace_rust_version() {
    let root = repo_root();
    let workspace = std::fs::read_to_string(root.join("Cargo.toml")).expect("Cargo.toml");
    let msrv = workspace
        .lines()
        .find(|l| l.starts_with("rust-version"))
        .expect("the workspace sets rust-version")
        .to_string();
    let readme = std::fs::read_to_string(root.join("README.md")).expect("README.md");
    let version = msrv.split('"').nth(1).expect("a quoted version");
    assert!(
        readme.contains(&format!("Minimum Rust\nversion: {version}"))
            || readme.contains(&format!("Minimum Rust version: {version}")),
        "the README states the MSRV {version}"
    );
    for job in repo_jobs(&root, None).expect("models/ is readable") {
        let (_, files) = generate(&job).expect("generates");
        let manifest = files
            .iter()
            .find(|f| f.path == "Cargo.toml")
            .expect("a Cargo.toml");
        assert!(
            manifest.contents.lines().any(|l| l == msrv),
            "{}: no `{msrv}` in its Cargo.toml",
            job.settings.source
        );
    }
}
