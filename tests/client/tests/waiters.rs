//! Waiters from `smithy.waiters#waitable` (the DescribeTable waiters of models/dynamodb-tables.json):
//! response sequences through the mock transport, the spec's delays and the total timeout, the blocking
//! form, and TableExists / TableNotExists against moto.

use std::time::Duration;

use client_tests::moto_url;
use dynamodb_tables::Client;
use dynamodb_tables::operation::DescribeTableError;
use dynamodb_tables::types::{
    AttributeDefinition, BillingMode, CreateTableInput, DeleteTableInput, DescribeTableInput,
    KeySchemaElement, KeyType, ScalarAttributeType, TableStatus,
};
use smithy_runtime::mock::{self, InstantSleep, MockTransport};
use smithy_runtime::waiter::WaitError;
use smithy_runtime::{Config, Credentials, RetryConfig};

fn describe(name: &str) -> DescribeTableInput {
    DescribeTableInput::builder()
        .table_name(name)
        .build()
        .expect("TableName is set")
}

fn status(s: &str) -> String {
    format!(r#"{{"Table":{{"TableName":"t1","TableStatus":"{s}"}}}}"#)
}

const NOT_FOUND: &str = r#"{"__type":"com.amazonaws.dynamodb.v20120810#ResourceNotFoundException","message":"Requested resource not found"}"#;

fn mock_client(t: &MockTransport, sleep: &InstantSleep) -> Client {
    Client::new(
        mock::config(t.clone())
            .retry(RetryConfig::disabled())
            .sleep(sleep.clone())
            .build(),
    )
}

#[tokio::test]
async fn table_exists_retries_through_not_found_and_creating_until_active() {
    let (t, sleep) = (MockTransport::new(), InstantSleep::new());
    t.push_json(400, NOT_FOUND);
    t.push_json(200, status("CREATING"));
    t.push_json(200, status("ACTIVE"));
    let waited = mock_client(&t, &sleep)
        .wait_until_table_exists(describe("t1"), Duration::from_secs(600))
        .await
        .expect("the table becomes ACTIVE");
    assert_eq!(waited.attempts, 3);
    let table = waited
        .last
        .expect("the last call succeeded")
        .table
        .expect("a table");
    assert_eq!(table.table_status, Some(TableStatus::Active));
    // minDelay 20, maxDelay 120 (the default): retry 1 waits 20 s, retry 2 between 20 and 40 s.
    let slept = sleep.slept();
    assert_eq!(slept.len(), 2, "{slept:?}");
    assert_eq!(slept[0], Duration::from_secs(20));
    assert!((20..=40).contains(&slept[1].as_secs()), "{slept:?}");
    assert_eq!(t.request_count(), 3);
}

#[tokio::test]
async fn the_wait_ends_at_max_wait_with_a_last_call_at_the_deadline() {
    let (t, sleep) = (MockTransport::new(), InstantSleep::new());
    let handler = MockTransport::with_handler(|_| {
        Ok(smithy_runtime::mock::MockResponse::json(
            200,
            status("CREATING"),
        ))
    });
    let err = mock_client(&handler, &sleep)
        .wait_until_table_exists(describe("t1"), Duration::from_secs(100))
        .await
        .expect_err("the table never becomes ACTIVE");
    let WaitError::Timeout {
        attempts,
        max_wait,
        last,
        ..
    } = &err
    else {
        panic!("expected a timeout, got {err:?}")
    };
    assert_eq!(*max_wait, Duration::from_secs(100));
    assert!(matches!(last, Some(Ok(_))), "{last:?}");
    let slept: Duration = sleep.slept().iter().sum();
    assert_eq!(
        slept,
        Duration::from_secs(100),
        "the delays add up to max_wait exactly: {:?}",
        sleep.slept()
    );
    assert_eq!(*attempts as usize, sleep.slept().len() + 1);
    assert!(
        err.to_string().contains("TableExists gave up after 100s"),
        "{err}"
    );
    assert_eq!(t.request_count(), 0);
}

#[tokio::test]
async fn table_not_exists_succeeds_on_the_error_it_waits_for() {
    let (t, sleep) = (MockTransport::new(), InstantSleep::new());
    t.push_json(200, status("DELETING"));
    t.push_json(400, NOT_FOUND);
    let waited = mock_client(&t, &sleep)
        .wait_until_table_not_exists(describe("t1"), Duration::from_secs(300))
        .await
        .expect("the table is gone");
    assert_eq!(waited.attempts, 2);
    assert!(matches!(
        waited.last,
        Err(DescribeTableError::ResourceNotFoundException(_))
    ));
}

#[tokio::test]
async fn an_error_no_acceptor_expects_ends_the_wait() {
    let (t, sleep) = (MockTransport::new(), InstantSleep::new());
    t.push_json(400, r#"{"__type":"AccessDeniedException","message":"no"}"#);
    let err = mock_client(&t, &sleep)
        .wait_until_table_exists(describe("t1"), Duration::from_secs(300))
        .await
        .expect_err("access denied is not waited through");
    let WaitError::Unexpected(w) = &err else {
        panic!("{err:?}")
    };
    assert_eq!(w.attempts, 1);
    assert_eq!(
        w.last.as_ref().unwrap_err().code(),
        Some("AccessDeniedException")
    );
    assert!(sleep.slept().is_empty());
}

#[test]
fn the_blocking_client_waits_too() {
    let (t, sleep) = (MockTransport::new(), InstantSleep::new());
    t.push_json(200, status("UPDATING"));
    t.push_json(200, status("ACTIVE"));
    let client = dynamodb_tables::blocking::Client::from(mock_client(&t, &sleep));
    let waited = client
        .wait_until_table_exists(describe("t1"), Duration::from_secs(60))
        .expect("ACTIVE on the second call");
    assert_eq!(waited.attempts, 2);
}

#[tokio::test]
async fn table_exists_and_not_exists_against_moto() {
    let Some(url) = moto_url() else { return };
    let client = Client::new(
        Config::builder()
            .region("us-east-1")
            .endpoint_url(url)
            .credentials(Credentials::new("AKIDEXAMPLE", "secret", None))
            .build(),
    );
    let name = format!("waiter-{}", std::process::id());
    let create = CreateTableInput::builder()
        .table_name(&name)
        .attribute_definitions(vec![
            AttributeDefinition::builder()
                .attribute_name("pk")
                .attribute_type(ScalarAttributeType::S)
                .build()
                .unwrap(),
        ])
        .key_schema(vec![
            KeySchemaElement::builder()
                .attribute_name("pk")
                .key_type(KeyType::Hash)
                .build()
                .unwrap(),
        ])
        .billing_mode(BillingMode::PayPerRequest)
        .build()
        .unwrap();
    client
        .create_table(create)
        .await
        .unwrap_or_else(|e| panic!("CreateTable: {e}"));
    let waited = client
        .wait_until_table_exists(describe(&name), Duration::from_secs(60))
        .await
        .unwrap_or_else(|e| panic!("TableExists: {e}"));
    let table = waited.last.unwrap().table.unwrap();
    assert_eq!(table.table_name.as_deref(), Some(name.as_str()));
    assert_eq!(table.table_status, Some(TableStatus::Active));

    client
        .delete_table(
            DeleteTableInput::builder()
                .table_name(&name)
                .build()
                .unwrap(),
        )
        .await
        .unwrap_or_else(|e| panic!("DeleteTable: {e}"));
    let gone = client
        .wait_until_table_not_exists(describe(&name), Duration::from_secs(60))
        .await
        .unwrap_or_else(|e| panic!("TableNotExists: {e}"));
    assert!(
        matches!(
            gone.last,
            Err(DescribeTableError::ResourceNotFoundException(_))
        ),
        "{:?}",
        gone.last
    );
}
