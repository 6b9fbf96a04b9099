//! Shared by the tests of this package: how a test finds moto, and what it does when moto is absent.

use fsx::{Client, Config, Credentials};

/// moto keys its state by account and region; these match ci/fsx-fixture.py and moto's default account.
pub const REGION: &str = "us-east-1";

/// How to get moto running, printed whenever it is missing.
pub const SETUP_HINT: &str = "start moto with `bash ci/setup-python.sh && eval \"$(bash ci/moto-server.sh start)\"` \
     (ci/whole-services.sh expects the caller, e.g. .ci/run, to have done this)";

/// The moto endpoint from `MOTO_URL`; without it the test fails, saying how to start moto. The live test
/// is `#[ignore]`d, so it runs only when asked for (`cargo test -- --include-ignored`, what
/// ci/whole-services.sh does): a plain `cargo test` lists it as ignored instead of passing it silently.
pub fn moto_url(test: &str) -> String {
    match std::env::var("MOTO_URL") {
        Ok(url) if !url.trim().is_empty() => url.trim().to_owned(),
        _ => panic!("{test}: MOTO_URL is not set; {SETUP_HINT}"),
    }
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
