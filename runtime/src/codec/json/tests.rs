//! The codec against hand-written shapes shaped like generated code.

use super::*;
use crate::codec::ReadValue;
use crate::codec::test_shapes::{Choice, Thing};
use crate::types::{BigInteger, Blob, DateTime, Document};
use std::collections::HashMap;

fn read(text: &str) -> Result<Thing, Error> {
    from_slice(text.as_bytes(), Settings::REST_JSON)
}

#[test]
fn round_trip_every_kind() {
    let t = Thing {
        name: Some("a \"quoted\"\n\u{1}é😀 name".into()),
        count: -7,
        ratio: Some(0.25),
        when: Some(DateTime::from_secs_and_nanos(1_515_531_081, 123_000_000)),
        iso: Some(vec![DateTime::from_secs(0)]),
        data: Some(Blob::new(b"hi".to_vec())),
        tags: Some(vec!["x".into(), "y".into()]),
        attrs: Some(HashMap::from([("b".to_owned(), 2), ("a".to_owned(), 1)])),
        child: Some(Box::new(Thing {
            count: 1,
            choice: Some(Choice::Nothing),
            ..Thing::default()
        })),
        sparse: Some(vec![Some("s".into()), None]),
        big: Some(BigInteger::parse("123456789012345678901234567890").unwrap()),
        doc: Some(Document::from(vec![
            Document::Null,
            Document::from(1.5),
            Document::from("z"),
        ])),
        choice: Some(Choice::Text("t".into())),
    };
    let bytes = to_vec(&t, Settings::REST_JSON).unwrap();
    let text = String::from_utf8(bytes.clone()).unwrap();
    assert_eq!(
        text,
        concat!(
            r#"{"name":"a \"quoted\"\n\u0001é😀 name","Count":-7,"Ratio":0.25,"When":1515531081.123,"#,
            r#""Iso":["1970-01-01T00:00:00Z"],"Data":"aGk=","Tags":["x","y"],"Attrs":{"a":1,"b":2},"#,
            r#""Child":{"Count":1,"Choice":{"Nothing":{}}},"Sparse":["s",null],"#,
            r#""Big":123456789012345678901234567890,"Doc":[null,1.5,"z"],"Choice":{"Text":"t"}}"#
        )
    );
    assert_eq!(read(&text).unwrap(), t);
    // awsJson ignores @jsonName.
    let aws = String::from_utf8(to_vec(&t, Settings::AWS_JSON).unwrap()).unwrap();
    assert!(aws.starts_with(r#"{"Name":"#), "{aws}");
}

#[test]
fn absent_null_and_unknown_members() {
    let t =
        read(r#" {"Count": 3, "name": null, "Extra": {"deep": [1, {"x": "}"}]}, "Ratio": null} "#)
            .unwrap();
    assert_eq!(
        t,
        Thing {
            count: 3,
            ..Thing::default()
        }
    );
    // The last of duplicate keys wins.
    assert_eq!(read(r#"{"Count":1,"Count":2}"#).unwrap().count, 2);
}

#[test]
fn lenient_numbers_and_timestamps() {
    let t = read(r#"{"Count":5.0,"Ratio":"NaN","When":"2014-04-29T18:30:38Z"}"#).unwrap();
    assert_eq!(t.count, 5);
    assert!(t.ratio.unwrap().is_nan());
    assert_eq!(t.when.unwrap().secs(), 1_398_796_238);
    let t = read(r#"{"Count":1,"When":-1.75,"Ratio":"-Infinity"}"#).unwrap();
    assert_eq!(
        (t.when.unwrap().secs(), t.when.unwrap().subsec_nanos()),
        (-2, 250_000_000)
    );
    assert_eq!(t.ratio, Some(f64::NEG_INFINITY));
}

#[test]
fn errors_name_the_path() {
    let cases = [
        (
            r#"{"Count":"x"}"#,
            "at 'Count': expected a number, found a string at byte 9",
        ),
        (
            r#"{"Count":5.5}"#,
            "at 'Count': expected an integer, found `5.5`",
        ),
        (
            r#"{"Count":3000000000}"#,
            "at 'Count': 3000000000 is out of range for i32",
        ),
        (
            r#"{"Count":1,"Tags":["a",2]}"#,
            "at 'Tags[1]': expected a string, found a number at byte 23",
        ),
        (
            r#"{"Count":1,"Child":{"Count":1,"Attrs":{"k":true}}}"#,
            "at 'Child.Attrs.k': expected a number, found a boolean at byte 43",
        ),
        (
            r#"{"Count":1,"Choice":{"Text":"a","Nothing":{}}}"#,
            "at 'Choice': a Choice union must have one member set, found `Text` and `Nothing`",
        ),
        (
            r#"{"Count":1,"Choice":{}}"#,
            "at 'Choice': a Choice union must have one member set, found none",
        ),
        (
            r#"{"Count":1} x"#,
            "trailing characters after the JSON value at byte 12",
        ),
        (
            r#"{"Count":1"#,
            "expected `,` or `}`, found the end of the text at byte 10",
        ),
        (
            r#"{"Data":"!!","Count":1}"#,
            "at 'Data': invalid base64 blob: Invalid symbol 33, offset 0.",
        ),
        (r#"{"Count":01}"#, "at 'Count': invalid number at byte 9"),
        (
            "{\"Count\":1,\"name\":\"\u{1}\"}",
            "at 'name': control character in a string at byte 19",
        ),
        (
            r#"{"name":"\ud800"}"#,
            "at 'name': unpaired surrogate in a \\u escape",
        ),
        ("[]", "expected an object, found an array at byte 0"),
        (
            "",
            "expected an object, found the end of the text at byte 0",
        ),
    ];
    for (text, expected) in cases {
        assert_eq!(read(text).unwrap_err().to_string(), expected, "{text}");
    }
    assert!(from_slice::<Thing>(b"{\"name\":\"\xff\"}", Settings::REST_JSON).is_err());
}

#[test]
fn unknown_union_member_is_kept_by_name() {
    let t = read(r#"{"Count":1,"Choice":{"__type":"x","Later":{"a":[1]},"Text":null}}"#).unwrap();
    assert_eq!(t.choice, Some(Choice::Unknown("Later".into())));
    let err = to_vec(&t, Settings::REST_JSON).unwrap_err();
    assert_eq!(
        err.to_string(),
        "at 'Choice': cannot send unknown member Later"
    );
}

#[test]
fn hostile_nesting_is_an_error_not_a_crash() {
    let deep = format!(
        "{{\"Count\":1,\"Doc\":{}{}}}",
        "[".repeat(100_000),
        "]".repeat(100_000)
    );
    assert!(
        read(&deep)
            .unwrap_err()
            .to_string()
            .contains("nested deeper than")
    );
    let mut nested = String::new();
    for _ in 0..10_000 {
        nested.push_str("{\"Count\":1,\"Child\":");
    }
    assert!(read(&nested).is_err());
}

#[test]
fn escapes_read_back() {
    let t = read(r#"{"Count":1,"name":"\"\\\/\b\f\n\r\t\u00e9\ud83d\ude00"}"#).unwrap();
    assert_eq!(t.name.as_deref(), Some("\"\\/\u{8}\u{c}\n\r\té😀"));
}

#[test]
fn floats_print_shortest_round_trip() {
    for (v, text) in [
        (1.0, "1.0"),
        (0.1, "0.1"),
        (1e300, "1e300"),
        (-2.5e-8, "-2.5e-8"),
    ] {
        assert_eq!(
            String::from_utf8(to_vec(&v, Settings::AWS_JSON).unwrap()).unwrap(),
            text
        );
        assert_eq!(
            from_slice::<f64>(text.as_bytes(), Settings::AWS_JSON).unwrap(),
            v
        );
    }
}

#[test]
fn client_error_correction() {
    // A required member that is absent or null reads as its zero value.
    assert_eq!(read("{}").unwrap().count, 0);
    assert_eq!(read(r#"{"Count":null}"#).unwrap().count, 0);
    // A null in a dense list or map is dropped; a sparse list keeps it.
    let t =
        read(r#"{"Tags":["a",null,"b"],"Attrs":{"k":null,"j":1},"Sparse":[null,"s"]}"#).unwrap();
    assert_eq!(t.tags, Some(vec!["a".to_owned(), "b".to_owned()]));
    assert_eq!(t.attrs, Some(HashMap::from([("j".to_owned(), 1)])));
    assert_eq!(t.sparse, Some(vec![None, Some("s".to_owned())]));
    // Zero values of the wire types.
    assert_eq!(<DateTime as ReadValue>::zero(), DateTime::UNIX_EPOCH);
    assert_eq!(<Blob as ReadValue>::zero(), Blob::default());
    assert_eq!(<Box<i64> as ReadValue>::zero(), Box::new(0));
}
