//! A `@streaming` body much larger than the memory it may use: 64 MiB down and 64 MiB up through a
//! server on 127.0.0.1, with the process's peak resident set checked against what holding the body
//! even once would take. Alone in its test binary, so no other test's memory counts.
#![cfg(all(feature = "default-https", target_os = "linux"))]

mod stream_support;

use rt::types::ByteStream;
use rt::{RetryConfig, TimeoutConfig};
use smithy_runtime as rt;
use std::io::Write;
use std::time::Duration;
use stream_support::*;

const MIB: u64 = 1024 * 1024;

#[tokio::test(flavor = "current_thread")]
async fn sixty_four_mib_each_way_with_a_few_mib_of_memory() {
    let endpoint = serve(|r, s| {
        if r.head.starts_with("GET") {
            let _ = write_pattern(s, 64 * MIB, |_| {});
        } else {
            let ok = r.body_len == 64 * MIB && r.body_is_pattern;
            let status = if ok { "200 OK" } else { "400 Bad Request" };
            let _ = write!(s, "HTTP/1.1 {status}\r\nContent-Length: 0\r\n\r\n");
        }
    });
    let file = TempFile::new("memory", 64 * MIB);
    let h = handle(
        &endpoint,
        TimeoutConfig::new().read(Duration::from_secs(20)),
        RetryConfig::disabled(),
    );
    let before = rss().expect("VmRSS in /proc/self/status");

    let out: GetObjectOutput = h.invoke(&GET, &get("big")).await.unwrap();
    let mut body = out.body.unwrap();
    let (mut got, mut chunks) = (0u64, 0);
    while let Some(chunk) = body.next().await {
        let chunk = chunk.unwrap();
        assert!(chunk == pattern(got, chunk.len()), "bytes {got}.. differ");
        got += chunk.len() as u64;
        chunks += 1;
    }
    assert_eq!(got, 64 * MIB);
    assert!(chunks >= 1024, "{chunks} chunks");

    // Signed with the file's hash, so the file is read twice: neither read may hold it.
    let upload = ByteStream::from_path(&file.0).unwrap();
    let _: PutObjectOutput = h.invoke(&PUT, &put("big", upload)).await.unwrap();

    let peak = peak_rss().expect("VmHWM in /proc/self/status");
    let grew = peak.saturating_sub(before);
    assert!(
        grew < 24 * MIB,
        "the peak resident set grew by {} MiB for 64 MiB bodies (from {} MiB)",
        grew / MIB,
        before / MIB
    );
}
