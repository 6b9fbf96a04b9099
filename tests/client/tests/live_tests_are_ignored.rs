//! A test that needs moto or the Python venv is `#[ignore]`d, so that a plain `cargo test` lists it as
//! ignored instead of counting a skip as a pass, and `.ci/run` runs those tests with `--include-ignored`.

use client_tests::repo_root;

/// Each test of `source` (from its `#[test]`/`#[tokio::test]` line to the next one) that reaches for a live
/// tool, by name, when it is not `#[ignore]`d.
fn unignored_live_tests(source: &str) -> Vec<String> {
    let marks: Vec<usize> = source
        .match_indices("#[tokio::test]")
        .chain(source.match_indices("#[test]"))
        .map(|(i, _)| i)
        .collect();
    let mut marks = marks;
    marks.sort_unstable();
    let mut bad = Vec::new();
    for (n, start) in marks.iter().enumerate() {
        let end = marks.get(n + 1).copied().unwrap_or(source.len());
        let chunk = &source[*start..end];
        let live = ["moto_url()", "moto_client(", "python()"]
            .iter()
            .any(|tool| chunk.contains(tool));
        let header = chunk.split("fn ").next().unwrap_or("");
        if live && !header.contains("#[ignore") {
            let name = chunk
                .split("fn ")
                .nth(1)
                .and_then(|rest| rest.split('(').next())
                .unwrap_or("?");
            bad.push(name.to_string());
        }
    }
    bad
}

#[test]
fn live_and_oracle_tests_are_ignored_and_ci_runs_them() {
    let dir = repo_root().join("tests/client/tests");
    let mut live_files = 0;
    for entry in std::fs::read_dir(&dir).expect("the tests folder") {
        let path = entry.expect("an entry").path();
        if path.extension().is_none_or(|x| x != "rs") || path.ends_with("live_tests_are_ignored.rs")
        {
            continue;
        }
        let source = std::fs::read_to_string(&path).expect("a test file");
        if ["moto_url()", "moto_client(", "python()"]
            .iter()
            .any(|tool| source.contains(tool))
        {
            live_files += 1;
        }
        let bad = unignored_live_tests(&source);
        assert!(
            bad.is_empty(),
            "{}: these tests need moto or the venv but are not #[ignore]d: {bad:?}",
            path.display()
        );
    }
    assert!(
        live_files >= 3,
        "moto.rs, moto_rest_json.rs and oracle.rs have live tests"
    );
    let ci = std::fs::read_to_string(repo_root().join(".ci/run")).expect(".ci/run");
    assert!(
        ci.lines()
            .any(|l| l.contains("cargo test -p client-tests") && l.contains("--include-ignored")),
        ".ci/run must run the ignored live tests"
    );
}

#[test]
fn the_check_sees_an_unignored_live_test() {
    let source = "#[tokio::test]\nasync fn a() {\n    let url = moto_url();\n}\n\
                  #[tokio::test]\n#[ignore = \"live\"]\nasync fn b() {\n    let url = moto_url();\n}\n\
                  #[tokio::test]\nasync fn d() {\n    let (url, c) = moto_client(Client::new);\n}\n\
                  #[test]\nfn c() {}\n";
    assert_eq!(unignored_live_tests(source), ["a", "d"]);
}
