/// Every way a call of `GetThing` can fail.
#[derive(Debug)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum GetThingError {
    /// No thing has the given ID.
    ThingNotFound(crate::types::ThingNotFound),
    /// Too many requests; retry after a back-off.
    ThrottledError(crate::types::ThrottledError),
    /// An error that Kitchen Sink returned and this model does not describe (code, message, request id and HTTP status are kept).
    Unmodeled(::smithy_runtime::ServiceError),
    /// The input was rejected before anything was sent (a required member is missing, or a constraint
    /// failed while constraint checks are on).
    Validation(::smithy_runtime::ValidationError),
    /// The request could not be sent or its response could not be read: transport, timeout,
    /// credentials, endpoint resolution, or a malformed response.
    Dispatch(::smithy_runtime::DispatchError),
}
::smithy_runtime::operation_error!(
    GetThingError, [(ThingNotFound, "ThingNotFound"), (ThrottledError, "ThrottledError")]
);
static OPERATION: ::smithy_runtime::OperationMeta = ::smithy_runtime::OperationMeta {
    name: "GetThing",
    retryable_errors: &["ThrottledError"],
    http: ::smithy_runtime::HttpBinding::RPC,
    request_compression: &[],
    endpoint_params: &[],
    auth: ::smithy_runtime::Auth::SigV4,
};
impl crate::Client {
    /// Fetches one thing by its `ThingId`.
    ///
    ///  Modeled errors: [`ThingNotFound`](crate::types::ThingNotFound), [`ThrottledError`](crate::types::ThrottledError).
    pub async fn get_thing(
        &self,
        input: crate::types::GetThingInput,
    ) -> Result<crate::types::GetThingOutput, GetThingError> {
        input
            .validate(self.handle.config().validate_constraints())
            .map_err(GetThingError::Validation)?;
        Ok(self.handle.invoke::<crate::types::GetThingOutput>(&OPERATION, &input).await?)
    }
}
#[cfg(test)]
mod examples {
    /// Fetch a thing: Reads back the thing stored under <code>thing-0001</code>.
    #[tokio::test]
    async fn example_0_fetch_a_thing() {
        let transport = ::smithy_runtime::mock::MockTransport::new();
        let expected = crate::types::GetThingOutput::builder()
            .thing(
                crate::types::Thing::builder()
                    .thing_id(String::from("thing-0001"))
                    .name(String::from("kettle"))
                    .tags(
                        ::std::collections::HashMap::from([
                            (String::from("room"), String::from("kitchen")),
                        ]),
                    )
                    .size(crate::types::Size::from("lower-case-value"))
                    .created_at(
                        ::smithy_runtime::types::DateTime::from_secs_and_nanos(
                            1700000000i64,
                            0u32,
                        ),
                    )
                    .build()
                    .expect("the value sets every required member of Thing"),
            )
            .build()
            .expect("the value sets every required member of GetThingOutput");
        transport
            .push(
                crate::client::SERVICE
                    .protocol
                    .mock_response(200, &expected)
                    .expect("the example output can be framed"),
            );
        let client = crate::Client::new(
            ::smithy_runtime::mock::config(transport.clone()).build(),
        );
        let input = crate::types::GetThingInput::builder()
            .thing_id(String::from("thing-0001"))
            .build()
            .expect("the value sets every required member of GetThingInput");
        let result = client.get_thing(input).await;
        assert_eq!(result.expect("the example call succeeds"), expected);
        let sent = transport.last_request().expect("the client sent a request");
        let body = sent.body_json().expect("the request body is JSON");
        let example: ::serde_json::Value = ::serde_json::from_str(
                "{\"ThingId\":\"thing-0001\"}",
            )
            .expect("example input is JSON");
        assert_eq!(
            body.get("ThingId"), example.get("ThingId"),
            "member ThingId as the example says"
        );
    }
    /// Fetch a thing that does not exist:
    #[tokio::test]
    async fn example_1_fetch_a_thing_that_does_not_exist() {
        let transport = ::smithy_runtime::mock::MockTransport::new();
        let expected = crate::types::ThingNotFound::builder()
            .message(String::from("no thing with id thing-9999"))
            .thing_id(String::from("thing-9999"))
            .build();
        transport
            .push(
                crate::client::SERVICE
                    .protocol
                    .mock_response(400, &expected)
                    .expect("the example error can be framed")
                    .header("X-Amzn-Errortype", "ThingNotFound"),
            );
        let client = crate::Client::new(
            ::smithy_runtime::mock::config(transport.clone()).build(),
        );
        let input = crate::types::GetThingInput::builder()
            .thing_id(String::from("thing-9999"))
            .build()
            .expect("the value sets every required member of GetThingInput");
        let result = client.get_thing(input).await;
        match result {
            Err(super::GetThingError::ThingNotFound(e)) => assert_eq!(e, expected),
            other => panic!("expected the example's error, got {other:?}"),
        }
        let sent = transport.last_request().expect("the client sent a request");
        let body = sent.body_json().expect("the request body is JSON");
        let example: ::serde_json::Value = ::serde_json::from_str(
                "{\"ThingId\":\"thing-9999\"}",
            )
            .expect("example input is JSON");
        assert_eq!(
            body.get("ThingId"), example.get("ThingId"),
            "member ThingId as the example says"
        );
    }
}
