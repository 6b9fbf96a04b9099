//! Shared by the tests of this package: how a test finds moto, and what it does when moto is absent.

use std::io::Write;

use fsx::{Client, Config, Credentials};

/// moto keys its state by account and region; these match ci/fsx-fixture.py and moto's default account.
pub const REGION: &str = "us-east-1";

/// How to get moto running, printed whenever it is missing.
pub const SETUP_HINT: &str = "start moto with `bash ci/setup-python.sh && eval \"$(bash ci/moto-server.sh start)\"` \
     (ci/whole-services.sh expects the caller, e.g. .ci/run, to have done this)";

/// The moto endpoint from `MOTO_URL`, or `None` after a loud SKIPPED notice. Under `CI` (any value
/// but empty, `0` or `false`) a missing `MOTO_URL` is a failure: CI must never pass by skipping.
pub fn moto_url(test: &str) -> Option<String> {
    match std::env::var("MOTO_URL") {
        Ok(url) if !url.trim().is_empty() => Some(url.trim().to_owned()),
        _ => {
            assert!(
                !in_ci(),
                "{test}: MOTO_URL is not set but CI is: this test must run in CI; {SETUP_HINT}"
            );
            // Straight to the stderr handle: the harness captures `eprintln!` of passing tests,
            // and a skip must be seen.
            let bar = "*".repeat(76);
            let _ = writeln!(
                std::io::stderr(),
                "\n{bar}\nSKIPPED {test}: MOTO_URL is not set; {SETUP_HINT}\n{bar}\n"
            );
            None
        }
    }
}

fn in_ci() -> bool {
    std::env::var("CI").is_ok_and(|v| !matches!(v.trim(), "" | "0" | "false"))
}

/// A client for moto at `url`: dummy credentials, the real HTTPS/HTTP transport.
pub fn moto_client(url: &str) -> Client {
    Client::new(
        Config::builder()
            .region(REGION)
            .endpoint_url(url)
            .credentials(Credentials::new("AKIDEXAMPLE", "secret", None))
            .build(),
    )
}
