//! One `Error` per generated crate: every operation error converts into it with `?`, keeping the code,
//! message, request id and status, and gives the operation's own error back.

use kitchen_sink::operation::{GetThingError, PingError};
use kitchen_sink::types::GetThingInput;
use kitchen_sink::{Client, Error};
use smithy_runtime::mock::{self, MockResponse, MockTransport};

/// Two different operations' errors through one `?`: no `Box<dyn Error>`.
async fn ping_then_get(client: &Client, id: &str) -> Result<String, Error> {
    client.ping().await?;
    let input = GetThingInput::builder()
        .thing_id(id)
        .build()
        .expect("the id is set");
    let thing = client.get_thing(input).await?;
    Ok(format!("{thing:?}"))
}

#[tokio::test]
async fn a_modeled_error_keeps_code_message_request_id_and_status() {
    let transport = MockTransport::new();
    transport.push_json(200, "{}");
    transport.push(
        MockResponse::json(
            404,
            r#"{"__type":"ThingNotFound","message":"no thing t-1"}"#,
        )
        .header("x-amzn-requestid", "rid-42"),
    );
    let client = Client::new(mock::config(transport.clone()).build());
    let err = ping_then_get(&client, "t-1").await.expect_err("not found");
    assert_eq!(err.error_type(), "GetThingError");
    assert_eq!(err.code(), Some("ThingNotFound"));
    assert_eq!(err.message(), Some("no thing t-1"));
    assert_eq!(err.request_id(), Some("rid-42"));
    assert_eq!(err.status(), Some(404));
    assert!(matches!(
        err.downcast_ref::<GetThingError>(),
        Some(GetThingError::ThingNotFound(_))
    ));
    assert!(err.downcast_ref::<PingError>().is_none());
    assert_eq!(
        err.to_string(),
        err.downcast_ref::<GetThingError>().unwrap().to_string()
    );
}

#[tokio::test]
async fn unmodeled_and_validation_errors_convert_too() {
    let transport = MockTransport::new();
    transport.push(
        MockResponse::json(403, r#"{"__type":"AccessDenied","message":"not yours"}"#)
            .header("x-amzn-requestid", "rid-7"),
    );
    let client = Client::new(mock::config(transport.clone()).build());
    let err = ping_then_get(&client, "t-1").await.expect_err("denied");
    assert_eq!(err.error_type(), "PingError");
    assert_eq!(err.code(), Some("AccessDenied"));
    assert_eq!(err.message(), Some("not yours"));
    assert_eq!(err.request_id(), Some("rid-7"));
    assert_eq!(err.status(), Some(403));

    // Refused before sending: no code, no status, but a message.
    let err: Error = GetThingError::Validation(kitchen_sink::ValidationError {
        path: "ThingId".into(),
        message: "is required".into(),
    })
    .into();
    assert_eq!(err.code(), None);
    assert_eq!(err.status(), None);
    assert!(
        err.message().is_some_and(|m| m.contains("ThingId")),
        "{err:?}"
    );
}
