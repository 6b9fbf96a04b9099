#!/usr/bin/env bash
# Clean-build cost of candidate HTTPS stacks for the runtime's default `HttpTransport`.
#
# For each stack the script writes a throw-away crate under $WORK/crates/<key>/ (nothing of it is kept in
# git) whose only dependencies are that stack plus `http` 1, with a src/lib.rs that implements the
# runtime's transport shape with it (`send(http::Request<Vec<u8>>) -> BoxFuture<Result<Response<Vec<u8>>>>`,
# TLS config with its roots, connect timeout, body limit), and an example `smoke` (not part of the measured
# build) that sends real requests to local servers. Then, after `cargo fetch` (downloads are never
# measured), it builds every stack in a fresh target dir, alternating the stacks round by round
# (a b c ... a b c ...), in the dev profile and then the release profile, under `nice -n 10`,
# `CARGO_INCREMENTAL=0`, `cargo build --offline -j JOBS`, timed by /usr/bin/time (wall, user+sys of cargo
# and everything it ran).
#
# In round 1, right after each debug build, the smoke example is built in the same target dir and run:
# a plain-HTTP GET against a local `python3 -m http.server` must come back 200 (the whole request path
# of the stack works), and an HTTPS GET against a local `openssl s_server` with a self-signed certificate
# must fail on certificate verification (the TLS path with the stack's roots is really taken).
#
# Prints markdown tables on stdout (medians over the rounds; CPU ratio = median CPU of the stack / median
# CPU of (a), same run), the raw per-build figures, and `uptime` before and after. Progress on stderr,
# cargo logs under $WORK/logs/.
#
# Usage: bash bench/transport-build.sh [--rounds N] [--stacks "a b c ..."] [--jobs J] [--no-release]
#        [--no-smoke]
# Env:   WORK=/path   scratch folder (default /tmp/transport-bench)
#        CHECK_ONLY=1 only write the crates and `cargo check` them (no measurement)
set -euo pipefail

ROUNDS=2
JOBS=2
STACKS="a b c c2 d d2"
RELEASE=1
SMOKE=1
while [ $# -gt 0 ]; do
    case "$1" in
        --rounds) ROUNDS="$2"; shift 2 ;;
        --rounds=*) ROUNDS="${1#*=}"; shift ;;
        --stacks) STACKS="$2"; shift 2 ;;
        --stacks=*) STACKS="${1#*=}"; shift ;;
        --jobs|-j) JOBS="$2"; shift 2 ;;
        --no-release) RELEASE=""; shift ;;
        --no-smoke) SMOKE=""; shift ;;
        -h|--help) sed -n '2,26p' "$0"; exit 0 ;;
        *) echo "usage: $0 [--rounds N] [--stacks \"a b c c2 d d2\"] [--jobs J] [--no-release] [--no-smoke]" >&2
           exit 2 ;;
    esac
done
case "$ROUNDS" in ''|*[!0-9]*|0) echo "error: --rounds needs a positive integer" >&2; exit 2 ;; esac
case " $STACKS " in *" a "*) ;; *) echo "error: the stacks must include a (the reference)" >&2; exit 2 ;; esac

WORK="${WORK:-/tmp/transport-bench}"
for tool in cargo /usr/bin/time; do
    command -v "$tool" >/dev/null || { echo "error: $tool is not installed (apt-get install time)" >&2; exit 1; }
done
if [ -n "$SMOKE" ]; then
    for tool in python3 openssl; do
        command -v "$tool" >/dev/null || { echo "error: $tool is needed for the smoke check (or --no-smoke)" >&2; exit 1; }
    done
fi
mkdir -p "$WORK/logs" "$WORK/crates"

# ---------------------------------------------------------------------------------------------------------
# The stacks.
declare -A DESC DEPS_TOML DEV_TOML
DESC[a]="hyper 1 + hyper-util legacy Client + hyper-rustls (ring, webpki-roots) + tokio (today's)"
DEPS_TOML[a]='hyper = { version = "1", default-features = false, features = ["client", "http1"] }
hyper-util = { version = "0.1", default-features = false, features = ["client-legacy", "http1", "tokio"] }
hyper-rustls = { version = "0.27", default-features = false, features = ["http1", "ring", "webpki-roots", "tls12"] }
http-body-util = "0.1"
rustls = { version = "0.23", default-features = false, features = ["ring", "std", "tls12"] }
tokio = { version = "1", default-features = false, features = ["time"] }'
# hyper-util's `tokio` and `client-legacy` features already turn on tokio's rt, net and time.
DEV_TOML[a]='tokio = { version = "1", default-features = false, features = ["rt", "net", "time"] }'

DESC[b]="hyper 1 client::conn::http1 + own pool + tokio-rustls (ring) + webpki-roots + tokio"
DEPS_TOML[b]='hyper = { version = "1", default-features = false, features = ["client", "http1"] }
http-body-util = "0.1"
tokio = { version = "1", default-features = false, features = ["net", "rt", "time"] }
tokio-rustls = { version = "0.26", default-features = false, features = ["ring", "tls12"] }
rustls = { version = "0.23", default-features = false, features = ["ring", "std", "tls12"] }
webpki-roots = "1"'
DEV_TOML[b]='tokio = { version = "1", default-features = false, features = ["rt", "net", "time"] }'

DESC[c]="ureq 3 (rustls, ring, webpki-roots) on a helper thread + std oneshot"
DEPS_TOML[c]='ureq = { version = "3", default-features = false, features = ["rustls"] }'
DEV_TOML[c]=''

DESC[c2]="minreq 3 (https-rustls, webpki-roots; rustls with its default aws-lc-rs: minreq gives no way to pick ring) on a helper thread + std oneshot"
DEPS_TOML[c2]='minreq = { version = "3", default-features = false, features = ["https-rustls"] }'
DEV_TOML[c2]=''

DESC[d]="ureq 3 (native-tls = system OpenSSL, system roots) on a helper thread + std oneshot"
DEPS_TOML[d]='ureq = { version = "3", default-features = false, features = ["native-tls-no-default"] }'
DEV_TOML[d]=''

DESC[d2]="hyper 1 client::conn::http1 + own pool + tokio-native-tls (system OpenSSL, system roots) + tokio"
DEPS_TOML[d2]='hyper = { version = "1", default-features = false, features = ["client", "http1"] }
http-body-util = "0.1"
tokio = { version = "1", default-features = false, features = ["net", "rt", "time"] }
tokio-native-tls = "0.3"
native-tls = "0.2"'
DEV_TOML[d2]='tokio = { version = "1", default-features = false, features = ["rt", "net", "time"] }'

for s in $STACKS; do
    [ -n "${DESC[$s]:-}" ] || { echo "error: unknown stack '$s' (known: a b c c2 d d2)" >&2; exit 2; }
done

# ---------------------------------------------------------------------------------------------------------
# Shared source pieces.

COMMON_RS='pub type BoxFuture<'"'"'a, T> = std::pin::Pin<Box<dyn std::future::Future<Output = T> + Send + '"'"'a>>;
pub type Error = Box<dyn std::error::Error + Send + Sync>;
/// Larger responses fail instead of exhausting memory.
pub const MAX_RESPONSE_BODY: usize = 128 * 1024 * 1024;
'

# A blocking call run on its own thread, its result handed back through a one-shot slot built on std only
# (Mutex + Waker): the returned future is Send and needs no runtime.
ONESHOT_RS='mod oneshot {
    use std::future::Future;
    use std::pin::Pin;
    use std::sync::{Arc, Mutex};
    use std::task::{Context, Poll, Waker};

    struct Slot<T> {
        value: Option<std::thread::Result<T>>,
        waker: Option<Waker>,
    }

    pub struct Receiver<T>(Arc<Mutex<Slot<T>>>);

    pub fn spawn<T: Send + '"'"'static>(f: impl FnOnce() -> T + Send + '"'"'static) -> std::io::Result<Receiver<T>> {
        let slot = Arc::new(Mutex::new(Slot { value: None, waker: None }));
        let tx = slot.clone();
        std::thread::Builder::new().name("http-transport".into()).spawn(move || {
            let v = std::panic::catch_unwind(std::panic::AssertUnwindSafe(f));
            let waker = {
                let mut s = tx.lock().unwrap_or_else(|e| e.into_inner());
                s.value = Some(v);
                s.waker.take()
            };
            if let Some(w) = waker {
                w.wake();
            }
        })?;
        Ok(Receiver(slot))
    }

    impl<T> Future for Receiver<T> {
        type Output = T;
        fn poll(self: Pin<&mut Self>, cx: &mut Context<'"'"'_>) -> Poll<T> {
            let mut s = self.0.lock().unwrap_or_else(|e| e.into_inner());
            match s.value.take() {
                Some(Ok(v)) => Poll::Ready(v),
                Some(Err(panic)) => std::panic::resume_unwind(panic),
                None => {
                    s.waker = Some(cx.waker().clone());
                    Poll::Pending
                }
            }
        }
    }
}
'

# hyper 1 over tokio without hyper-util: the IO adapter, a tiny keep-alive pool, origin-form requests.
# TLS_CONNECT_RS (per stack) provides `async fn tls(&self, host: &str, tcp: TcpStream) -> Result<S, Error>`.
HYPER_CONN_RS='use http_body_util::{BodyExt, Full, Limited};
use hyper::body::Bytes;
use hyper::client::conn::http1::{self, SendRequest};
use std::collections::HashMap;
use std::pin::Pin;
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll};
use std::time::Duration;
use tokio::io::{AsyncRead, AsyncWrite};
use tokio::net::TcpStream;

/// tokio IO as hyper IO (what hyper-util'"'"'s TokioIo does).
struct Io<T>(T);

impl<T: AsyncRead + Unpin> hyper::rt::Read for Io<T> {
    fn poll_read(
        self: Pin<&mut Self>,
        cx: &mut Context<'"'"'_>,
        mut buf: hyper::rt::ReadBufCursor<'"'"'_>,
    ) -> Poll<std::io::Result<()>> {
        let n = unsafe {
            let mut tbuf = tokio::io::ReadBuf::uninit(buf.as_mut());
            match Pin::new(&mut self.get_mut().0).poll_read(cx, &mut tbuf) {
                Poll::Ready(Ok(())) => tbuf.filled().len(),
                other => return other,
            }
        };
        unsafe { buf.advance(n) };
        Poll::Ready(Ok(()))
    }
}

impl<T: AsyncWrite + Unpin> hyper::rt::Write for Io<T> {
    fn poll_write(self: Pin<&mut Self>, cx: &mut Context<'"'"'_>, buf: &[u8]) -> Poll<std::io::Result<usize>> {
        Pin::new(&mut self.get_mut().0).poll_write(cx, buf)
    }
    fn poll_flush(self: Pin<&mut Self>, cx: &mut Context<'"'"'_>) -> Poll<std::io::Result<()>> {
        Pin::new(&mut self.get_mut().0).poll_flush(cx)
    }
    fn poll_shutdown(self: Pin<&mut Self>, cx: &mut Context<'"'"'_>) -> Poll<std::io::Result<()>> {
        Pin::new(&mut self.get_mut().0).poll_shutdown(cx)
    }
}

type Key = (bool, String, u16);
type Sender = SendRequest<Full<Bytes>>;
const MAX_IDLE_PER_HOST: usize = 8;

pub struct Transport {
    tls: Connector,
    idle: Arc<Mutex<HashMap<Key, Vec<Sender>>>>,
    connect_timeout: Duration,
}

impl Transport {
    fn checkout(&self, key: &Key) -> Option<Sender> {
        let mut idle = self.idle.lock().unwrap_or_else(|e| e.into_inner());
        let list = idle.get_mut(key)?;
        while let Some(s) = list.pop() {
            if !s.is_closed() {
                return Some(s);
            }
        }
        None
    }

    fn checkin(&self, key: Key, sender: Sender) {
        if sender.is_closed() {
            return;
        }
        let mut idle = self.idle.lock().unwrap_or_else(|e| e.into_inner());
        let list = idle.entry(key).or_default();
        if list.len() < MAX_IDLE_PER_HOST {
            list.push(sender);
        }
    }

    async fn connect(&self, key: &Key) -> Result<Sender, Error> {
        let (tls, host, port) = key;
        let tcp = tokio::time::timeout(self.connect_timeout, TcpStream::connect((host.as_str(), *port)))
            .await
            .map_err(|_| "connect timed out")??;
        tcp.set_nodelay(true)?;
        if *tls {
            let stream = tokio::time::timeout(self.connect_timeout, self.tls(host, tcp))
                .await
                .map_err(|_| "TLS handshake timed out")??;
            handshake(Io(stream)).await
        } else {
            handshake(Io(tcp)).await
        }
    }

    pub fn send(&self, request: http::Request<Vec<u8>>) -> BoxFuture<'"'"'_, Result<http::Response<Vec<u8>>, Error>> {
        Box::pin(async move {
            let (mut parts, body) = request.into_parts();
            let tls = match parts.uri.scheme_str() {
                Some("https") => true,
                Some("http") => false,
                _ => return Err("only http and https URIs are supported".into()),
            };
            let authority = parts.uri.authority().ok_or("the URI has no host")?.clone();
            let host = authority.host().trim_start_matches('"'"'['"'"').trim_end_matches('"'"']'"'"').to_string();
            let port = authority.port_u16().unwrap_or(if tls { 443 } else { 80 });
            if !parts.headers.contains_key(http::header::HOST) {
                parts.headers.insert(http::header::HOST, http::HeaderValue::from_str(authority.as_str())?);
            }
            // HTTP/1.1 origin form: the path and query only.
            parts.uri = parts.uri.path_and_query().map(|p| p.as_str()).unwrap_or("/").parse()?;
            let request = http::Request::from_parts(parts, Full::new(Bytes::from(body)));
            let key = (tls, host, port);
            let mut sender = match self.checkout(&key) {
                Some(s) => s,
                None => self.connect(&key).await?,
            };
            sender.ready().await?;
            let response = sender.send_request(request).await?;
            let (parts, body) = response.into_parts();
            let body = Limited::new(body, MAX_RESPONSE_BODY).collect().await?.to_bytes();
            // The body is read to its end: the connection can serve the next request.
            self.checkin(key, sender);
            Ok(http::Response::from_parts(parts, body.to_vec()))
        })
    }
}

async fn handshake<T>(io: Io<T>) -> Result<Sender, Error>
where
    T: AsyncRead + AsyncWrite + Send + Unpin + '"'"'static,
{
    let (sender, conn) = http1::handshake(io).await?;
    tokio::spawn(async move {
        let _ = conn.await;
    });
    Ok(sender)
}
'

declare -A LIB_RS
LIB_RS[a]="$COMMON_RS"'
use http_body_util::{BodyExt, Full, Limited};
use hyper::body::Bytes;
use hyper_util::client::legacy::Client;
use hyper_util::client::legacy::connect::HttpConnector;
use hyper_util::rt::TokioExecutor;
use std::time::Duration;

pub struct Transport {
    client: Client<hyper_rustls::HttpsConnector<HttpConnector>, Full<Bytes>>,
}

impl Transport {
    pub fn new(connect_timeout: Duration) -> Result<Self, Error> {
        let mut http = HttpConnector::new();
        http.enforce_http(false);
        http.set_nodelay(true);
        http.set_connect_timeout(Some(connect_timeout));
        let tls = hyper_rustls::HttpsConnectorBuilder::new()
            .with_provider_and_webpki_roots(rustls::crypto::ring::default_provider())?
            .https_or_http()
            .enable_http1()
            .wrap_connector(http);
        Ok(Transport { client: Client::builder(TokioExecutor::new()).build(tls) })
    }

    pub fn send(&self, request: http::Request<Vec<u8>>) -> BoxFuture<'"'"'_, Result<http::Response<Vec<u8>>, Error>> {
        Box::pin(async move {
            let request = request.map(|b| Full::new(Bytes::from(b)));
            let response = self.client.request(request).await?;
            let (parts, body) = response.into_parts();
            let body = Limited::new(body, MAX_RESPONSE_BODY).collect().await?.to_bytes();
            Ok(http::Response::from_parts(parts, body.to_vec()))
        })
    }
}
'

LIB_RS[b]="$COMMON_RS$HYPER_CONN_RS"'
type Connector = tokio_rustls::TlsConnector;

impl Transport {
    pub fn new(connect_timeout: Duration) -> Result<Self, Error> {
        let mut roots = rustls::RootCertStore::empty();
        roots.extend(webpki_roots::TLS_SERVER_ROOTS.iter().cloned());
        let mut config = rustls::ClientConfig::builder_with_provider(Arc::new(rustls::crypto::ring::default_provider()))
            .with_safe_default_protocol_versions()?
            .with_root_certificates(roots)
            .with_no_client_auth();
        config.alpn_protocols = vec![b"http/1.1".to_vec()];
        Ok(Transport {
            tls: tokio_rustls::TlsConnector::from(Arc::new(config)),
            idle: Default::default(),
            connect_timeout,
        })
    }

    async fn tls(&self, host: &str, tcp: TcpStream) -> Result<tokio_rustls::client::TlsStream<TcpStream>, Error> {
        let name = rustls::pki_types::ServerName::try_from(host.to_string())?;
        Ok(self.tls.connect(name, tcp).await?)
    }
}
'

LIB_RS[d2]="$COMMON_RS$HYPER_CONN_RS"'
type Connector = tokio_native_tls::TlsConnector;

impl Transport {
    pub fn new(connect_timeout: Duration) -> Result<Self, Error> {
        // The system roots (OpenSSL'"'"'s default verify paths on Linux).
        let native = native_tls::TlsConnector::builder().build()?;
        Ok(Transport {
            tls: tokio_native_tls::TlsConnector::from(native),
            idle: Default::default(),
            connect_timeout,
        })
    }

    async fn tls(&self, host: &str, tcp: TcpStream) -> Result<tokio_native_tls::TlsStream<TcpStream>, Error> {
        Ok(self.tls.connect(host, tcp).await?)
    }
}
'

ureq_lib() { # $1: TLS provider, $2: roots
    printf '%s' "$COMMON_RS$ONESHOT_RS"'
use std::time::Duration;
use ureq::tls::{RootCerts, TlsConfig, TlsProvider};

/// ureq keeps a keep-alive pool in the (cheaply cloned) agent.
pub struct Transport {
    agent: ureq::Agent,
}

impl Transport {
    pub fn new(connect_timeout: Duration) -> Result<Self, Error> {
        let tls = TlsConfig::builder().provider(TlsProvider::'"$1"').root_certs(RootCerts::'"$2"').build();
        let config = ureq::Agent::config_builder()
            .tls_config(tls)
            .timeout_connect(Some(connect_timeout))
            .http_status_as_error(false)
            .max_redirects(0)
            .build();
        Ok(Transport { agent: ureq::Agent::new_with_config(config) })
    }

    pub fn send(&self, request: http::Request<Vec<u8>>) -> BoxFuture<'"'"'_, Result<http::Response<Vec<u8>>, Error>> {
        let agent = self.agent.clone();
        let rx = oneshot::spawn(move || -> Result<http::Response<Vec<u8>>, Error> {
            let response = agent.run(request)?;
            let (parts, mut body) = response.into_parts();
            let body = body.with_config().limit(MAX_RESPONSE_BODY as u64).read_to_vec()?;
            Ok(http::Response::from_parts(parts, body))
        });
        Box::pin(async move { rx?.await })
    }
}
'
}
LIB_RS[c]="$(ureq_lib Rustls WebPki)"
LIB_RS[d]="$(ureq_lib NativeTls PlatformVerifier)"

LIB_RS[c2]="$COMMON_RS$ONESHOT_RS"'
use std::time::Duration;

/// minreq opens one connection per request (no keep-alive pool); its timeout is one whole-request
/// deadline in seconds.
pub struct Transport {
    timeout_secs: u64,
}

impl Transport {
    pub fn new(timeout: Duration) -> Result<Self, Error> {
        Ok(Transport { timeout_secs: timeout.as_secs().max(1) })
    }

    pub fn send(&self, request: http::Request<Vec<u8>>) -> BoxFuture<'"'"'_, Result<http::Response<Vec<u8>>, Error>> {
        let timeout = self.timeout_secs;
        let rx = oneshot::spawn(move || -> Result<http::Response<Vec<u8>>, Error> {
            let (parts, body) = request.into_parts();
            let method = match parts.method.as_str() {
                "GET" => minreq::Method::Get,
                "POST" => minreq::Method::Post,
                "PUT" => minreq::Method::Put,
                "DELETE" => minreq::Method::Delete,
                "HEAD" => minreq::Method::Head,
                other => minreq::Method::Custom(other.to_string()),
            };
            let mut req = minreq::Request::new(method, parts.uri.to_string())
                .with_timeout(timeout)
                .with_follow_redirects(false);
            for (name, value) in &parts.headers {
                req = req.with_header(name.as_str(), value.to_str()?);
            }
            if !body.is_empty() {
                req = req.with_body(body);
            }
            let response = req.send()?;
            let mut out = http::Response::builder().status(response.status_code);
            for (name, value) in &response.headers {
                out = out.header(name.as_str(), value.as_str());
            }
            let body = response.into_bytes();
            if body.len() > MAX_RESPONSE_BODY {
                return Err(format!("the response body is larger than {MAX_RESPONSE_BODY} bytes").into());
            }
            Ok(out.body(body)?)
        });
        Box::pin(async move { rx?.await })
    }
}
'

# The smoke example: one GET over plain HTTP (must be 200, twice, so a pooled connection is reused where the
# stack pools), one over HTTPS (must reach certificate verification).
SMOKE_BODY='
fn chain(e: &(dyn std::error::Error + '"'"'static)) -> String {
    let mut s = e.to_string();
    let mut cur = e.source();
    while let Some(c) = cur {
        s.push_str(": ");
        s.push_str(&c.to_string());
        cur = c.source();
    }
    s
}

async fn run(http_url: String, https_url: String) {
    let t = transport::Transport::new(std::time::Duration::from_secs(5)).expect("transport");
    for _ in 0..2 {
        let req = http::Request::get(&http_url).body(Vec::new()).unwrap();
        match t.send(req).await {
            Ok(r) => println!("http: {} {} bytes", r.status().as_u16(), r.body().len()),
            Err(e) => println!("http: error {}", chain(&*e)),
        }
    }
    let req = http::Request::get(&https_url).body(Vec::new()).unwrap();
    match t.send(req).await {
        Ok(r) => println!("https: {} {} bytes", r.status().as_u16(), r.body().len()),
        Err(e) => println!("https: error {}", chain(&*e)),
    }
}

fn main() {
    let mut args = std::env::args().skip(1);
    let (http_url, https_url) = (args.next().unwrap(), args.next().unwrap());
'
SMOKE_TOKIO='    let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    rt.block_on(run(http_url, https_url));
}
'
# No runtime at all: a std-only block_on.
SMOKE_STD='    block_on(run(http_url, https_url));
}

fn block_on<F: std::future::Future>(f: F) -> F::Output {
    struct Unpark(std::thread::Thread);
    impl std::task::Wake for Unpark {
        fn wake(self: std::sync::Arc<Self>) {
            self.0.unpark();
        }
    }
    let waker = std::task::Waker::from(std::sync::Arc::new(Unpark(std::thread::current())));
    let mut cx = std::task::Context::from_waker(&waker);
    let mut f = std::pin::pin!(f);
    loop {
        match f.as_mut().poll(&mut cx) {
            std::task::Poll::Ready(v) => return v,
            std::task::Poll::Pending => std::thread::park(),
        }
    }
}
'

write_crate() {
    local s="$1" dir="$WORK/crates/$1"
    mkdir -p "$dir/src" "$dir/examples"
    cat >"$dir/Cargo.toml" <<EOF
# Throw-away crate written by bench/transport-build.sh: stack ($s): ${DESC[$s]}
[package]
name = "transport-$s"
version = "0.0.0"
edition = "2021"
publish = false

[lib]
name = "transport"

[dependencies]
http = "1"
${DEPS_TOML[$s]}

[dev-dependencies]
${DEV_TOML[$s]}

[workspace]
EOF
    printf '%s' "${LIB_RS[$s]}" >"$dir/src/lib.rs"
    if [ -n "${DEV_TOML[$s]}" ]; then
        printf '%s' "$SMOKE_BODY$SMOKE_TOKIO" >"$dir/examples/smoke.rs"
    else
        printf '%s' "$SMOKE_BODY$SMOKE_STD" >"$dir/examples/smoke.rs"
    fi
}

echo "== writing the crates under $WORK/crates" >&2
for s in $STACKS; do
    write_crate "$s"
done

# Downloads are never part of a measurement. The lock files are resolved once, here, and used as they are.
echo "== cargo fetch" >&2
for s in $STACKS; do
    m="$WORK/crates/$s/Cargo.toml"
    [ -f "$WORK/crates/$s/Cargo.lock" ] || cargo generate-lockfile --manifest-path "$m" >&2
    cargo fetch --manifest-path "$m" >&2
done

export CARGO_INCREMENTAL=0
unset RUSTFLAGS CARGO_BUILD_RUSTFLAGS CARGO_TARGET_DIR

if [ -n "${CHECK_ONLY:-}" ]; then
    # Quick iteration on the crates' code: `cargo check` of lib and example, one shared target dir.
    for s in $STACKS; do
        echo "== cargo check ($s)" >&2
        cargo check --offline -q -j "$JOBS" --manifest-path "$WORK/crates/$s/Cargo.toml" \
            --target-dir "$WORK/target-check" --lib --examples
    done
    exit 0
fi

# ---------------------------------------------------------------------------------------------------------
# Smoke servers (loopback only), started once if the smoke check runs; stopped on exit by their pids.
SERVER_PIDS=()
cleanup() {
    local p
    for p in "${SERVER_PIDS[@]}"; do kill "$p" 2>/dev/null || true; done
}
trap cleanup EXIT
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
if [ -n "$SMOKE" ]; then
    SRV="$WORK/smoke-server"
    mkdir -p "$SRV/www"
    echo "hello from the smoke server" >"$SRV/www/index.html"
    [ -f "$SRV/cert.pem" ] || openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj /CN=localhost \
        -addext subjectAltName=DNS:localhost -addext basicConstraints=critical,CA:FALSE -keyout "$SRV/key.pem" -out "$SRV/cert.pem" 2>/dev/null
    HTTP_PORT=$(free_port)
    python3 -m http.server "$HTTP_PORT" --bind 127.0.0.1 --directory "$SRV/www" >"$WORK/logs/http-server.log" 2>&1 &
    SERVER_PIDS+=($!)
    HTTPS_PORT=$(free_port)
    openssl s_server -quiet -accept "127.0.0.1:$HTTPS_PORT" -cert "$SRV/cert.pem" -key "$SRV/key.pem" -www \
        </dev/null >"$WORK/logs/https-server.log" 2>&1 &
    SERVER_PIDS+=($!)
    sleep 1
fi
declare -A SMOKE_RESULT

# build KEY PROFILE ROUND -> "wall cpu units" in $WORK/logs/result (run in this shell, not a subshell, so
# that SMOKE_RESULT and exit work)
build() {
    local s="$1" profile="$2" round="$3"
    local m="$WORK/crates/$s/Cargo.toml" target="$WORK/target-$s-$profile"
    local log="$WORK/logs/build-$s-$profile-$round.log" tf="$WORK/logs/time-$s-$profile-$round"
    local flag=()
    [ "$profile" = release ] && flag=(--release)
    rm -rf "$target"
    echo "== round $round: $s $profile (fresh $target; load $(cut -d' ' -f1-3 /proc/loadavg))" >&2
    /usr/bin/time -f '%e %U %S' -o "$tf" nice -n 10 \
        cargo build --offline -j "$JOBS" --manifest-path "$m" --target-dir "$target" "${flag[@]}" >"$log" 2>&1 \
        || { cat "$log" >&2; echo "error: the $s $profile build failed" >&2; exit 1; }
    if [ -n "$SMOKE" ] && [ "$round" = 1 ] && [ "$profile" = dev ]; then
        local slog="$WORK/logs/smoke-$s.log"
        cargo build --offline -j "$JOBS" --manifest-path "$m" --target-dir "$target" --example smoke \
            >"$slog" 2>&1 || { cat "$slog" >&2; echo "error: the $s smoke example does not build" >&2; exit 1; }
        timeout 60 "$target/debug/examples/smoke" "http://127.0.0.1:$HTTP_PORT/" "https://localhost:$HTTPS_PORT/" \
            >"$WORK/logs/smoke-$s.out" 2>&1 || true
        if [ "$(grep -c '^http: 200 ' "$WORK/logs/smoke-$s.out")" = 2 ] \
            && grep -qiE '^https: error .*(certif|issuer|verify)' "$WORK/logs/smoke-$s.out"; then
            SMOKE_RESULT[$s]="ok"
        else
            SMOKE_RESULT[$s]="FAILED"
            echo "warning: the smoke check of $s failed (see $WORK/logs/smoke-$s.out)" >&2
        fi
        sed "s/^/    smoke $s: /" "$WORK/logs/smoke-$s.out" >&2
    fi
    rm -rf "$target"
    awk -v u="$(grep -c '^ *Compiling ' "$log" || true)" '{ printf "%.1f %.1f %d\n", $1, $2 + $3, u }' "$tf" \
        >"$WORK/logs/result"
}

# Distinct crates (name + version) in the normal dependency tree, the throw-away crate itself included.
deps() {
    cargo tree --offline -e normal --prefix none --manifest-path "$WORK/crates/$1/Cargo.toml" 2>/dev/null \
        | sed 's/ (\*)$//; s/ (proc-macro)$//; s/ (\/.*)$//' | awk '{ print $1, $2 }' | sort -u | wc -l
}

median() { tr ' ' '\n' | grep -v '^$' | sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) printf "%.1f", v[(NR + 1) / 2]; else printf "%.1f", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "-" }'; }

PROFILES="dev"
[ -n "$RELEASE" ] && PROFILES="dev release"
UPTIME_BEFORE="$(uptime)"
START="$(date -u +%Y-%m-%dT%H:%MZ)"
echo "== uptime before: $UPTIME_BEFORE" >&2
declare -A WALLS CPUS UNITS
RAW=()
for r in $(seq 1 "$ROUNDS"); do
    for p in $PROFILES; do
        for s in $STACKS; do
            build "$s" "$p" "$r"
            read -r w c u <"$WORK/logs/result"
            WALLS[$s,$p]+="$w "
            CPUS[$s,$p]+="$c "
            UNITS[$s,$p]="$u"
            RAW+=("| $r | $s | $p | $w | $c | $u | $(cut -d' ' -f1-3 /proc/loadavg) |")
        done
    done
done
UPTIME_AFTER="$(uptime)"
echo "== uptime after: $UPTIME_AFTER" >&2

CPU_MODEL=$(grep -m1 'model name' /proc/cpuinfo | sed 's/.*: //')
echo "Machine: $(nproc) cores ($CPU_MODEL), $(free -h | awk '/^Mem:/ { print $2 }') RAM; $(rustc --version)."
echo "Run: $START to $(date -u +%Y-%m-%dT%H:%MZ), $ROUNDS round(s), stacks alternated, \`nice -n 10 cargo build --offline -j $JOBS\`, CARGO_INCREMENTAL=0, fresh target dir per build, after \`cargo fetch\`."
echo "uptime before: $UPTIME_BEFORE"
echo "uptime after:  $UPTIME_AFTER"
echo
echo "| stack | crates in tree | units compiled (debug) | debug wall (s) | debug CPU (s) | debug CPU vs (a) | release wall (s) | release CPU (s) | release CPU vs (a) | smoke |"
echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---|"
for s in $STACKS; do
    dw=$(echo "${WALLS[$s,dev]}" | median); dc=$(echo "${CPUS[$s,dev]}" | median)
    dca=$(echo "${CPUS[a,dev]}" | median)
    rw="-"; rc="-"; rr="-"
    if [ -n "$RELEASE" ]; then
        rw=$(echo "${WALLS[$s,release]}" | median); rc=$(echo "${CPUS[$s,release]}" | median)
        rr=$(ratio "$rc" "$(echo "${CPUS[a,release]}" | median)")
    fi
    echo "| ($s) ${DESC[$s]} | $(deps "$s") | ${UNITS[$s,dev]} | $dw | $dc | $(ratio "$dc" "$dca") | $rw | $rc | $rr | ${SMOKE_RESULT[$s]:-not run} |"
done
echo
echo "Raw builds (load average read when each build ended):"
echo
echo "| round | stack | profile | wall (s) | CPU (s) | units | load |"
echo "|---:|---|---|---:|---:|---:|---|"
printf '%s\n' "${RAW[@]}"
echo
echo "Resolved versions of the main crates (cargo tree -e normal):"
for s in $STACKS; do
    v=$(cargo tree --offline -e normal --prefix none --manifest-path "$WORK/crates/$s/Cargo.toml" 2>/dev/null \
        | awk '{ print $1, $2 }' | sort -u \
        | grep -E '^(hyper|hyper-util|hyper-rustls|rustls|ring|aws-lc-rs|tokio|tokio-rustls|tokio-native-tls|native-tls|openssl|webpki-roots|ureq|minreq) ' \
        | paste -sd, | sed 's/,/, /g')
    echo "- ($s): $v"
done
