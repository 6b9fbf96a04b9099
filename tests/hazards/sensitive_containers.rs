//! An error whose `message` targets a `@sensitive` string, answered by the service (ci/hazards.sh puts this
//! file in the tests/ of the crate generated from sensitive_containers.smithy): the text reaches the member,
//! and nothing a user prints (the error's `Display` and `Debug`, the operation error's, the crate `Error`'s
//! `Display`, `Debug` and `message()`) shows it. Secrets inside lists, maps and unions stay out of `Debug`.

use hazard_sensitive_containers::mock::{self, MockResponse, MockTransport};
use hazard_sensitive_containers::operation::OpError;
use hazard_sensitive_containers::types::{Holder, In};
use hazard_sensitive_containers::{Client, Error};

const SECRET: &str = "hunter2";

#[tokio::test]
async fn a_sensitive_error_message_is_kept_but_never_printed() {
    let transport = MockTransport::new();
    transport.push(MockResponse::json(
        400,
        r#"{"__type":"Denied","message":"hunter2"}"#,
    ));
    let client = Client::new(mock::config(transport.clone()).build());
    let err = client
        .op(In::builder().build())
        .await
        .expect_err("the service answered an error");
    let OpError::Denied(denied) = &err else {
        panic!("not the modeled error: {err:?}");
    };
    assert_eq!(denied.message.as_deref(), Some(SECRET), "the value is kept");
    assert_eq!(err.code(), Some("Denied"));
    let printed = [
        denied.to_string(),
        format!("{denied:?}"),
        err.to_string(),
        format!("{err:?}"),
    ];
    let crate_error = Error::from(err);
    assert_eq!(crate_error.code(), Some("Denied"));
    assert_eq!(crate_error.message(), None);
    for shown in printed
        .into_iter()
        .chain([crate_error.to_string(), format!("{crate_error:?}")])
    {
        assert!(!shown.contains(SECRET), "the message leaked: {shown}");
    }
}

#[test]
fn secrets_in_containers_stay_out_of_debug() {
    let input = In::builder()
        .list([SECRET])
        .map([("k".to_owned(), SECRET.to_owned())])
        .union(Holder::Secret(SECRET.into()))
        .build();
    let shown = format!("{input:?}");
    assert!(!shown.contains(SECRET), "leaked: {shown}");
    assert!(format!("{:?}", Holder::Plain("plain".into())).contains("plain"));
}
