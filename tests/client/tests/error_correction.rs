//! The spec's client error correction, on generated shapes: a required member that a response leaves
//! out or sets to `null` is its zero value, not a failed call; nulls in dense collections are dropped.

use kitchen_sink::types::{DoEverythingOutput, Folder};
use smithy_runtime::codec::json::{self, Settings};

#[test]
fn absent_and_null_required_members_are_zero() {
    let out: DoEverythingOutput = json::from_slice(br#"{"Count": null}"#, Settings::AWS_JSON).expect("corrected");
    assert_eq!(out.count, 0);
    assert_eq!(out.request_id, "");
    assert!(out.everything.is_none());

    // Nested: a folder whose child has no name, and a null among the children.
    let f: Folder = json::from_slice(br#"{"Name":"root","Children":[{"Children":[]},null]}"#, Settings::AWS_JSON)
        .expect("corrected");
    assert_eq!(f.name, "root");
    let children = f.children.expect("children");
    assert_eq!(children.len(), 1);
    assert_eq!(children[0].name, "");
}

#[test]
fn wrong_types_still_fail_with_a_path() {
    let err = json::from_slice::<DoEverythingOutput>(br#"{"Count": "many"}"#, Settings::AWS_JSON).unwrap_err();
    assert_eq!(err.path().as_deref(), Some("Count"));
}
