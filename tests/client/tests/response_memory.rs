//! Peak heap of one call whose response body is large (issue 18: a 100 MB body peaked at 2.5 GB): through
//! the generated clients, from the moment the transport makes the body to the typed output, the heap
//! may grow by at most 3x the body (the body, the output, and for XML the element tree the reader walks).
//! Counted by a global allocator, so the figure is exact and does not depend on the machine's load;
//! `bench/client-memory` measures the same with a real server and peak RSS.

use smithy_runtime::{BoxFuture, HttpTransport, TransportError};
use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};

struct Counting;

static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

// SAFETY: every call goes to `System`; the counters only observe sizes.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let p = unsafe { System.alloc(layout) };
        if !p.is_null() {
            let now = LIVE.fetch_add(layout.size(), Ordering::Relaxed) + layout.size();
            PEAK.fetch_max(now, Ordering::Relaxed);
        }
        p
    }
    unsafe fn dealloc(&self, p: *mut u8, layout: Layout) {
        unsafe { System.dealloc(p, layout) };
        LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
    }
    unsafe fn realloc(&self, p: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let q = unsafe { System.realloc(p, layout, new_size) };
        if !q.is_null() {
            if new_size >= layout.size() {
                let now = LIVE.fetch_add(new_size - layout.size(), Ordering::Relaxed)
                    + (new_size - layout.size());
                PEAK.fetch_max(now, Ordering::Relaxed);
            } else {
                LIVE.fetch_sub(layout.size() - new_size, Ordering::Relaxed);
            }
        }
        q
    }
}

#[global_allocator]
static ALLOC: Counting = Counting;

/// Answers every request with a body it builds only when asked, as a network transport reads it: the
/// body is part of what the call costs.
#[derive(Debug)]
struct Builds {
    content_type: &'static str,
    body: fn() -> Vec<u8>,
}

impl HttpTransport for Builds {
    fn send(
        &self,
        _: http::Request<smithy_runtime::Bytes>,
    ) -> BoxFuture<'_, Result<http::Response<Vec<u8>>, TransportError>> {
        let response = http::Response::builder()
            .status(200)
            .header("content-type", self.content_type)
            .body((self.body)())
            .expect("a response");
        Box::pin(async move { Ok(response) })
    }
}

const BODY: usize = 10_000_000;
const ITEM: usize = 1000;

fn repeated(head: &str, item: &str, tail: &str) -> Vec<u8> {
    let n = (BODY - head.len() - tail.len()) / item.len();
    let mut out = Vec::with_capacity(head.len() + n * item.len() + tail.len());
    out.extend_from_slice(head.as_bytes());
    for _ in 0..n {
        out.extend_from_slice(item.as_bytes());
    }
    out.extend_from_slice(tail.as_bytes());
    out
}

fn json_list() -> Vec<u8> {
    let item = format!("\"{}\",", "x".repeat(ITEM));
    repeated(
        r#"{"RequestId":"r1","Count":1,"Everything":{"ListDefault":["#,
        &item,
        r#""end"]}}"#,
    )
}

fn json_blob() -> Vec<u8> {
    repeated(
        r#"{"RequestId":"r1","Count":1,"Everything":{"Blob":""#,
        "AAAA",
        "\"}}",
    )
}

fn xml_list() -> Vec<u8> {
    let item = format!("<member><TopicArn>{}</TopicArn></member>", "x".repeat(ITEM));
    repeated(
        r#"<ListTopicsResponse xmlns="http://sns.amazonaws.com/doc/2010-03-31/"><ListTopicsResult><Topics>"#,
        &item,
        "</Topics></ListTopicsResult></ListTopicsResponse>",
    )
}

fn config(t: Builds) -> smithy_runtime::Config {
    smithy_runtime::mock::config(smithy_runtime::mock::MockTransport::new())
        .transport(t)
        .build()
}

/// The heap's growth over `call`, as a multiple of the body size.
fn peak_ratio<T>(call: impl FnOnce() -> T, check: impl FnOnce(&T)) -> f64 {
    let before = LIVE.load(Ordering::Relaxed);
    PEAK.store(before, Ordering::Relaxed);
    let out = call();
    let peak = PEAK.load(Ordering::Relaxed);
    check(&out);
    (peak - before) as f64 / BODY as f64
}

// One test, so that no other test's allocations run at the same time and count.
#[test]
// The closures return the operation's own `Result`, as a user's code would.
#[allow(clippy::result_large_err)]
fn a_large_response_costs_at_most_three_times_its_body() {
    let mut ratios = Vec::new();
    for (name, body) in [
        ("json list", json_list as fn() -> Vec<u8>),
        ("json blob", json_blob),
    ] {
        let client = kitchen_sink::Client::new(config(Builds {
            content_type: "application/x-amz-json-1.0",
            body,
        }));
        let input = kitchen_sink::types::DoEverythingInput::builder().build();
        let ratio = peak_ratio(
            || smithy_runtime::block_on(client.do_everything(input)),
            |out| {
                let all = out.as_ref().expect("the call succeeds").everything.as_ref();
                let all = all.expect("Everything is read");
                assert!(
                    all.list_default.len() > 9000
                        || all.blob.as_ref().is_some_and(|b| b.len() > 7_000_000)
                );
            },
        );
        ratios.push((name, ratio));
    }
    let client = sns_topics::Client::new(config(Builds {
        content_type: "text/xml",
        body: xml_list,
    }));
    let input = sns_topics::types::ListTopicsInput::builder().build();
    let ratio = peak_ratio(
        || smithy_runtime::block_on(client.list_topics(input)),
        |out| {
            let topics = out.as_ref().expect("the call succeeds").topics.as_ref();
            assert!(topics.expect("Topics is read").len() > 9000);
        },
    );
    ratios.push(("xml list", ratio));
    eprintln!("heap growth over the body: {ratios:?}");
    for (name, ratio) in &ratios {
        assert!(
            *ratio <= 3.0,
            "{name}: the heap grew by {ratio:.2}x the body; all: {ratios:?}"
        );
    }
}
