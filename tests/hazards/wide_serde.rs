//! serde on a structure above the derive's limit (256 members; ci/hazards.sh generates the 300-member
//! `Wide` and puts this file in its crate's tests/): the hand-written `Deserialize` reads what `Serialize`
//! wrote, by the model's member names, skips unknown members, refuses a duplicate, and names a missing
//! required member, as serde's derive does.
#![cfg(feature = "serde")]

use hazard_wide_serde::types::Wide;

fn sample() -> Wide {
    let mut b = Wide::builder();
    b.req = Some("required".into());
    b.foo_bar = Some(7);
    b.m0 = Some("first".into());
    b.m297 = Some("last".into());
    b.build().expect("req is set")
}

#[test]
fn a_wide_structure_round_trips_through_serde_json() {
    let wide = sample();
    let json = serde_json::to_value(&wide).expect("serializes");
    assert_eq!(json["FooBar"], 7, "the model's member name: {json}");
    assert_eq!(json["m297"], "last");
    let back: Wide = serde_json::from_value(json).expect("deserializes");
    assert_eq!(back, wide);
}

#[test]
fn unknown_members_are_skipped_and_absent_optional_ones_are_none() {
    let back: Wide =
        serde_json::from_str(r#"{"req":"r","nobody":[1,{"x":2}],"m5":"five"}"#).expect("deserializes");
    assert_eq!(back.req, "r");
    assert_eq!(back.m5.as_deref(), Some("five"));
    assert_eq!(back.m0, None);
    assert_eq!(back.foo_bar, None);
}

#[test]
fn a_missing_required_member_and_a_duplicate_are_errors() {
    let missing = serde_json::from_str::<Wide>(r#"{"m1":"x"}"#).expect_err("req is required");
    assert!(missing.to_string().contains("missing field `req`"), "{missing}");
    let twice = serde_json::from_str::<Wide>(r#"{"req":"a","m1":"x","m1":"y"}"#).expect_err("m1 twice");
    assert!(twice.to_string().contains("duplicate field `m1`"), "{twice}");
    let wrong = serde_json::from_str::<Wide>(r#"{"req":"a","FooBar":"seven"}"#).expect_err("a string");
    assert!(wrong.to_string().contains("invalid type"), "{wrong}");
}
