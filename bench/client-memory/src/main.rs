//! One call per process, so the peak RSS (`/usr/bin/time -f %M`) is that call's: `run.sh` runs every mode.
//! A server thread on 127.0.0.1 writes a ~100 MB response body as it goes (it never holds the body), and a
//! generated client (the blocking one, with the default HTTPS transport over plain HTTP) calls it.
//!
//! Modes: `body` (the baseline: the same response read by hand into one `Vec<u8>`, the body alone),
//! `json-list` (kitchen-sink DoEverything, awsJson 1.0: a list of `ITEM`-byte strings), `json-blob` (the
//! same output with one base64 blob of the whole body), `xml-list` (sns-topics ListTopics, awsQuery: a list
//! of `ITEM`-byte topic ARNs), `rest-blob` (restJson1 Echo from `blob-payload.smithy`: the body is the
//! output's `@httpPayload` blob), `rest-blob-upload` (the same operation sending a 100 MB blob as its input
//! payload; the server reads and drops it, and the baseline is then the blob the caller holds).
//!
//! cargo run --release -- <mode> [ITEM]
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};

const TARGET: usize = 100_000_000;

/// The pieces of a body: a head, `n` copies of an item, a tail (the server writes them one at a time).
struct Body {
    content_type: &'static str,
    head: String,
    item: Vec<u8>,
    n: usize,
    tail: String,
}

impl Body {
    fn len(&self) -> usize {
        self.head.len() + self.item.len() * self.n + self.tail.len()
    }
}

fn body_for(mode: &str, item_len: usize) -> Body {
    let text = "x".repeat(item_len);
    match mode {
        "json-list" | "body" => {
            let head = r#"{"RequestId":"r1","Count":1,"Everything":{"ListDefault":["#.to_string();
            let item = format!("\"{text}\",").into_bytes();
            let n = (TARGET - head.len()) / item.len();
            // The last item's comma is answered by one more (short) item.
            Body {
                content_type: "application/x-amz-json-1.0",
                head,
                item,
                n,
                tail: r#""end"]}}"#.into(),
            }
        }
        "json-blob" => {
            let head = r#"{"RequestId":"r1","Count":1,"Everything":{"Blob":""#.to_string();
            // 4 base64 characters of 3 zero bytes each.
            let item = b"AAAA".repeat(1024);
            let n = (TARGET - head.len()) / item.len();
            Body {
                content_type: "application/x-amz-json-1.0",
                head,
                item,
                n,
                tail: "\"}}".into(),
            }
        }
        "xml-list" => {
            let head = r#"<ListTopicsResponse xmlns="http://sns.amazonaws.com/doc/2010-03-31/"><ListTopicsResult><Topics>"#.to_string();
            let item = format!("<member><TopicArn>{text}</TopicArn></member>").into_bytes();
            let n = (TARGET - head.len()) / item.len();
            let tail = "</Topics></ListTopicsResult><ResponseMetadata><RequestId>r1</RequestId></ResponseMetadata></ListTopicsResponse>".into();
            Body {
                content_type: "text/xml",
                head,
                item,
                n,
                tail,
            }
        }
        "rest-blob" | "rest-blob-upload" => {
            let item = vec![0u8; 1 << 16];
            let n = if mode == "rest-blob" { TARGET / item.len() } else { 0 };
            Body {
                content_type: "application/octet-stream",
                head: String::new(),
                item,
                n,
                tail: String::new(),
            }
        }
        other => panic!("unknown mode {other}"),
    }
}

/// Answers one request with `body`, written piece by piece.
fn serve(body: Body) -> String {
    let listener = TcpListener::bind("127.0.0.1:0").expect("a local port");
    let addr = listener.local_addr().expect("its address");
    std::thread::spawn(move || {
        let (stream, _) = listener.accept().expect("a connection");
        let mut reader = BufReader::new(stream.try_clone().expect("a second handle"));
        let mut content_length = 0usize;
        loop {
            let mut line = String::new();
            reader.read_line(&mut line).expect("a request line");
            let lower = line.to_ascii_lowercase();
            if let Some(v) = lower.strip_prefix("content-length:") {
                content_length = v.trim().parse().expect("a length");
            }
            if line == "\r\n" || line.is_empty() {
                break;
            }
        }
        // Read and dropped as it comes: the server's memory is no part of what is measured.
        let read = std::io::copy(
            &mut (&mut reader).take(content_length as u64),
            &mut std::io::sink(),
        )
        .expect("the request body");
        assert_eq!(read as usize, content_length, "the whole request body");
        let mut out = std::io::BufWriter::with_capacity(1 << 16, stream);
        write!(
            out,
            "HTTP/1.1 200 OK\r\nContent-Type: {}\r\nContent-Length: {}\r\nx-amzn-RequestId: r1\r\n\r\n",
            body.content_type,
            body.len()
        )
        .expect("the head");
        out.write_all(body.head.as_bytes()).expect("the body");
        for _ in 0..body.n {
            out.write_all(&body.item).expect("the body");
        }
        out.write_all(body.tail.as_bytes()).expect("the body");
        out.flush().expect("the body");
    });
    format!("http://{addr}")
}

fn config(endpoint: &str) -> smithy_runtime::Config {
    smithy_runtime::Config::builder()
        .endpoint_url(endpoint)
        .region("us-east-1")
        .credentials(smithy_runtime::Credentials::new("AK", "secret", None))
        .build()
}

/// The baseline: the response read into one buffer of the body's size.
fn read_by_hand(endpoint: &str) -> usize {
    let mut s = TcpStream::connect(endpoint.trim_start_matches("http://")).expect("connects");
    s.write_all(b"POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n\r\n")
        .expect("sends");
    let mut r = BufReader::new(s);
    let mut len = 0;
    loop {
        let mut line = String::new();
        r.read_line(&mut line).expect("a header");
        if let Some(v) = line.to_ascii_lowercase().strip_prefix("content-length:") {
            len = v.trim().parse().expect("a length");
        }
        if line == "\r\n" {
            break;
        }
    }
    let mut body = vec![0u8; len];
    r.read_exact(&mut body).expect("the body");
    std::hint::black_box(&body);
    body.len()
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let mode = args.get(1).map(String::as_str).unwrap_or("json-list");
    let item_len: usize = args.get(2).and_then(|a| a.parse().ok()).unwrap_or(1000);
    let body = body_for(mode, item_len);
    let body_len = body.len();
    let endpoint = serve(body);
    let result = match mode {
        "body" => read_by_hand(&endpoint),
        "json-list" | "json-blob" => {
            let client = kitchen_sink::blocking::Client::new(config(&endpoint));
            let out = client
                .do_everything(kitchen_sink::types::DoEverythingInput::builder().build())
                .expect("the call succeeds");
            let all = out.everything.expect("the output holds Everything");
            if mode == "json-list" {
                all.list_default.len()
            } else {
                all.blob.expect("the blob").len()
            }
        }
        "xml-list" => {
            let client = sns_topics::blocking::Client::new(config(&endpoint));
            let out = client
                .list_topics(sns_topics::types::ListTopicsInput::builder().build())
                .expect("the call succeeds");
            out.topics.expect("topics").len()
        }
        "rest-blob" => {
            let client = blob_payload::blocking::Client::new(config(&endpoint));
            let out = client
                .echo(blob_payload::types::EchoInput::builder().build())
                .expect("the call succeeds");
            out.data.expect("the payload").len()
        }
        "rest-blob-upload" => {
            let client = blob_payload::blocking::Client::new(config(&endpoint));
            let data = smithy_runtime::types::Blob::from(vec![1u8; TARGET]);
            let out = client
                .echo(blob_payload::types::EchoInput::builder().data(data).build())
                .expect("the call succeeds");
            usize::from(out.data.is_some())
        }
        _ => unreachable!(),
    };
    eprintln!("{mode}: {body_len} bytes body, result {result}");
}
