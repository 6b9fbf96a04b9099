//! Shared by the configuration and credential tests: temporary folders for `~/.aws`, a small HTTP
//! server on 127.0.0.1 for the container and IMDS endpoints, fake STS and SSO fetchers.
#![allow(dead_code)]

use smithy_runtime as rt;
use std::io::{BufRead, BufReader, Write};
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime};

/// A folder under the system temp dir, removed on drop. It plays the home folder.
pub struct TempHome(pub PathBuf);

impl TempHome {
    pub fn new() -> TempHome {
        static N: AtomicUsize = AtomicUsize::new(0);
        let dir = std::env::temp_dir().join(format!(
            "smithy-creds-{}-{}",
            std::process::id(),
            N.fetch_add(1, Ordering::Relaxed)
        ));
        std::fs::create_dir_all(dir.join(".aws")).expect("create a temp home");
        TempHome(dir)
    }

    pub fn path(&self) -> &Path {
        &self.0
    }

    /// Writes `~/.aws/<name>`.
    pub fn aws_file(&self, name: &str, text: &str) -> PathBuf {
        let p = self.0.join(".aws").join(name);
        if let Some(d) = p.parent() {
            std::fs::create_dir_all(d).expect("create folders");
        }
        std::fs::write(&p, text).expect("write a test file");
        p
    }

    pub fn file(&self, name: &str, text: &str) -> PathBuf {
        let p = self.0.join(name);
        std::fs::write(&p, text).expect("write a test file");
        p
    }

    /// An executable shell script (for `credential_process`).
    #[cfg(unix)]
    pub fn script(&self, name: &str, body: &str) -> PathBuf {
        use std::os::unix::fs::PermissionsExt;
        let p = self.file(name, &format!("#!/bin/sh\n{body}\n"));
        std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o755)).expect("chmod");
        p
    }

    /// An environment with only HOME (this folder), IMDS off, and `vars`.
    pub fn env(&self, vars: &[(&str, &str)]) -> rt::Env {
        let mut all: Vec<(String, String)> = vec![
            ("HOME".into(), self.0.display().to_string()),
            ("AWS_EC2_METADATA_DISABLED".into(), "true".into()),
        ];
        for (k, v) in vars {
            all.retain(|(x, _)| x != k);
            all.push(((*k).into(), (*v).into()));
        }
        rt::Env::from_vars(all)
    }
}

impl Drop for TempHome {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// What the fake server read.
#[derive(Clone, Debug)]
pub struct Req {
    pub method: String,
    pub path: String,
    pub headers: Vec<(String, String)>,
    pub body: String,
}

impl Req {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

/// How the fake server answers.
pub enum Reply {
    Full(u16, String),
    /// Keeps the connection open and says nothing.
    Hang,
    /// Announces `declared` bytes and sends `body`, then closes.
    CutOff(usize, String),
}

pub fn ok(body: impl Into<String>) -> Reply {
    Reply::Full(200, body.into())
}

pub struct Server {
    pub url: String,
    pub requests: Arc<Mutex<Vec<Req>>>,
}

impl Server {
    pub fn requests(&self) -> Vec<Req> {
        self.requests
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .clone()
    }
}

/// An HTTP/1.1 server on 127.0.0.1, one thread per connection, `Connection: close`.
pub fn serve(handler: impl Fn(&Req) -> Reply + Send + Sync + 'static) -> Server {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind a loopback port");
    let addr = listener.local_addr().expect("local address");
    let requests = Arc::new(Mutex::new(Vec::new()));
    let seen = requests.clone();
    let handler = Arc::new(handler);
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(stream) = stream else { continue };
            let handler = handler.clone();
            let seen = seen.clone();
            std::thread::spawn(move || {
                let _ = stream.set_read_timeout(Some(Duration::from_secs(10)));
                let mut reader = BufReader::new(stream);
                let Some(req) = read_request(&mut reader) else {
                    return;
                };
                seen.lock()
                    .unwrap_or_else(|p| p.into_inner())
                    .push(req.clone());
                let mut stream = reader.into_inner();
                let (status, declared, body) = match handler(&req) {
                    Reply::Hang => {
                        std::thread::sleep(Duration::from_secs(30));
                        return;
                    }
                    Reply::Full(s, b) => (s, b.len(), b),
                    Reply::CutOff(n, b) => (200, n, b),
                };
                let head = format!(
                    "HTTP/1.1 {status} X\r\nContent-Type: application/json\r\nContent-Length: {declared}\r\nConnection: close\r\n\r\n"
                );
                let _ = stream.write_all(head.as_bytes());
                let _ = stream.write_all(body.as_bytes());
                let _ = stream.flush();
            });
        }
    });
    Server {
        url: format!("http://{addr}"),
        requests,
    }
}

fn read_request(reader: &mut impl BufRead) -> Option<Req> {
    let mut line = String::new();
    reader.read_line(&mut line).ok()?;
    let mut parts = line.split_whitespace();
    let method = parts.next()?.to_owned();
    let path = parts.next()?.to_owned();
    let mut headers = Vec::new();
    let mut len = 0usize;
    loop {
        let mut h = String::new();
        reader.read_line(&mut h).ok()?;
        let h = h.trim_end();
        if h.is_empty() {
            break;
        }
        if let Some((k, v)) = h.split_once(':') {
            if k.eq_ignore_ascii_case("content-length") {
                len = v.trim().parse().unwrap_or(0);
            }
            headers.push((k.trim().to_ascii_lowercase(), v.trim().to_owned()));
        }
    }
    let mut body = vec![0; len];
    reader.read_exact(&mut body).ok()?;
    Some(Req {
        method,
        path,
        headers,
        body: String::from_utf8_lossy(&body).into_owned(),
    })
}

/// A credentials document as the container endpoint and IMDS send it.
pub fn creds_json(key: &str, expires_in: Duration) -> String {
    let exp = rt::types::DateTime::from(SystemTime::now() + expires_in).fmt_rfc3339();
    format!(
        r#"{{"Code":"Success","AccessKeyId":"{key}","SecretAccessKey":"secret-of-{key}","Token":"token-of-{key}","Expiration":"{exp}"}}"#
    )
}

/// An STS stand-in: answers AssumeRole with `ASIA<role name>` keys (so a test sees which role was
/// assumed with which source keys) and records every request.
#[derive(Clone, Debug, Default)]
pub struct FakeSts {
    pub assumed: Arc<Mutex<Vec<(String, rt::AssumeRoleRequest)>>>,
    pub web: Arc<Mutex<Vec<rt::WebIdentityRequest>>>,
}

fn role_name(arn: &str) -> String {
    arn.rsplit('/').next().unwrap_or("?").to_owned()
}

impl rt::StsFetcher for FakeSts {
    fn assume_role<'a>(
        &'a self,
        source: &'a rt::Credentials,
        request: &'a rt::AssumeRoleRequest,
    ) -> rt::BoxFuture<'a, Result<rt::Credentials, rt::DispatchError>> {
        self.assumed
            .lock()
            .unwrap()
            .push((source.access_key_id().to_owned(), request.clone()));
        let key = format!("ASIA{}", role_name(&request.role_arn));
        Box::pin(async move {
            Ok(
                rt::Credentials::new(key, "role-secret", Some("role-token".into()))
                    .with_expiry(SystemTime::now() + Duration::from_secs(3600)),
            )
        })
    }

    fn assume_role_with_web_identity<'a>(
        &'a self,
        request: &'a rt::WebIdentityRequest,
    ) -> rt::BoxFuture<'a, Result<rt::Credentials, rt::DispatchError>> {
        self.web.lock().unwrap().push(request.clone());
        let key = format!("ASIAWEB{}", role_name(&request.role_arn));
        Box::pin(async move {
            Ok(rt::Credentials::new(
                key,
                "web-secret",
                Some("web-token".into()),
            ))
        })
    }
}

#[derive(Clone, Debug, Default)]
pub struct FakeSso {
    pub requests: Arc<Mutex<Vec<rt::SsoRoleRequest>>>,
}

impl rt::SsoFetcher for FakeSso {
    fn get_role_credentials<'a>(
        &'a self,
        request: &'a rt::SsoRoleRequest,
    ) -> rt::BoxFuture<'a, Result<rt::Credentials, rt::DispatchError>> {
        self.requests.lock().unwrap().push(request.clone());
        let key = format!("ASIASSO{}", request.role_name);
        Box::pin(async move {
            Ok(rt::Credentials::new(
                key,
                "sso-secret",
                Some("sso-token".into()),
            ))
        })
    }
}

/// The credentials the loaded config's chain provides.
pub fn provide(cfg: &rt::Config) -> Result<rt::Credentials, rt::DispatchError> {
    futures_executor::block_on(cfg.credentials_provider().provide())
}
