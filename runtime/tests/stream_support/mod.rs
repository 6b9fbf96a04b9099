//! Shared by the streaming tests: a restJson1 service with a `@streaming` download and upload (schemas
//! as the generator writes them), and a small HTTP/1.1 server on 127.0.0.1 that streams bodies.
#![allow(dead_code)]

use rt::codec::{Deserializer, Error, ReadValue, Serializer, WriteValue};
use rt::types::ByteStream;
use rt::{
    Config, Credentials, Handle, HttpBinding, Location, Member, OperationMeta, PayloadKind,
    RetryConfig, Schema, ServiceMeta, TimeoutConfig, UriPart,
};
use smithy_runtime as rt;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::time::{Duration, SystemTime};

pub static SERVICE: ServiceMeta = SERVICE_FIELDS;

const SERVICE_FIELDS: ServiceMeta = ServiceMeta {
    sdk_id: "Store",
    target_prefix: "Store",
    protocol: &rt::protocol::REST_JSON_1,
    signing_name: "store",
    endpoint_prefix: "store",
    api_version: "2026-01-01",
    aws_query_compatible: false,
    customizations: &[],
    endpoint_rules: None,
};

/// The same, signed as S3 is: streamed bodies go out as `UNSIGNED-PAYLOAD`.
pub static S3_LIKE: ServiceMeta = ServiceMeta {
    signing_name: "s3",
    endpoint_prefix: "s3",
    ..SERVICE_FIELDS
};

pub static GET: OperationMeta = OperationMeta {
    name: "GetObject",
    retryable_errors: &[],
    request_compression: &[],
    endpoint_params: &[],
    auth: smithy_runtime::Auth::SigV4,
    http: HttpBinding::new(
        "GET",
        &[UriPart::Literal("/objects/"), UriPart::Label(0)],
        200,
    ),
};

pub static PUT: OperationMeta = OperationMeta {
    name: "PutObject",
    retryable_errors: &[],
    request_compression: &[],
    endpoint_params: &[],
    auth: smithy_runtime::Auth::SigV4,
    http: HttpBinding::new(
        "PUT",
        &[UriPart::Literal("/objects/"), UriPart::Label(0)],
        200,
    ),
};

static KEY: Schema = Schema::new(
    "GetObjectInput",
    &[Member::new("key").at(Location::Label { greedy: false })],
);

/// GetObject's input with S3's validation-mode member.
static KEY_MODE: Schema = Schema::new(
    "GetObjectInput",
    &[
        Member::new("key").at(Location::Label { greedy: false }),
        Member::new("checksumMode").at(Location::Header("x-amz-checksum-mode")),
    ],
);

/// GetObject's output with the CRC32 checksum header.
static GOT_CHECKSUM: Schema = Schema::new(
    "GetObjectOutput",
    &[
        Member::new("checksumCrc32").at(Location::Header("x-amz-checksum-crc32")),
        Member::new("body").at(Location::Payload(PayloadKind::Stream)),
    ],
);

static GOT: Schema = Schema::new(
    "GetObjectOutput",
    &[
        Member::new("contentType").at(Location::Header("content-type")),
        Member::new("body").at(Location::Payload(PayloadKind::Stream)),
    ],
);

static UPLOAD: Schema = Schema::new(
    "PutObjectInput",
    &[
        Member::new("key").at(Location::Label { greedy: false }),
        Member::new("body").at(Location::Payload(PayloadKind::Stream)),
    ],
);

static PUT_OUT: Schema = Schema::new(
    "PutObjectOutput",
    &[Member::new("etag").at(Location::Header("etag"))],
);

/// A structure of `Option` fields with its schema, as generated code has (`structure_codec!`).
macro_rules! shape {
    ($name:ident, $schema:ident, { $($field:ident : $ty:ty),* $(,)? }) => {
        #[derive(Clone, Debug, Default, PartialEq)]
        pub struct $name {
            $(pub $field: Option<$ty>,)*
        }
        impl WriteValue for $name {
            fn write(&self, s: &mut dyn Serializer) -> Result<(), Error> {
                s.write_struct(&$schema, &[$(&self.$field),*])
            }
        }
        impl ReadValue for $name {
            fn read(d: &mut dyn Deserializer) -> Result<Self, Error> {
                let mut v = Self::default();
                d.read_struct(&$schema, &mut [$(&mut v.$field),*])?;
                Ok(v)
            }
            fn zero() -> Self {
                Self::default()
            }
            fn schema() -> Option<&'static Schema> {
                Some(&$schema)
            }
        }
    };
}

shape!(GetObjectInput, KEY, { key: String });
shape!(CheckedGetInput, KEY_MODE, { key: String, checksum_mode: String });
shape!(CheckedGetOutput, GOT_CHECKSUM, { checksum_crc32: String, body: ByteStream });
shape!(GetObjectOutput, GOT, { content_type: String, body: ByteStream });
shape!(PutObjectInput, UPLOAD, { key: String, body: ByteStream });
shape!(PutObjectOutput, PUT_OUT, { etag: String });

pub fn get(key: &str) -> GetObjectInput {
    GetObjectInput {
        key: Some(key.into()),
    }
}

pub fn put(key: &str, body: ByteStream) -> PutObjectInput {
    PutObjectInput {
        key: Some(key.into()),
        body: Some(body),
    }
}

fn fixed_clock() -> SystemTime {
    SystemTime::UNIX_EPOCH + Duration::from_secs(1_780_000_000)
}

/// A client of [`SERVICE`] at `endpoint` over the built-in transport.
pub fn handle(endpoint: &str, timeouts: TimeoutConfig, retry: RetryConfig) -> Handle {
    handle_of(&SERVICE, endpoint, timeouts, retry)
}

pub fn handle_of(
    service: &'static ServiceMeta,
    endpoint: &str,
    timeouts: TimeoutConfig,
    retry: RetryConfig,
) -> Handle {
    let cfg = Config::builder()
        .endpoint_url(endpoint)
        .region("us-east-1")
        .credentials(Credentials::new("AK", "secret", None))
        .retry(retry)
        .timeouts(timeouts)
        .clock(fixed_clock)
        .build();
    Handle::new(service, cfg)
}

/// The test pattern: byte `i` of a body is `i % 251`, so any lost, repeated or reordered chunk shows.
pub fn pattern_byte(i: u64) -> u8 {
    (i % 251) as u8
}

pub fn pattern(offset: u64, len: usize) -> Vec<u8> {
    (0..len as u64).map(|i| pattern_byte(offset + i)).collect()
}

/// A request's head as the server read it, and its body (`Content-Length` or chunked).
pub struct Received {
    pub head: String,
    pub body_len: u64,
    /// Whether every byte followed [`pattern`].
    pub body_is_pattern: bool,
}

impl Received {
    pub fn header(&self, name: &str) -> Option<String> {
        self.head.lines().find_map(|l| {
            let (k, v) = l.split_once(':')?;
            k.eq_ignore_ascii_case(name).then(|| v.trim().to_owned())
        })
    }
}

/// Serves connections on 127.0.0.1, one thread each, with `f` (given the request and the socket to
/// answer on); returns the endpoint.
pub fn serve(f: impl Fn(Received, &mut TcpStream) + Send + Sync + Clone + 'static) -> String {
    let listener =
        TcpListener::bind("127.0.0.1:0").expect("bind a loopback port for the test server");
    let addr = listener.local_addr().expect("the test server's address");
    std::thread::spawn(move || {
        for conn in listener.incoming() {
            let Ok(stream) = conn else { return };
            let f = f.clone();
            std::thread::spawn(move || {
                let _ = stream.set_read_timeout(Some(Duration::from_secs(20)));
                let mut reader = BufReader::new(stream);
                while let Some(received) = read_request(&mut reader) {
                    let mut stream = match reader.get_ref().try_clone() {
                        Ok(s) => s,
                        Err(_) => return,
                    };
                    f(received, &mut stream);
                }
            });
        }
    });
    format!("http://{addr}")
}

/// Reads one request, checking its body against [`pattern`] without keeping it.
fn read_request(reader: &mut BufReader<TcpStream>) -> Option<Received> {
    let mut head = String::new();
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line).ok()? == 0 {
            return None;
        }
        let end = line == "\r\n";
        head.push_str(&line);
        if end {
            break;
        }
    }
    let mut r = Received {
        head,
        body_len: 0,
        body_is_pattern: true,
    };
    let chunked = r
        .header("transfer-encoding")
        .is_some_and(|v| v.eq_ignore_ascii_case("chunked"));
    let mut buf = vec![0; 64 * 1024];
    let mut take =
        |reader: &mut BufReader<TcpStream>, mut n: u64, r: &mut Received| -> Option<()> {
            while n > 0 {
                let want = buf.len().min(n as usize);
                reader.read_exact(&mut buf[..want]).ok()?;
                for (i, b) in buf[..want].iter().enumerate() {
                    if *b != pattern_byte(r.body_len + i as u64) {
                        r.body_is_pattern = false;
                    }
                }
                r.body_len += want as u64;
                n -= want as u64;
            }
            Some(())
        };
    if chunked {
        loop {
            let mut line = String::new();
            reader.read_line(&mut line).ok()?;
            let size = u64::from_str_radix(line.trim().split(';').next()?, 16).ok()?;
            take(reader, size, &mut r)?;
            let mut crlf = String::new();
            reader.read_line(&mut crlf).ok()?;
            if size == 0 {
                break;
            }
        }
    } else {
        let len = r
            .header("content-length")
            .and_then(|v| v.parse().ok())
            .unwrap_or(0);
        take(reader, len, &mut r)?;
    }
    Some(r)
}

/// Writes a 200 with a `len`-byte pattern body, block by block, calling `progress` with the bytes
/// written so far; stops at the first write error (the client went away) and returns it.
pub fn write_pattern(
    stream: &mut TcpStream,
    len: u64,
    mut progress: impl FnMut(u64),
) -> std::io::Result<()> {
    write!(
        stream,
        "HTTP/1.1 200 OK\r\nContent-Type: application/octet-stream\r\nContent-Length: {len}\r\n\r\n"
    )?;
    let mut written = 0u64;
    while written < len {
        let n = (64 * 1024).min(len - written) as usize;
        stream.write_all(&pattern(written, n))?;
        written += n as u64;
        progress(written);
    }
    stream.flush()
}

/// A temporary file of `len` pattern bytes, removed on drop.
pub struct TempFile(pub std::path::PathBuf);

impl TempFile {
    pub fn new(name: &str, len: u64) -> TempFile {
        let path =
            std::env::temp_dir().join(format!("smithy-stream-{}-{name}", std::process::id()));
        let mut f =
            std::io::BufWriter::new(std::fs::File::create(&path).expect("create a temp file"));
        let mut at = 0;
        while at < len {
            let n = (1 << 20).min(len - at) as usize;
            f.write_all(&pattern(at, n)).expect("write the temp file");
            at += n as u64;
        }
        f.flush().expect("write the temp file");
        TempFile(path)
    }
}

impl Drop for TempFile {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.0);
    }
}

/// The process's peak resident set (`VmHWM`), in bytes, on Linux.
pub fn peak_rss() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb * 1024)
}

/// The current resident set (`VmRSS`), in bytes, on Linux.
pub fn rss() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmRSS:"))?;
    let kb: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb * 1024)
}
