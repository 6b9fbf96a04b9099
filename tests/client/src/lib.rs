//! Helpers shared by the test files of `client-tests`: where the CI Python venv lives, and what a live
//! test (moto, botocore) does when its tool is missing.

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

/// What a live or oracle test does when a tool it needs is missing: it fails, saying how to set the tool
/// up. Those tests are `#[ignore]`d, so they run only when asked for (`cargo test -p client-tests --
/// --include-ignored`, what `.ci/run` does): a plain `cargo test` lists them as ignored instead of passing
/// them silently, and a run that asked for them and lacks the tool is a failure, not a skip.
pub fn missing(what: &str, how_to_fix: &str) -> ! {
    panic!("{what}: this live test needs it. Fix: {how_to_fix}")
}

/// The command that prepares the tools for the live and oracle tests.
pub const SETUP_HINT: &str = "bash ci/setup-python.sh && eval \"$(bash ci/moto-server.sh start)\"";

/// `MOTO_URL`; fails the test through [`missing`] when it is not set.
pub fn moto_url() -> String {
    match std::env::var("MOTO_URL") {
        Ok(u) if !u.trim().is_empty() => u.trim().to_owned(),
        _ => missing("MOTO_URL is not set", SETUP_HINT),
    }
}

/// The region the live tests use: moto keys its state by account (from [`moto_config`]'s dummy credentials)
/// and region.
pub const MOTO_REGION: &str = "us-east-1";

/// The configuration of every live test's client: moto at `url` as the endpoint, [`MOTO_REGION`] and dummy
/// credentials (moto accepts any signature).
pub fn moto_config(url: &str) -> smithy_runtime::Config {
    smithy_runtime::Config::builder()
        .region(MOTO_REGION)
        .endpoint_url(url)
        .credentials(smithy_runtime::Credentials::new(
            "AKIDEXAMPLE",
            "secret",
            None,
        ))
        .build()
}

/// The setup of a live test: `MOTO_URL` (failing through [`missing`] without it) and a client of one
/// generated crate made by `new` (its `Client::new`) from [`moto_config`]. The URL comes back for messages.
pub fn moto_client<C>(new: impl FnOnce(smithy_runtime::Config) -> C) -> (String, C) {
    let url = moto_url();
    let client = new(moto_config(&url));
    (url, client)
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

/// A transport that sends every request to one server (moto) whatever host its URL names, the way a
/// DNS override would: the URL's scheme and authority become the server's, the `Host` header stays
/// the one the client framed (the endpoint rules' host), so a server that routes by `Host` (moto's S3:
/// virtual-hosted buckets) sees what AWS would. It records each request's `Host`.
#[derive(Clone, Debug)]
pub struct ConnectTo {
    inner: std::sync::Arc<smithy_runtime::HttpsTransport>,
    scheme: http::uri::Scheme,
    authority: http::uri::Authority,
    hosts: std::sync::Arc<std::sync::Mutex<Vec<String>>>,
}

impl ConnectTo {
    /// Connections to the server at `url` (`http://127.0.0.1:PORT`, as `MOTO_URL` is).
    pub fn moto(url: &str) -> ConnectTo {
        let uri: http::Uri = url
            .parse()
            .unwrap_or_else(|e| panic!("MOTO_URL {url} is not a URL: {e}"));
        ConnectTo {
            inner: std::sync::Arc::new(smithy_runtime::HttpsTransport::default()),
            scheme: uri.scheme().cloned().unwrap_or(http::uri::Scheme::HTTP),
            authority: uri
                .authority()
                .cloned()
                .unwrap_or_else(|| panic!("MOTO_URL {url} has no host")),
            hosts: Default::default(),
        }
    }

    /// The `Host` header of every request sent so far, in order.
    pub fn hosts(&self) -> Vec<String> {
        self.hosts.lock().unwrap_or_else(|p| p.into_inner()).clone()
    }

    fn redirect<B>(&self, mut req: http::Request<B>) -> http::Request<B> {
        let host = req
            .headers()
            .get(http::header::HOST)
            .and_then(|h| h.to_str().ok())
            .map(str::to_owned)
            .or_else(|| req.uri().host().map(str::to_owned))
            .unwrap_or_default();
        // The framed request carries its Host already; a URL without one would be sent with moto's.
        if !req.headers().contains_key(http::header::HOST)
            && let Ok(v) = http::HeaderValue::from_str(&host)
        {
            req.headers_mut().insert(http::header::HOST, v);
        }
        self.hosts
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .push(host);
        let mut parts = req.uri().clone().into_parts();
        parts.scheme = Some(self.scheme.clone());
        parts.authority = Some(self.authority.clone());
        *req.uri_mut() = http::Uri::from_parts(parts).expect("scheme, authority and path are set");
        req
    }
}

impl smithy_runtime::HttpTransport for ConnectTo {
    fn send(
        &self,
        request: http::Request<smithy_runtime::Bytes>,
    ) -> smithy_runtime::BoxFuture<
        '_,
        Result<http::Response<Vec<u8>>, smithy_runtime::TransportError>,
    > {
        self.inner.send(self.redirect(request))
    }

    fn send_streaming(
        &self,
        request: http::Request<smithy_runtime::types::ByteStream>,
    ) -> smithy_runtime::BoxFuture<
        '_,
        Result<http::Response<smithy_runtime::types::ByteStream>, smithy_runtime::TransportError>,
    > {
        self.inner.send_streaming(self.redirect(request))
    }
}
