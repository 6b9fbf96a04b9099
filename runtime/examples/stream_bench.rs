//! Peak memory and throughput of a 256 MiB `@streaming` body through a server on 127.0.0.1, streamed
//! and, as the baseline, held in memory whole (what the runtime did before bodies streamed). One mode
//! per process, so each peak resident set is its own: `bench/streaming.sh` runs them all.
//!
//! cargo run --release -p smithy-runtime --example stream_bench -- <mode> [MiB]
//! modes: download-stream, download-whole, upload-file, upload-whole

#[path = "../tests/stream_support/mod.rs"]
mod stream_support;

use rt::codec::{Deserializer, Error, ReadValue, Schema, Serializer, WriteValue};
use rt::types::{Blob, ByteStream};
use rt::{Location, Member, PayloadKind, RetryConfig, TimeoutConfig};
use smithy_runtime as rt;
use std::io::Write;
use std::time::{Duration, Instant};
use stream_support::*;

const MIB: u64 = 1024 * 1024;

/// GetObject's output with a plain (not `@streaming`) blob payload: read into memory whole.
static WHOLE: Schema = Schema::new(
    "GetObjectOutput",
    &[Member::new("body").at(Location::Payload(PayloadKind::Blob))],
);

#[derive(Default)]
struct WholeOutput {
    body: Option<Blob>,
}

impl WriteValue for WholeOutput {
    fn write(&self, s: &mut dyn Serializer) -> Result<(), Error> {
        s.write_struct(&WHOLE, &[&self.body])
    }
}

impl ReadValue for WholeOutput {
    fn read(d: &mut dyn Deserializer) -> Result<Self, Error> {
        let mut v = Self::default();
        d.read_struct(&WHOLE, &mut [&mut v.body])?;
        Ok(v)
    }
    fn zero() -> Self {
        Self::default()
    }
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let mode = args.get(1).map(String::as_str).unwrap_or("download-stream");
    let mib: u64 = args.get(2).and_then(|a| a.parse().ok()).unwrap_or(256);
    let len = mib * MIB;
    let endpoint = serve(move |r, s| {
        if r.head.starts_with("GET") {
            let _ = write_pattern(s, len, |_| {});
        } else {
            let ok = r.body_len == len && r.body_is_pattern;
            let status = if ok { "200 OK" } else { "400 Bad Request" };
            let _ = write!(s, "HTTP/1.1 {status}\r\nContent-Length: 0\r\n\r\n");
        }
    });
    let file = mode
        .starts_with("upload")
        .then(|| TempFile::new(&format!("bench-{mode}"), len));
    let timeouts = TimeoutConfig::new().read(Duration::from_secs(30));
    let mut config = rt::Config::builder()
        .endpoint_url(&endpoint)
        .region("us-east-1")
        .credentials(rt::Credentials::new("AK", "secret", None))
        .retry(RetryConfig::disabled())
        .timeouts(timeouts.clone());
    if mode == "download-whole" {
        // The old path could not hold more than the 128 MiB limit at all; lift it for the baseline.
        config = config.transport(rt::HttpsTransport::new(&timeouts).max_response_body(usize::MAX));
    }
    let h = rt::Handle::new(&SERVICE, config.build());
    let before = rss().unwrap_or(0);
    let started = Instant::now();
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("a tokio runtime");
    let moved = rt.block_on(async {
        match mode {
            "download-stream" => {
                let out: GetObjectOutput = h.invoke(&GET, &get("k")).await.expect("GetObject");
                let mut body = out.body.expect("a body");
                let mut n = 0u64;
                while let Some(chunk) = body.next().await {
                    n += chunk.expect("a chunk").len() as u64;
                }
                n
            }
            "download-whole" => {
                let out: WholeOutput = h.invoke(&GET, &get("k")).await.expect("GetObject");
                out.body.map_or(0, |b| b.len() as u64)
            }
            "upload-file" => {
                let path = &file.as_ref().expect("the file").0;
                let body = ByteStream::from_path(path).expect("the file");
                let _: PutObjectOutput = h.invoke(&PUT, &put("k", body)).await.expect("PutObject");
                len
            }
            "upload-whole" => {
                // What `from_path` did before: the whole file read into memory.
                let path = &file.as_ref().expect("the file").0;
                let body = ByteStream::new(std::fs::read(path).expect("the file"));
                let _: PutObjectOutput = h.invoke(&PUT, &put("k", body)).await.expect("PutObject");
                len
            }
            other => panic!("unknown mode {other}"),
        }
    });
    let took = started.elapsed();
    assert_eq!(moved, len, "{mode}: moved {moved} of {len} bytes");
    let peak = peak_rss().unwrap_or(0);
    println!(
        "{mode}\t{mib} MiB\t{:.2} s\t{:.0} MiB/s\tpeak RSS {:.1} MiB\t(+{:.1} MiB over the start)",
        took.as_secs_f64(),
        mib as f64 / took.as_secs_f64(),
        peak as f64 / MIB as f64,
        peak.saturating_sub(before) as f64 / MIB as f64,
    );
}
