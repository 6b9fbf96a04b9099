//! The spec's client error correction, on generated shapes: a required member that a response leaves
//! out or sets to `null` is its zero value, not a failed call; nulls in dense collections are dropped.

use kitchen_sink::types::{DoEverythingOutput, Folder};
use smithy_runtime::codec::json::{self, Settings};

#[test]
fn absent_and_null_required_members_are_zero() {
    let out: DoEverythingOutput =
        json::from_slice(br#"{"Count": null}"#, Settings::AWS_JSON).expect("corrected");
    assert_eq!(out.count, 0);
    assert_eq!(out.request_id, "");
    assert!(out.everything.is_none());

    // Nested: a folder whose child has no name, and a null among the children.
    let f: Folder = json::from_slice(
        br#"{"Name":"root","Children":[{"Children":[]},null]}"#,
        Settings::AWS_JSON,
    )
    .expect("corrected");
    assert_eq!(f.name, "root");
    let children = f.children.expect("children");
    assert_eq!(children.len(), 1);
    assert_eq!(children[0].name, "");
}

#[test]
fn wrong_types_still_fail_with_a_path() {
    let err = json::from_slice::<DoEverythingOutput>(br#"{"Count": "many"}"#, Settings::AWS_JSON)
        .unwrap_err();
    assert_eq!(err.path().as_deref(), Some("Count"));
}

/// The opt-in `serde` feature: every kind of member survives a serde round trip under its model name, and
/// the wire form (the codec) is unaffected by it.
#[test]
fn serde_feature_round_trips_every_member_kind() {
    let wire = br#"{"Byte":1,"Short":2,"Integer":3,"Long":9007199254740993,"Float":1.5,"Double":-0.25,
        "Boolean":true,"TextDefault":"t","EmptyText":"","ListDefault":["a"],"MapDefault":{"k":"v"},
        "EnumDefault":"LARGE","IntEnumDefault":2,"PreludeNamedEnum":"B","Blob":"aGk=",
        "Document":{"x":[1,null,"y"]},"BigInteger":123456789012345678901234567890,"Size":"SOMETHING_NEW",
        "EpochSeconds":1515531081.123,"DateTime":"2014-04-29T18:30:38Z"}"#;
    let v: kitchen_sink::types::AllTypes =
        json::from_slice(wire, Settings::AWS_JSON).expect("the wire form reads");
    // Members the response left out take the model's `@default`, whatever their type.
    assert_eq!(v.big_default.as_str(), "12345678901234567890");
    assert_eq!(v.bytes_default.as_ref(), b"hi");
    assert_eq!(v.when_default.fmt_rfc3339(), "2020-01-02T03:04:05Z");
    let text = serde_json::to_string(&v).expect("serde serializes");
    assert!(text.contains("\"TextDefault\":\"t\""), "{text}");
    assert!(text.contains("\"Size\":\"SOMETHING_NEW\""), "{text}");
    assert!(
        text.contains("\"DateTime\":\"2014-04-29T18:30:38Z\""),
        "{text}"
    );
    let back: kitchen_sink::types::AllTypes =
        serde_json::from_str(&text).expect("serde deserializes");
    assert_eq!(back, v);
}
