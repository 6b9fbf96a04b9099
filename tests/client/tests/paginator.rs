//! Paginators of the generated kitchen-sink client (`ListThings` is `@paginated` with NextToken, Things and
//! MaxResults), through the in-memory transport.

use kitchen_sink::Client;
use kitchen_sink::types::ListThingsInput;
use smithy_runtime::mock::{self, MockResponse, MockTransport};

fn page(ids: &[&str], token: Option<&str>) -> String {
    let things: Vec<serde_json::Value> = ids
        .iter()
        .map(|id| serde_json::json!({"ThingId": id, "Name": format!("name of {id}")}))
        .collect();
    let mut body = serde_json::json!({ "Things": things });
    if let Some(t) = token {
        body["NextToken"] = serde_json::Value::String(t.to_string());
    }
    body.to_string()
}

fn sent_tokens(transport: &MockTransport) -> Vec<Option<String>> {
    transport
        .requests()
        .iter()
        .map(|r| {
            let body = r.body_json().expect("request bodies are JSON");
            body.get("NextToken")
                .and_then(|t| t.as_str())
                .map(str::to_owned)
        })
        .collect()
}

#[tokio::test]
async fn follows_tokens_until_none_and_yields_items_in_order() {
    let transport = MockTransport::new();
    transport.push_json(200, page(&["a1", "a2"], Some("t1")));
    transport.push_json(200, page(&[], Some("t2")));
    transport.push_json(200, page(&["c1"], None));
    let client = Client::new(mock::config(transport.clone()).build());
    let items = client
        .list_things_pages(ListThingsInput::builder().build())
        .page_size(2)
        .items()
        .try_collect()
        .await
        .expect("all pages load");
    let ids: Vec<&str> = items.iter().map(|t| t.thing_id.as_str()).collect();
    assert_eq!(ids, ["a1", "a2", "c1"]);
    assert_eq!(
        sent_tokens(&transport),
        [None, Some("t1".into()), Some("t2".into())]
    );
    let sizes: Vec<serde_json::Value> = transport
        .requests()
        .iter()
        .map(|r| r.body_json().expect("JSON")["MaxResults"].clone())
        .collect();
    assert_eq!(
        sizes,
        [
            serde_json::json!(2),
            serde_json::json!(2),
            serde_json::json!(2)
        ]
    );
}

#[tokio::test]
async fn stops_when_the_service_repeats_the_token_it_was_sent() {
    let transport = MockTransport::new();
    transport.push_json(200, page(&["a"], Some("same")));
    transport.push_json(200, page(&["b"], Some("same")));
    transport.push_json(200, page(&["never"], None));
    let client = Client::new(mock::config(transport.clone()).build());
    let mut pages = client.list_things_pages(ListThingsInput::builder().build());
    let mut count = 0;
    while let Some(p) = pages.next().await {
        p.expect("page loads");
        count += 1;
    }
    assert_eq!(count, 2);
    assert_eq!(transport.request_count(), 2);
}

#[tokio::test]
async fn an_error_ends_the_pages_after_reporting_it() {
    let transport = MockTransport::new();
    transport.push_json(200, page(&["a"], Some("t1")));
    transport.push(MockResponse::json(
        400,
        r#"{"__type":"ValidationException","message":"bad token"}"#,
    ));
    let client = Client::new(mock::config(transport.clone()).build());
    let mut pages = client.list_things_pages(ListThingsInput::builder().build());
    assert!(pages.next().await.expect("first page").is_ok());
    let err = pages
        .next()
        .await
        .expect("second page")
        .expect_err("the service said no");
    assert_eq!(err.code(), Some("ValidationException"));
    assert!(pages.next().await.is_none());
    assert_eq!(transport.request_count(), 2);
}

#[tokio::test]
async fn a_caller_token_starts_mid_way() {
    let transport = MockTransport::new();
    transport.push_json(200, page(&["z"], None));
    let client = Client::new(mock::config(transport.clone()).build());
    let items = client
        .list_things_pages(ListThingsInput::builder().next_token("resume-here").build())
        .items()
        .try_collect()
        .await
        .expect("loads");
    assert_eq!(items.len(), 1);
    assert_eq!(sent_tokens(&transport), [Some("resume-here".into())]);
}

#[tokio::test]
async fn stops_when_the_service_comes_back_to_any_token_it_was_sent() {
    let transport = MockTransport::new();
    // A, B, A, B, ... would never end if only the last token counted.
    transport.push_json(200, page(&["a"], Some("A")));
    transport.push_json(200, page(&["b"], Some("B")));
    transport.push_json(200, page(&["c"], Some("A")));
    transport.push_json(200, page(&["d"], Some("B")));
    let client = Client::new(mock::config(transport.clone()).build());
    let items = client
        .list_things_pages(ListThingsInput::builder().build())
        .items()
        .try_collect()
        .await
        .expect("loads");
    assert_eq!(
        items.len(),
        3,
        "the third page comes back to token A: that page is the last"
    );
    assert_eq!(
        sent_tokens(&transport),
        [None, Some("A".into()), Some("B".into())]
    );
}

#[tokio::test]
async fn pages_try_collect_every_page_or_the_first_error() {
    let transport = MockTransport::new();
    transport.push_json(200, page(&["a1"], Some("t1")));
    transport.push_json(200, page(&["b1", "b2"], None));
    let client = Client::new(mock::config(transport.clone()).build());
    let pages = client
        .list_things_pages(ListThingsInput::builder().build())
        .try_collect()
        .await
        .expect("both pages load");
    let sizes: Vec<usize> = pages.iter().map(|p| p.things.len()).collect();
    assert_eq!(sizes, [1, 2]);

    transport.push_json(200, page(&["a"], Some("t1")));
    transport.push(MockResponse::json(
        400,
        r#"{"__type":"ValidationException","message":"bad token"}"#,
    ));
    let err = client
        .list_things_pages(ListThingsInput::builder().build())
        .try_collect()
        .await
        .expect_err("the second page fails");
    assert_eq!(err.code(), Some("ValidationException"));
}
