//! The generated rpcv2Cbor client (models/cbor-sample.json) over the in-memory transport: the request
//! framing the spec prescribes, CBOR bodies checked byte for byte where the encoding is fixed and by
//! value elsewhere, responses with indefinite lengths, and errors named by `__type`.

use cbor_sample::Client;
use cbor_sample::operation::{GetRecordError, PingError, PutRecordError};
use cbor_sample::types::{
    Color, EmptyStructure, GetRecordInput, Level, Owner, PutRecordInput, PutRecordOutput, Record,
    Shape,
};
use smithy_runtime::codec::cbor;
use smithy_runtime::mock::{self, MockResponse, MockTransport, RecordedRequest};
use smithy_runtime::types::{BigDecimal, BigInteger, Blob, DateTime};
use smithy_runtime::{DispatchErrorKind, RetryConfig};
use std::collections::HashMap;

fn client(t: &MockTransport) -> Client {
    Client::new(
        mock::config(t.clone())
            .retry(RetryConfig::disabled())
            .build(),
    )
}

fn hex(s: &str) -> Vec<u8> {
    let s: String = s.chars().filter(|c| !c.is_whitespace()).collect();
    (0..s.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&s[i..i + 2], 16).expect("test hex"))
        .collect()
}

/// A CBOR text string, encoded by hand (short strings only).
fn text(s: &str) -> Vec<u8> {
    assert!(s.len() < 24, "short strings only");
    let mut out = vec![0x60 | s.len() as u8];
    out.extend_from_slice(s.as_bytes());
    out
}

fn cbor_response(status: u16, body: Vec<u8>) -> MockResponse {
    MockResponse::new(status)
        .header("smithy-protocol", "rpc-v2-cbor")
        .header("content-type", "application/cbor")
        .body(body)
}

fn only_request(t: &MockTransport) -> RecordedRequest {
    let reqs = t.requests();
    assert_eq!(reqs.len(), 1, "exactly one request expected: {reqs:#?}");
    reqs.into_iter().next().expect("length checked above")
}

/// The framing every rpcv2Cbor request shares; `with_body` says whether a body (and so a
/// Content-Type) is expected.
fn assert_framing(req: &RecordedRequest, operation: &str, with_body: bool) {
    assert_eq!(req.method, "POST");
    assert_eq!(
        req.path(),
        format!("/service/CborSample/operation/{operation}")
    );
    assert_eq!(req.header("smithy-protocol"), Some("rpc-v2-cbor"));
    assert_eq!(req.header("accept"), Some("application/cbor"));
    assert_eq!(
        req.header("x-amz-target"),
        None,
        "the spec forbids X-Amz-Target"
    );
    assert_eq!(req.header("x-amzn-target"), None);
    if with_body {
        assert_eq!(req.header("content-type"), Some("application/cbor"));
        let len: usize = req
            .header("content-length")
            .expect("Content-Length is set")
            .parse()
            .expect("Content-Length is a number");
        assert_eq!(len, req.body.len());
    } else {
        assert_eq!(req.header("content-type"), None, "no body, no Content-Type");
        assert!(req.body.is_empty(), "no body: {:?}", req.body);
    }
    let auth = req.header("authorization").expect("the request is signed");
    assert!(auth.contains("/cborsample/aws4_request"), "{auth}");
}

#[tokio::test]
async fn unit_input_sends_no_body_and_reads_an_empty_answer() {
    let t = MockTransport::new();
    // The spec's `NoOutputClientAllowsEmptyBody`: nothing at all for a unit output.
    t.push(MockResponse::new(200).header("smithy-protocol", "rpc-v2-cbor"));
    client(&t).ping().await.expect("200 is a success");
    assert_framing(&only_request(&t), "Ping", false);
}

#[tokio::test]
async fn empty_input_structure_is_an_empty_map() {
    let t = MockTransport::new();
    // An indefinite-length empty map answers (`v/8=` in the compliance suite).
    t.push(cbor_response(200, hex("bfff")));
    let out = client(&t)
        .echo(EmptyStructure::builder().build())
        .await
        .expect("200 is a success");
    assert_eq!(out, EmptyStructure::builder().build());
    let req = only_request(&t);
    assert_framing(&req, "Echo", true);
    assert_eq!(req.body, hex("a0"));
}

#[tokio::test]
async fn scalars_are_encoded_as_the_spec_says() {
    let t = MockTransport::new();
    t.push(cbor_response(
        200,
        [hex("a1"), text("Version"), hex("01")].concat(),
    ));
    let record = Record::builder()
        .name("r")
        .flag(true)
        .tiny(-1i8)
        .large(4_294_967_296i64)
        .ratio(1.5)
        .payload(Blob::new(vec![0, 0xff]))
        .created(DateTime::from_secs(1_000))
        .huge(BigInteger::parse("18446744073709551616").expect("valid"))
        .exact(BigDecimal::parse("273.15").expect("valid"))
        .color(Color::Green)
        .level(Level::High)
        .build()
        .expect("Name is set");
    let input = PutRecordInput::builder()
        .record(record)
        .token("t")
        .build()
        .expect("Record is set");
    let out = client(&t)
        .put_record(input)
        .await
        .expect("200 is a success");
    assert_eq!(out.version, 1);
    let req = only_request(&t);
    assert_framing(&req, "PutRecord", true);
    // Definite lengths, the shortest integer heads, model member order.
    let expected = [
        hex("a2"),
        text("Record"),
        hex("ab"),
        text("Name"),
        text("r"),
        text("Flag"),
        hex("f5"),
        text("Tiny"),
        hex("20"),
        text("Large"),
        hex("1b 0000000100000000"),
        // A float that single precision holds exactly is sent as one; never half precision.
        text("Ratio"),
        hex("fa 3fc00000"),
        text("Payload"),
        hex("42 00ff"),
        // Tag 1, integer epoch seconds.
        text("Created"),
        hex("c1 1903e8"),
        // Tag 2 bignum: 2^64.
        text("Huge"),
        hex("c2 49 010000000000000000"),
        // Tag 4 decimal fraction [-2, 27315].
        text("Exact"),
        hex("c4 82 21 196ab3"),
        text("Color"),
        text("green"),
        text("Level"),
        hex("0a"),
        text("Token"),
        text("t"),
    ]
    .concat();
    assert_eq!(req.body, expected);
}

fn full_record() -> Record {
    Record::builder()
        .name("full")
        .small(-300i16)
        .count(70_000)
        .precise(0.1)
        .created(DateTime::from_secs_and_nanos(1_700_000_000, 250_000_000))
        .tags(vec!["a".to_owned(), "b".to_owned()])
        .notes(vec![Some("n".to_owned()), None])
        .attributes(HashMap::from([("k".to_owned(), 7)]))
        .optional(HashMap::from([
            ("gone".to_owned(), None),
            ("here".to_owned(), Some("v".to_owned())),
        ]))
        .owner(
            Owner::builder()
                .id("o")
                .since(DateTime::from_secs(-1))
                .build()
                .expect("Id is set"),
        )
        .shape(Shape::Empty)
        .children(vec![
            Record::builder()
                .name("child")
                .shape(Shape::Circle(f64::NAN))
                .build()
                .expect("Name is set"),
        ])
        .build()
        .expect("Name is set")
}

#[tokio::test]
async fn aggregates_round_trip_by_value() {
    let t = MockTransport::new();
    let stored = full_record();
    let output = PutRecordOutput::builder()
        .stored(stored.clone())
        .version(9)
        .build()
        .expect("Version is set");
    t.push(cbor_response(200, cbor::to_vec(&output).expect("encodes")));
    let input = PutRecordInput::builder()
        .record(stored.clone())
        .build()
        .expect("Record is set");
    let out = client(&t)
        .put_record(input)
        .await
        .expect("200 is a success");
    assert_eq!(out.version, 9);
    let got = out.stored.expect("Stored is set");
    assert_eq!(got.notes, stored.notes, "sparse list keeps its null");
    assert_eq!(got.optional, stored.optional, "sparse map keeps its null");
    assert_eq!(got.created, stored.created);
    assert!(
        matches!(got.children.as_deref(), Some([c]) if matches!(c.shape, Some(Shape::Circle(v)) if v.is_nan()))
    );

    let req = only_request(&t);
    assert_framing(&req, "PutRecord", true);
    let sent: PutRecordInput = cbor::from_slice(&req.body).expect("the body is one CBOR input");
    assert_eq!(sent.record.owner, stored.owner);
    assert_eq!(sent.record.attributes, stored.attributes);
    assert_eq!(sent.record.shape, Some(Shape::Empty));
    assert!(sent.token.is_some(), "the idempotency token is filled in");
    // A fractional timestamp is tag 1 with a double.
    let created = [
        text("Created"),
        hex("c1 fb"),
        1_700_000_000.25f64.to_bits().to_be_bytes().to_vec(),
    ]
    .concat();
    assert!(
        req.body.windows(created.len()).any(|w| w == created),
        "tag 1 double"
    );
}

#[tokio::test]
async fn indefinite_lengths_half_floats_and_unknown_members_are_read() {
    let t = MockTransport::new();
    // {_ "Record": {_ "Name": (_ "ab", "c"), "Unknown": [_ 1, {_}], "Ratio": half 1.5,
    //   "Precise": half -Infinity, "Payload": (_ h'01', h'02'), "Tags": [_ (_ "x")],
    //   "Created": 1(half 2.5), "Shape": {_ "__type": "x#Shape", "Label": "l"}}}
    let body = [
        hex("bf"),
        text("Record"),
        hex("bf"),
        text("Name"),
        hex("7f 626162 6163 ff"),
        text("Unknown"),
        hex("9f 01 bfff ff"),
        text("Ratio"),
        hex("f9 3e00"),
        text("Precise"),
        hex("f9 fc00"),
        text("Payload"),
        hex("5f 4101 4102 ff"),
        text("Tags"),
        hex("9f 7f 6178 ff ff"),
        text("Created"),
        hex("c1 f9 4100"),
        text("Shape"),
        hex("bf"),
        text("__type"),
        text("x#Shape"),
        text("Label"),
        text("l"),
        hex("ff"),
        hex("ff ff"),
    ]
    .concat();
    t.push(cbor_response(200, body));
    let input = GetRecordInput::builder()
        .name("ab")
        .build()
        .expect("Name is set");
    let out = client(&t)
        .get_record(input)
        .await
        .expect("200 is a success");
    let r = out.record.expect("Record is set");
    assert_eq!(r.name, "abc");
    assert_eq!(r.ratio, Some(1.5));
    assert_eq!(r.precise, Some(f64::NEG_INFINITY));
    assert_eq!(r.payload, Some(Blob::new(vec![1, 2])));
    assert_eq!(r.tags, Some(vec!["x".to_owned()]));
    assert_eq!(
        r.created,
        Some(DateTime::from_secs_and_nanos(2, 500_000_000))
    );
    assert_eq!(r.shape, Some(Shape::Label("l".to_owned())));
    assert_framing(&only_request(&t), "GetRecord", true);
}

#[tokio::test]
async fn errors_are_named_by_type_and_sanitised() {
    let t = MockTransport::new();
    let body = [
        hex("bf"),
        text("__type"),
        // 28 bytes: "example.cbor#RecordNotFound".
        hex("78 1b"),
        b"example.cbor#RecordNotFound".to_vec(),
        text("message"),
        text("no such record"),
        text("Name"),
        text("ab"),
        hex("ff"),
    ]
    .concat();
    // An `X-Amzn-Errortype` naming another error must be ignored (the spec).
    t.push(cbor_response(404, body).header("x-amzn-errortype", "ServiceFault"));
    let input = GetRecordInput::builder()
        .name("ab")
        .build()
        .expect("Name is set");
    match client(&t).get_record(input).await {
        Err(GetRecordError::RecordNotFound(e)) => {
            assert_eq!(e.name.as_deref(), Some("ab"));
            assert_eq!(e.message.as_deref(), Some("no such record"));
        }
        other => panic!("expected RecordNotFound, got {other:?}"),
    }
}

#[tokio::test]
async fn an_error_with_message_upper_case_and_a_namespace_suffix() {
    let t = MockTransport::new();
    let body = [
        hex("a2"),
        text("__type"),
        hex("78 1f"),
        b"example.cbor#InvalidRecord:http".to_vec(),
        text("Message"),
        text("bad"),
    ]
    .concat();
    t.push(cbor_response(400, body));
    let input = PutRecordInput::builder()
        .record(Record::builder().name("x").build().expect("Name is set"))
        .build()
        .expect("Record is set");
    match client(&t).put_record(input).await {
        Err(PutRecordError::InvalidRecord(e)) => assert_eq!(e.message.as_deref(), Some("bad")),
        other => panic!("expected InvalidRecord, got {other:?}"),
    }
}

#[tokio::test]
async fn a_response_without_the_protocol_header_is_judged_by_its_status() {
    let t = MockTransport::new();
    let body = [hex("a1"), text("__type"), text("x#ServiceFault")].concat();
    t.push(MockResponse::new(500).body(body.clone()));
    match client(&t).ping().await {
        Err(PingError::Unmodeled(e)) => assert_eq!(e.status(), 500),
        other => panic!("expected an unmodeled error, got {other:?}"),
    }
    // A 200 without it is not read either.
    t.push(MockResponse::new(200).body(hex("a0")));
    match client(&t).ping().await {
        Err(PingError::Dispatch(e)) => assert_eq!(e.kind(), DispatchErrorKind::ResponseParse),
        other => panic!("expected a parse error, got {other:?}"),
    }
}

#[tokio::test]
async fn hostile_bodies_are_parse_errors_with_a_path() {
    let input = || {
        GetRecordInput::builder()
            .name("ab")
            .build()
            .expect("Name is set")
    };
    let cases: Vec<(Vec<u8>, Option<&str>)> = vec![
        // Truncated in the middle of a member.
        (
            [
                hex("a1"),
                text("Record"),
                hex("a1"),
                text("Name"),
                hex("63 61"),
            ]
            .concat(),
            Some("Record.Name"),
        ),
        // A string where a list belongs.
        (
            [
                hex("a1"),
                text("Record"),
                hex("a2"),
                text("Name"),
                text("n"),
                text("Tags"),
                text("t"),
            ]
            .concat(),
            Some("Record.Tags"),
        ),
        // A count of 2^64 - 1 entries in a few bytes.
        (
            [hex("a1"), text("Record"), hex("bb ffffffffffffffff")].concat(),
            Some("Record"),
        ),
        // Not a map at all.
        (hex("83 010203"), None),
    ];
    for (body, path) in cases {
        let t = MockTransport::new();
        t.push(cbor_response(200, body.clone()));
        match client(&t).get_record(input()).await {
            Err(GetRecordError::Dispatch(e)) => {
                assert_eq!(e.kind(), DispatchErrorKind::ResponseParse, "{body:02x?}");
                assert_eq!(e.path(), path, "{body:02x?}: {e}");
            }
            other => panic!("expected a parse error for {body:02x?}, got {other:?}"),
        }
    }
}
