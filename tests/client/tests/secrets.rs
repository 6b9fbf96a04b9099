//! `@sensitive` follows the value through every container: a secret in a list, a map value or a union
//! member is redacted by `Debug` like a member that targets the secret directly.

use kitchen_sink::types::{AllTypes, Result as KsResult};
use smithy_runtime::codec::json::{self, Settings};

#[test]
fn secrets_in_lists_maps_and_unions_stay_out_of_debug() {
    let v: AllTypes = json::from_slice(
        br#"{"Secrets":["hunter2"],"SecretsByName":{"root":"s3cr3t"},"Union":{"Token":"tok-123"}}"#,
        Settings::AWS_JSON,
    )
    .expect("reads");
    assert_eq!(
        v.union,
        Some(KsResult::Token("tok-123".into())),
        "the union member was read"
    );
    let shown = format!("{v:?}");
    for secret in ["hunter2", "s3cr3t", "tok-123"] {
        assert!(!shown.contains(secret), "{secret} leaked: {shown}");
    }
    let token = KsResult::Token("tok-123".into());
    assert_eq!(
        format!("{token:?}"),
        r#"Token("*** Sensitive Data Redacted ***")"#
    );
    // What is not secret is still shown.
    assert_eq!(
        format!("{:?}", KsResult::Err("plain".into())),
        r#"Err("plain")"#
    );
}
