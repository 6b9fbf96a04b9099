//! restJson1 through the whole client pipeline (mock transport): every HTTP binding rule on the way out
//! (labels, query, headers, prefix headers, payloads, the body document, Content-Type and -Length, host
//! prefixes, the service customizations) and on the way back (headers, prefix headers, status, payloads,
//! body members, error codes and header members of errors). The rules are the Smithy HTTP binding
//! chapter's and the restJson1 compliance suite's; the values here are our own.
#![cfg(feature = "client")]

use rt::codec::{Deserializer, Error, ReadValue, Serializer, WriteValue};
use rt::mock::{MockResponse, MockTransport, RecordedRequest};
use rt::types::{Blob, ByteStream, DateTime, Document};
use rt::{
    CallError, Credentials, Customization, DispatchErrorKind, Handle, HttpBinding, Location,
    Member, OperationMeta, PayloadKind, Schema, ServiceMeta, TimestampFormat, UriPart,
};
use smithy_runtime as rt;
use std::collections::HashMap;

const SERVICE_FIELDS: ServiceMeta = ServiceMeta {
    sdk_id: "Example",
    target_prefix: "Example",
    protocol: &rt::protocol::REST_JSON_1,
    signing_name: "example",
    endpoint_prefix: "example",
    api_version: "2020-01-01",
    aws_query_compatible: false,
    customizations: &[],
    endpoint_rules: None,
};

static SERVICE: ServiceMeta = SERVICE_FIELDS;

static GLACIER_LIKE: ServiceMeta = ServiceMeta {
    sdk_id: "Glacier",
    customizations: &[
        Customization::Header("x-amz-glacier-version", "2012-06-01"),
        Customization::DefaultLabel("accountId", "-"),
        Customization::GlacierChecksums,
    ],
    ..SERVICE_FIELDS
};

static ACCEPT_JSON: ServiceMeta = ServiceMeta {
    customizations: &[Customization::Header("accept", "application/json")],
    ..SERVICE_FIELDS
};

/// A structure of `Option` fields with a hand-written schema, as generated code would have.
macro_rules! shape {
    ($name:ident, $schema:ident, { $($field:ident : $ty:ty),* $(,)? }) => {
        #[derive(Clone, Debug, Default, PartialEq)]
        struct $name {
            $($field: Option<$ty>,)*
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
        }
    };
}

fn handle(service: &'static ServiceMeta, mock: &MockTransport) -> Handle {
    Handle::new(
        service,
        rt::mock::config(mock.clone())
            .credentials(Credentials::new("AK", "SK", None))
            .region("us-west-2")
            .retry(rt::RetryConfig::disabled())
            .build(),
    )
}

/// Sends `input` for `op` and returns what went out and what came back (answered with `response`).
fn exchange<O: ReadValue>(
    service: &'static ServiceMeta,
    op: &'static OperationMeta,
    input: &dyn WriteValue,
    response: MockResponse,
) -> (Option<RecordedRequest>, Result<O, CallError>) {
    let mock = MockTransport::new();
    mock.push(response);
    let h = handle(service, &mock);
    let out = futures_executor::block_on(h.invoke::<O>(op, input));
    (mock.last_request(), out)
}

fn sent(
    service: &'static ServiceMeta,
    op: &'static OperationMeta,
    input: &dyn WriteValue,
) -> RecordedRequest {
    let (req, out) = exchange::<()>(service, op, input, MockResponse::new(200));
    out.unwrap_or_else(|e| panic!("the call failed: {e}"));
    req.expect("a request was sent")
}

fn query_of(r: &RecordedRequest) -> Vec<String> {
    let path = r.path();
    let mut q: Vec<String> = path
        .split_once('?')
        .map(|(_, q)| q.split('&').map(str::to_owned).collect())
        .unwrap_or_default();
    q.sort();
    q
}

fn path_of(r: &RecordedRequest) -> &str {
    r.path().split('?').next().unwrap_or_default()
}

// ---- labels -------------------------------------------------------------------------------------

static LABELS: Schema = Schema::new(
    "LabelsInput",
    &[
        Member::new("name").at(Location::Label { greedy: false }),
        Member::new("count").at(Location::Label { greedy: false }),
        Member::new("when").at(Location::Label { greedy: false }),
        Member::new("on").at(Location::Label { greedy: false }),
        Member::new("ratio").at(Location::Label { greedy: false }),
        Member::new("rest").at(Location::Label { greedy: true }),
    ],
);
shape!(Labels, LABELS, { name: String, count: i64, when: DateTime, on: bool, ratio: f32, rest: String });

static LABELS_OP: OperationMeta = OperationMeta {
    name: "Labels",
    retryable_errors: &[],
    request_compression: &[],
    endpoint_params: &[],
    auth: smithy_runtime::Auth::SigV4,
    http: HttpBinding::new(
        "GET",
        &[
            UriPart::Literal("/things/"),
            UriPart::Label(0),
            UriPart::Literal("/"),
            UriPart::Label(1),
            UriPart::Literal("/"),
            UriPart::Label(2),
            UriPart::Literal("/"),
            UriPart::Label(3),
            UriPart::Literal("/"),
            UriPart::Label(4),
            UriPart::Literal("/files/"),
            UriPart::Label(5),
        ],
        200,
    ),
};

fn labels() -> Labels {
    Labels {
        name: Some("plain".into()),
        count: Some(42),
        when: Some(DateTime::from_secs(1_600_000_000)),
        on: Some(false),
        ratio: Some(0.25),
        rest: Some("a/b c".into()),
    }
}

#[test]
fn labels_are_percent_encoded_and_greedy_ones_keep_slashes() {
    let input = Labels {
        name: Some("sp ce/slash?q#h&%é".into()),
        ..labels()
    };
    let r = sent(&SERVICE, &LABELS_OP, &input);
    assert_eq!(r.method, "GET");
    assert_eq!(
        path_of(&r),
        "/things/sp%20ce%2Fslash%3Fq%23h%26%25%C3%A9/42/2020-09-13T12%3A26%3A40Z/false/0.25/files/a/b%20c"
    );
    assert_eq!(r.body, b"");
    assert_eq!(r.header("content-type"), None);
    assert_eq!(r.header("content-length"), None, "a GET without a body");
}

#[test]
fn an_empty_or_missing_label_is_a_validation_error() {
    for name in [None, Some(String::new())] {
        let input = Labels { name, ..labels() };
        let (req, out) = exchange::<()>(&SERVICE, &LABELS_OP, &input, MockResponse::new(200));
        assert!(req.is_none(), "nothing is sent");
        match out {
            Err(CallError::Dispatch(e)) => {
                assert_eq!(e.kind(), DispatchErrorKind::Validation);
                assert_eq!(e.path(), Some("name"));
            }
            other => panic!("expected a validation error, got {other:?}"),
        }
    }
}

static ACCOUNT: Schema = Schema::new(
    "AccountInput",
    &[
        Member::new("accountId").at(Location::Label { greedy: false }),
        Member::new("vaultName").at(Location::Label { greedy: false }),
        Member::new("checksum").at(Location::Header("x-amz-sha256-tree-hash")),
        Member::new("body").at(Location::Payload(PayloadKind::Blob)),
    ],
);
shape!(Account, ACCOUNT, { account: String, vault: String, checksum: String, body: ByteStream });

static UPLOAD: OperationMeta = OperationMeta {
    name: "UploadArchive",
    retryable_errors: &[],
    request_compression: &[],
    endpoint_params: &[],
    auth: smithy_runtime::Auth::SigV4,
    http: HttpBinding::new(
        "POST",
        &[
            UriPart::Literal("/"),
            UriPart::Label(0),
            UriPart::Literal("/vaults/"),
            UriPart::Label(1),
            UriPart::Literal("/archives"),
        ],
        201,
    ),
};

#[test]
fn glacier_gets_its_version_header_default_account_and_checksums() {
    let input = Account {
        account: Some(String::new()),
        vault: Some("v".into()),
        checksum: None,
        body: Some(ByteStream::from("hello world")),
    };
    let r = sent(&GLACIER_LIKE, &UPLOAD, &input);
    assert_eq!(path_of(&r), "/-/vaults/v/archives");
    assert_eq!(r.header("x-amz-glacier-version"), Some("2012-06-01"));
    let hash = "b94d27b9934d3e08a52e52d7da7dabfac484efe37a5380ee9088f7ace2efcde9";
    assert_eq!(r.header("x-amz-sha256-tree-hash"), Some(hash));
    assert_eq!(r.header("x-amz-content-sha256"), Some(hash));
    assert_eq!(r.header("content-type"), Some("application/octet-stream"));
    assert_eq!(r.body, b"hello world");

    // A checksum the caller gives is kept; no body, no checksums.
    let given = Account {
        account: Some("123".into()),
        checksum: Some("abc".into()),
        ..input.clone()
    };
    let r = sent(&GLACIER_LIKE, &UPLOAD, &given);
    assert_eq!(path_of(&r), "/123/vaults/v/archives");
    assert_eq!(r.header("x-amz-sha256-tree-hash"), Some("abc"));
    let empty = Account {
        body: None,
        ..input
    };
    let r = sent(&GLACIER_LIKE, &UPLOAD, &empty);
    assert_eq!(r.header("x-amz-sha256-tree-hash"), None);
    assert_eq!(r.header("x-amz-glacier-version"), Some("2012-06-01"));
    assert_eq!(
        r.header("content-length"),
        Some("0"),
        "a POST says its length"
    );
}

// ---- query ----------------------------------------------------------------------------------------

static QUERY: Schema = Schema::new(
    "QueryInput",
    &[
        Member::new("token").at(Location::Query("next token")),
        Member::new("ids").at(Location::Query("id")),
        Member::new("since").at(Location::Query("since")),
        Member::new("epoch")
            .at(Location::Query("epoch"))
            .timestamp(TimestampFormat::EpochSeconds),
        Member::new("empty").at(Location::Query("empty")),
        Member::new("rest").at(Location::QueryParams),
    ],
);
shape!(Query, QUERY, {
    token: String,
    ids: Vec<i32>,
    since: DateTime,
    epoch: DateTime,
    empty: String,
    rest: HashMap<String, Vec<String>>,
});

static QUERY_OP: OperationMeta = OperationMeta {
    name: "Query",
    retryable_errors: &[],
    request_compression: &[],
    endpoint_params: &[],
    auth: smithy_runtime::Auth::SigV4,
    http: HttpBinding::new("GET", &[UriPart::Literal("/list")], 200).query("fixed=1&flag"),
};

#[test]
fn query_lists_repeat_their_key_and_the_map_never_overrides_a_member() {
    let mut rest = HashMap::new();
    rest.insert("id".to_owned(), vec!["999".to_owned()]);
    rest.insert("extra".to_owned(), vec!["x y".to_owned(), "z".to_owned()]);
    let input = Query {
        token: Some("a+b=c&d".into()),
        ids: Some(vec![3, 1, 2]),
        since: Some(DateTime::from_secs(1)),
        epoch: Some(DateTime::from_secs(1_600_000_000)),
        empty: Some(String::new()),
        rest: Some(rest),
    };
    let r = sent(&SERVICE, &QUERY_OP, &input);
    assert_eq!(path_of(&r), "/list");
    assert!(
        r.path().starts_with("/list?fixed=1&flag&"),
        "the URI's own query first: {}",
        r.path()
    );
    assert_eq!(
        query_of(&r),
        [
            "empty=",
            "epoch=1600000000",
            "extra=x%20y",
            "extra=z",
            "fixed=1",
            "flag",
            "id=1",
            "id=2",
            "id=3",
            "next%20token=a%2Bb%3Dc%26d",
            "since=1970-01-01T00%3A00%3A01Z",
        ]
    );
}

#[test]
fn unset_query_members_are_left_out() {
    let r = sent(&SERVICE, &QUERY_OP, &Query::default());
    assert_eq!(r.path(), "/list?fixed=1&flag");
}

// ---- headers --------------------------------------------------------------------------------------

static HEADERS: Schema = Schema::new(
    "HeadersIO",
    &[
        Member::new("tags").at(Location::Header("x-tags")),
        Member::new("at").at(Location::Header("x-at")),
        Member::new("ats").at(Location::Header("x-ats")),
        Member::new("epoch")
            .at(Location::Header("x-epoch"))
            .timestamp(TimestampFormat::EpochSeconds),
        Member::new("policy")
            .at(Location::Header("x-policy"))
            .media_type("application/json"),
        Member::new("none").at(Location::Header("x-none")),
        Member::new("empty").at(Location::Header("x-empty")),
        Member::new("meta").at(Location::PrefixHeaders("x-meta-")),
        Member::new("over").at(Location::Header("x-meta-over")),
        Member::new("ratio").at(Location::Header("x-ratio")),
    ],
);
shape!(Headers, HEADERS, {
    tags: Vec<String>,
    at: DateTime,
    ats: Vec<DateTime>,
    epoch: DateTime,
    policy: String,
    none: String,
    empty: Vec<String>,
    meta: HashMap<String, String>,
    over: String,
    ratio: f64,
});

static HEADERS_OP: OperationMeta = OperationMeta {
    name: "Headers",
    retryable_errors: &[],
    request_compression: &[],
    endpoint_params: &[],
    auth: smithy_runtime::Auth::SigV4,
    http: HttpBinding::new("PUT", &[UriPart::Literal("/h")], 200),
};

fn headers_value() -> Headers {
    let t = DateTime::from_secs(1_576_540_098);
    let mut meta = HashMap::new();
    meta.insert("one".to_owned(), "1".to_owned());
    meta.insert("over".to_owned(), "from the map".to_owned());
    Headers {
        tags: Some(vec![
            "plain".into(),
            "with, comma".into(),
            "say \"hi\"".into(),
        ]),
        at: Some(t),
        ats: Some(vec![t, DateTime::from_secs(0)]),
        epoch: Some(t),
        policy: Some("{\"a\":1}".into()),
        none: None,
        empty: Some(vec![]),
        meta: Some(meta),
        over: Some("from the member".into()),
        ratio: Some(f64::NAN),
    }
}

#[test]
fn headers_follow_the_binding_rules() {
    let r = sent(&SERVICE, &HEADERS_OP, &headers_value());
    assert_eq!(
        r.header("x-tags"),
        Some(r#"plain, "with, comma", "say \"hi\"""#)
    );
    assert_eq!(r.header("x-at"), Some("Mon, 16 Dec 2019 23:48:18 GMT"));
    assert_eq!(
        r.header("x-ats"),
        Some("Mon, 16 Dec 2019 23:48:18 GMT, Thu, 01 Jan 1970 00:00:00 GMT")
    );
    assert_eq!(r.header("x-epoch"), Some("1576540098"));
    assert_eq!(r.header("x-policy"), Some("eyJhIjoxfQ=="));
    assert_eq!(r.header("x-none"), None);
    assert_eq!(
        r.header("x-empty"),
        Some(""),
        "an empty list is an empty header"
    );
    assert_eq!(r.header("x-meta-one"), Some("1"));
    assert_eq!(r.header("x-meta-over"), Some("from the member"));
    assert_eq!(r.headers.get_all("x-meta-over").iter().count(), 1);
    assert_eq!(r.header("x-ratio"), Some("NaN"));
    // Nothing is bound to the body: no body, no Content-Type, but a PUT says its length.
    assert_eq!(r.body, b"");
    assert_eq!(r.header("content-type"), None);
    assert_eq!(r.header("content-length"), Some("0"));
}

#[test]
fn a_header_value_that_cannot_be_sent_is_a_serialization_error() {
    let input = Headers {
        none: Some("line\nbreak".into()),
        ..Headers::default()
    };
    let (req, out) = exchange::<()>(&SERVICE, &HEADERS_OP, &input, MockResponse::new(200));
    assert!(req.is_none());
    match out {
        Err(CallError::Dispatch(e)) => {
            assert_eq!(e.kind(), DispatchErrorKind::Serialization);
            assert!(e.message().contains("`none`"), "{e}");
        }
        other => panic!("expected a serialization error, got {other:?}"),
    }
}

#[test]
fn response_headers_are_read_back() {
    let response = MockResponse::new(200)
        .header("x-tags", r#"plain, "with, comma", "say \"hi\"""#)
        .header("x-at", "Mon, 16 Dec 2019 23:48:18 GMT")
        .header(
            "x-ats",
            "Mon, 16 Dec 2019 23:48:18 GMT, Thu, 01 Jan 1970 00:00:00 GMT",
        )
        .header("x-epoch", "1576540098")
        .header("x-policy", "eyJhIjoxfQ==")
        .header("x-empty", "")
        .header("x-meta-one", "1")
        .header("X-Meta-Over", "from the member")
        .header("x-ratio", "NaN")
        .body("{}");
    let (_, out) = exchange::<Headers>(&SERVICE, &HEADERS_OP, &Headers::default(), response);
    let got = out.unwrap();
    let want = headers_value();
    assert_eq!(got.tags, want.tags);
    assert_eq!(got.at, want.at);
    assert_eq!(got.ats, want.ats);
    assert_eq!(got.epoch, want.epoch);
    assert_eq!(got.policy, want.policy);
    assert_eq!(got.none, None);
    assert_eq!(got.empty, Some(vec![]));
    assert_eq!(got.over.as_deref(), Some("from the member"));
    assert!(got.ratio.is_some_and(f64::is_nan));
    let meta = got.meta.unwrap();
    assert_eq!(meta.get("one").map(String::as_str), Some("1"));
    assert_eq!(
        meta.get("over").map(String::as_str),
        Some("from the member"),
        "prefix keys are lower case"
    );
}

#[test]
fn a_malformed_response_header_is_a_parse_error_naming_the_member() {
    static NUM: Schema = Schema::new(
        "Out",
        &[Member::new("Count").at(Location::Header("x-count"))],
    );
    shape!(Num, NUM, { count: i32 });
    let (_, out) = exchange::<Num>(
        &SERVICE,
        &HEADERS_OP,
        &Headers::default(),
        MockResponse::new(200).header("x-count", "twelve"),
    );
    match out {
        Err(CallError::Dispatch(e)) => {
            assert_eq!(e.kind(), DispatchErrorKind::ResponseParse);
            assert_eq!(e.path(), Some("Count"));
        }
        other => panic!("expected a parse error, got {other:?}"),
    }
}

// ---- payloads and the body document ---------------------------------------------------------------

static NESTED: Schema = Schema::new(
    "Nested",
    &[Member::new("greeting"), Member::new("name").json("Name_")],
);
shape!(Nested, NESTED, { greeting: String, name: String });

static CHOICE: Schema = Schema::new("Choice", &[Member::new("text")]);
/// A one-member union.
#[derive(Clone, Debug, PartialEq)]
enum Choice {
    Text(String),
}
impl WriteValue for Choice {
    fn write(&self, s: &mut dyn Serializer) -> Result<(), Error> {
        let Choice::Text(t) = self;
        s.write_union(&CHOICE, 0, t)
    }
}
impl ReadValue for Choice {
    fn read(d: &mut dyn Deserializer) -> Result<Self, Error> {
        rt::codec::read_union(
            d,
            &CHOICE,
            |_, d| String::read(d).map(Choice::Text),
            |_| Choice::Text(String::new()),
        )
    }
    fn zero() -> Self {
        Choice::Text(String::new())
    }
}

macro_rules! payload_shape {
    ($name:ident, $schema:ident, $kind:expr, $ty:ty) => {
        static $schema: Schema = Schema::new(
            stringify!($name),
            &[
                Member::new("id").at(Location::Header("x-id")),
                Member::new("kind").at(Location::Header("Content-Type")),
                Member::new("data").at(Location::Payload($kind)),
            ],
        );
        shape!($name, $schema, { id: String, kind: String, data: $ty });
    };
}
payload_shape!(BlobPayload, BLOB_PAYLOAD, PayloadKind::Blob, Blob);
payload_shape!(TextPayload, TEXT_PAYLOAD, PayloadKind::String, String);
payload_shape!(
    StructPayload,
    STRUCT_PAYLOAD,
    PayloadKind::Structure,
    Nested
);
payload_shape!(UnionPayload, UNION_PAYLOAD, PayloadKind::Union, Choice);
payload_shape!(DocPayload, DOC_PAYLOAD, PayloadKind::Document, Document);

static MEDIA_PAYLOAD: Schema = Schema::new(
    "MediaPayload",
    &[Member::new("data")
        .at(Location::Payload(PayloadKind::Blob))
        .media_type("image/png")],
);
shape!(MediaPayload, MEDIA_PAYLOAD, { data: Blob });

static PAYLOAD_OP: OperationMeta = OperationMeta {
    name: "Payload",
    retryable_errors: &[],
    request_compression: &[],
    endpoint_params: &[],
    auth: smithy_runtime::Auth::SigV4,
    http: HttpBinding::new("POST", &[UriPart::Literal("/p")], 200),
};

#[test]
fn payloads_are_the_body_with_the_content_type_of_their_kind() {
    let r = sent(
        &SERVICE,
        &PAYLOAD_OP,
        &BlobPayload {
            id: Some("1".into()),
            data: Some(Blob::from(&b"\x00\xffraw"[..])),
            ..Default::default()
        },
    );
    assert_eq!(r.body, b"\x00\xffraw");
    assert_eq!(r.header("content-type"), Some("application/octet-stream"));
    assert_eq!(r.header("x-id"), Some("1"));
    assert_eq!(r.header("content-length"), Some("5"));

    let r = sent(
        &SERVICE,
        &PAYLOAD_OP,
        &MediaPayload {
            data: Some(Blob::from(&b"png"[..])),
        },
    );
    assert_eq!(r.header("content-type"), Some("image/png"));

    let r = sent(
        &SERVICE,
        &PAYLOAD_OP,
        &BlobPayload {
            kind: Some("image/jpeg".into()),
            data: Some(Blob::from(&b"jpg"[..])),
            ..Default::default()
        },
    );
    assert_eq!(
        r.header("content-type"),
        Some("image/jpeg"),
        "a Content-Type member wins"
    );
    assert_eq!(r.headers.get_all("content-type").iter().count(), 1);

    let r = sent(
        &SERVICE,
        &PAYLOAD_OP,
        &TextPayload {
            data: Some("text as is \"".into()),
            ..Default::default()
        },
    );
    assert_eq!(r.body_str(), "text as is \"");
    assert_eq!(r.header("content-type"), Some("text/plain"));

    let r = sent(
        &SERVICE,
        &PAYLOAD_OP,
        &StructPayload {
            data: Some(Nested {
                greeting: Some("hi".into()),
                name: Some("n".into()),
            }),
            ..Default::default()
        },
    );
    assert_eq!(
        r.body_json().unwrap(),
        serde_json::json!({"greeting": "hi", "Name_": "n"})
    );
    assert_eq!(r.header("content-type"), Some("application/json"));

    let r = sent(
        &SERVICE,
        &PAYLOAD_OP,
        &UnionPayload {
            data: Some(Choice::Text("t".into())),
            ..Default::default()
        },
    );
    assert_eq!(r.body_json().unwrap(), serde_json::json!({"text": "t"}));

    let r = sent(
        &SERVICE,
        &PAYLOAD_OP,
        &DocPayload {
            data: Some(Document::String("just a string".into())),
            ..Default::default()
        },
    );
    assert_eq!(r.body_str(), "\"just a string\"");
    assert_eq!(r.header("content-type"), Some("application/json"));
}

#[test]
fn unset_payloads_are_no_body_except_a_structure_which_is_an_empty_object() {
    let r = sent(&SERVICE, &PAYLOAD_OP, &BlobPayload::default());
    assert_eq!((r.body_str(), r.header("content-type")), ("", None));
    let r = sent(&SERVICE, &PAYLOAD_OP, &UnionPayload::default());
    assert_eq!((r.body_str(), r.header("content-type")), ("", None));
    let r = sent(&SERVICE, &PAYLOAD_OP, &StructPayload::default());
    assert_eq!(
        (r.body_str(), r.header("content-type")),
        ("{}", Some("application/json"))
    );
}

static BODY: Schema = Schema::new(
    "BodyInput",
    &[
        Member::new("id").at(Location::Label { greedy: false }),
        Member::new("Limit").json("limit"),
        Member::new("When"),
        Member::new("Nested").json("nested"),
        Member::new("Host").host_label(),
    ],
);
shape!(Body, BODY, { id: String, limit: i32, when: DateTime, nested: Nested, host: String });

static BODY_OP: OperationMeta = OperationMeta {
    name: "Body",
    retryable_errors: &[],
    request_compression: &[],
    endpoint_params: &[],
    auth: smithy_runtime::Auth::SigV4,
    http: HttpBinding::new("POST", &[UriPart::Literal("/b/"), UriPart::Label(0)], 200),
};

#[test]
fn body_members_are_a_json_document_with_json_names_and_host_labels_stay_in_it() {
    let input = Body {
        id: Some("x".into()),
        limit: Some(5),
        when: Some(DateTime::from_secs(10)),
        nested: Some(Nested {
            greeting: None,
            name: Some("deep".into()),
        }),
        host: Some("abc".into()),
    };
    let r = sent(&SERVICE, &BODY_OP, &input);
    assert_eq!(r.uri, "https://mock.local/b/x");
    assert_eq!(
        r.body_json().unwrap(),
        serde_json::json!({"limit": 5, "When": 10, "nested": {"Name_": "deep"}, "Host": "abc"}),
        "the label member stays out of the body; a host label does not"
    );
    assert_eq!(r.header("content-type"), Some("application/json"));
    let auth = r.header("authorization").unwrap_or_default();
    assert!(
        auth.contains("SignedHeaders=content-length;content-type;host;"),
        "{auth}"
    );

    // No body member set still sends the (empty) document.
    let r = sent(
        &SERVICE,
        &BODY_OP,
        &Body {
            id: Some("x".into()),
            host: Some("h".into()),
            ..Default::default()
        },
    );
    assert_eq!(r.body_json().unwrap(), serde_json::json!({"Host": "h"}));
}

static EMPTY_OP: OperationMeta = OperationMeta {
    name: "Empty",
    retryable_errors: &[],
    request_compression: &[],
    endpoint_params: &[],
    auth: smithy_runtime::Auth::SigV4,
    http: HttpBinding::new("POST", &[UriPart::Literal("/empty")], 200),
};

#[test]
fn an_input_with_nothing_for_the_body_sends_none_and_api_gateway_asks_for_json() {
    let r = sent(&SERVICE, &EMPTY_OP, &());
    assert_eq!((r.body_str(), r.header("content-type")), ("", None));
    assert_eq!(r.header("accept"), None);
    let r = sent(&ACCEPT_JSON, &EMPTY_OP, &());
    assert_eq!(r.header("accept"), Some("application/json"));
}

#[test]
fn the_endpoint_path_prefixes_the_operation_path() {
    let mock = MockTransport::new();
    mock.push(MockResponse::new(200));
    let h = Handle::new(
        &SERVICE,
        rt::mock::config(mock.clone())
            .endpoint_url("https://example.com/custom")
            .build(),
    );
    futures_executor::block_on(h.invoke::<()>(&QUERY_OP, &Query::default())).unwrap();
    let r = mock.last_request().unwrap();
    assert_eq!(r.uri, "https://example.com/custom/list?fixed=1&flag");
}

// ---- responses ------------------------------------------------------------------------------------

static OUTPUT: Schema = Schema::new(
    "Output",
    &[
        Member::new("Status").at(Location::ResponseCode),
        Member::new("Id").at(Location::Header("x-id")),
        Member::new("Items").json("items"),
        Member::new("Ignored").at(Location::Query("q")),
    ],
);
shape!(Output, OUTPUT, { status: i32, id: String, items: Vec<String>, ignored: String });

#[test]
fn outputs_read_status_headers_and_body_members() {
    let body =
        r#"{"items":["a","b"],"Ignored":"from the body","x-id":"not a header","Id":"nor this"}"#;
    let (_, out) = exchange::<Output>(
        &SERVICE,
        &EMPTY_OP,
        &(),
        MockResponse::new(201).header("x-id", "7").body(body),
    );
    assert_eq!(
        out.unwrap(),
        Output {
            status: Some(201),
            id: Some("7".into()),
            items: Some(vec!["a".into(), "b".into()]),
            ignored: Some("from the body".into()),
        }
    );
    // An empty body is an output without body members.
    let (_, out) = exchange::<Output>(&SERVICE, &EMPTY_OP, &(), MockResponse::new(200));
    assert_eq!(
        out.unwrap(),
        Output {
            status: Some(200),
            ..Default::default()
        }
    );
    // A body that is not JSON is an error for an output.
    let (_, out) = exchange::<Output>(
        &SERVICE,
        &EMPTY_OP,
        &(),
        MockResponse::new(200).body("<html>"),
    );
    assert!(
        matches!(&out, Err(CallError::Dispatch(e)) if e.kind() == DispatchErrorKind::ResponseParse),
        "{out:?}"
    );
}

#[test]
fn response_payloads_are_read_by_kind() {
    let (_, out) = exchange::<BlobPayload>(
        &SERVICE,
        &PAYLOAD_OP,
        &BlobPayload::default(),
        MockResponse::new(200)
            .header("content-type", "image/jpeg")
            .body(&b"\x01\x02"[..]),
    );
    let got = out.unwrap();
    assert_eq!(got.data, Some(Blob::from(&b"\x01\x02"[..])));
    assert_eq!(got.kind.as_deref(), Some("image/jpeg"));

    let (_, out) = exchange::<TextPayload>(
        &SERVICE,
        &PAYLOAD_OP,
        &TextPayload::default(),
        MockResponse::new(200).body("raw {text}"),
    );
    assert_eq!(out.unwrap().data.as_deref(), Some("raw {text}"));

    let (_, out) = exchange::<StructPayload>(
        &SERVICE,
        &PAYLOAD_OP,
        &StructPayload::default(),
        MockResponse::new(200).body(r#"{"greeting":"hello","Name_":"P"}"#),
    );
    assert_eq!(
        out.unwrap().data,
        Some(Nested {
            greeting: Some("hello".into()),
            name: Some("P".into())
        })
    );

    for empty in [
        exchange::<StructPayload>(
            &SERVICE,
            &PAYLOAD_OP,
            &StructPayload::default(),
            MockResponse::new(200),
        )
        .1
        .map(|o| o.data.is_none()),
        exchange::<UnionPayload>(
            &SERVICE,
            &PAYLOAD_OP,
            &UnionPayload::default(),
            MockResponse::new(200),
        )
        .1
        .map(|o| o.data.is_none()),
        exchange::<BlobPayload>(
            &SERVICE,
            &PAYLOAD_OP,
            &BlobPayload::default(),
            MockResponse::new(200),
        )
        .1
        .map(|o| o.data.is_none()),
    ] {
        assert!(empty.unwrap(), "an empty body is an unset payload");
    }

    static STREAM: Schema = Schema::new(
        "Stream",
        &[Member::new("Body").at(Location::Payload(PayloadKind::Blob))],
    );
    shape!(Stream, STREAM, { body: ByteStream });
    let (_, out) = exchange::<Stream>(
        &SERVICE,
        &PAYLOAD_OP,
        &Stream::default(),
        MockResponse::new(200).body(&b"streamed"[..]),
    );
    assert_eq!(
        out.unwrap()
            .body
            .and_then(|b| b.in_memory().map(<[u8]>::to_vec)),
        Some(b"streamed".to_vec())
    );
}

// ---- errors ---------------------------------------------------------------------------------------

fn error_code(response: MockResponse) -> String {
    match exchange::<()>(&SERVICE, &EMPTY_OP, &(), response).1 {
        Err(CallError::Service(e)) => e.code().to_owned(),
        other => panic!("expected a service error, got {other:?}"),
    }
}

#[test]
fn error_codes_come_from_the_header_then_code_then_type_sanitised() {
    assert_eq!(
        error_code(
            MockResponse::new(404)
                .header("x-amzn-errortype", "NotFound:http://internal/")
                .body(r#"{"code":"Other"}"#)
        ),
        "NotFound"
    );
    assert_eq!(
        error_code(MockResponse::new(400).body(r#"{"code":"ns.a#FromCode","__type":"FromType"}"#)),
        "FromCode"
    );
    assert_eq!(
        error_code(MockResponse::new(500).body(
            r#"{"__type":"aws.x#FromType:http://u/","Details":[{"__type":"nested#Ignored"}]}"#
        )),
        "FromType"
    );
    assert_eq!(error_code(MockResponse::new(503).body("<html>")), "503");
}

static THROTTLED: Schema = Schema::new(
    "Throttled",
    &[
        Member::new("retryAfter").at(Location::Header("Retry-After")),
        Member::new("message"),
    ],
);
shape!(Throttled, THROTTLED, { retry_after: String, message: String });

impl rt::ModeledError for Throttled {
    fn set_meta(&mut self, _: rt::types::ErrorMeta) {}
    fn meta(&self) -> &rt::types::ErrorMeta {
        static NONE: std::sync::OnceLock<rt::types::ErrorMeta> = std::sync::OnceLock::new();
        NONE.get_or_init(Default::default)
    }
}

#[test]
fn error_members_bound_to_headers_are_filled() {
    for body in [r#"{"message":"slow down"}"#, "not json at all"] {
        let (_, out) = exchange::<()>(
            &SERVICE,
            &EMPTY_OP,
            &(),
            MockResponse::new(429)
                .header("x-amzn-errortype", "Throttled")
                .header("retry-after", "30")
                .body(body),
        );
        let Err(CallError::Service(e)) = out else {
            panic!("expected a service error, got {out:?}")
        };
        assert_eq!(e.status(), 429);
        let t: Throttled = rt::modeled_error(e, |t| t, |e| panic!("not modeled: {e}"));
        assert_eq!(t.retry_after.as_deref(), Some("30"), "{body}");
        let message = (body.starts_with('{')).then(|| "slow down".to_owned());
        assert_eq!(
            t.message, message,
            "an unreadable body loses only its members"
        );
    }
}
