//! Helpers shared by the test files of `client-tests`: where the CI Python venv lives, and the
//! skip-or-fail rule for tests that need an external tool (moto, botocore).

use std::io::Write;
use std::path::PathBuf;

/// The repository root (two levels above this crate).
pub fn repo_root() -> PathBuf {
    let here = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    // This crate lives at <repo>/tests/client, fixed by the workspace layout.
    here.join("..").join("..")
}

/// `<repo>/.venv/bin/python` when it exists.
pub fn venv_python() -> Option<PathBuf> {
    let p = repo_root().join(".venv").join("bin").join("python");
    p.is_file().then_some(p)
}

/// True when running under CI (`CI` set to anything but empty, `0` or `false`).
pub fn in_ci() -> bool {
    std::env::var("CI")
        .map(|v| {
            let v = v.trim().to_ascii_lowercase();
            !(v.is_empty() || v == "0" || v == "false")
        })
        .unwrap_or(false)
}

/// What a test does when a tool it needs is missing: under CI it fails (a missing tool there
/// is a broken pipeline, not a reason to pass); locally it prints a loud notice and the caller
/// returns. Returns normally only in the local case.
pub fn skip_or_fail(what: &str, how_to_fix: &str) {
    if in_ci() {
        panic!("{what}, and CI is set: this test must run in CI. Fix: {how_to_fix}");
    }
    // Straight to the stderr handle: the test harness captures `eprintln!` of passing tests,
    // and a skip must be seen.
    let bar = "*".repeat(76);
    let _ = writeln!(
        std::io::stderr(),
        "\n{bar}\nSKIPPED: {what}; run `{how_to_fix}`\n{bar}\n"
    );
}

/// The command that prepares the tools for the live and oracle tests.
pub const SETUP_HINT: &str = "bash ci/setup-python.sh && eval \"$(bash ci/moto-server.sh start)\"";

/// `MOTO_URL`, or `None` after [`skip_or_fail`] when it is not set.
pub fn moto_url() -> Option<String> {
    match std::env::var("MOTO_URL") {
        Ok(u) if !u.trim().is_empty() => Some(u.trim().to_owned()),
        _ => {
            skip_or_fail("MOTO_URL not set", SETUP_HINT);
            None
        }
    }
}

/// Runs a fixture script of `ci/` with the venv's python against the moto server at `url` and returns
/// the JSON object it prints. Panics with the script's output when it fails: MOTO_URL being set means
/// the live tests are meant to run.
pub fn run_fixture(script: &str, url: &str) -> serde_json::Value {
    let Some(python) = venv_python() else {
        panic!(
            "MOTO_URL is set but {}/.venv/bin/python is missing: run `bash ci/setup-python.sh`",
            repo_root().display()
        )
    };
    let out = std::process::Command::new(&python)
        .arg(repo_root().join("ci").join(script))
        .env("MOTO_URL", url)
        .output()
        .unwrap_or_else(|e| panic!("cannot run {}: {e}", python.display()));
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "ci/{script} failed ({}):\nstdout: {stdout}\nstderr: {}",
        out.status,
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_str(&stdout)
        .unwrap_or_else(|e| panic!("ci/{script} printed no JSON ({e}): {stdout}"))
}
