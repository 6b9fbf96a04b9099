//! The awsQuery and ec2Query clients against a live moto server over real HTTP: STS (who am I, assume a
//! role), IAM (a user created, read, listed and deleted, its errors matched by their `@awsQueryError`
//! codes), SNS (101 topics listed page by page, one read, published to, all deleted) and EC2 (security groups created, found and deleted; instances run, described page by page and
//! terminated; the error document of a missing group). moto reads the form bodies with the real
//! services' parsers and answers with their XML, so these pass only when the query form and the XML
//! codec frame and read what the services do.
//!
//! SQS (awsJson1_0 with `@awsQueryCompatible`): a queue created, found, sent to, received from and deleted;
//! a missing queue is the typed `QueueDoesNotExist`, its code the awsQuery one that the response's
//! `x-amzn-query-error` header carries (`AWS.SimpleQueueService.NonExistentQueue`), not the shape name.
//!
//! Needs MOTO_URL (`eval "$(bash ci/moto-server.sh start)"`). Without it: skipped locally, a failure under
//! CI=true.

use client_tests::moto_client;
use ec2_instances::operation::DeleteSecurityGroupError;
use ec2_instances::types as ec2;
use iam_users::operation::{CreateUserError, GetUserError};
use iam_users::types as iam;
use sns_topics::operation::GetTopicAttributesError;
use sns_topics::types as sns;
use sqs_queues::operation::{GetQueueUrlError, SendMessageError};
use sqs_queues::types as sqs;
use std::collections::BTreeSet;
use sts_assume_role::types as sts;

#[tokio::test]
#[ignore = "live: needs moto and the Python venv (ci/setup-python.sh, ci/moto-server.sh); run with --include-ignored"]
async fn sts_get_caller_identity_and_assume_role() {
    let (url, c) = moto_client(sts_assume_role::Client::new);

    let me = c
        .get_caller_identity(sts::GetCallerIdentityRequest::builder().build())
        .await
        .unwrap_or_else(|e| panic!("GetCallerIdentity against {url}: {e} ({e:?})"));
    let account = me.account.clone().expect("an account id");
    assert_eq!(account.len(), 12, "{me:?}");
    assert!(account.bytes().all(|b| b.is_ascii_digit()), "{me:?}");
    assert!(
        me.arn.as_deref().is_some_and(|a| a.starts_with("arn:aws:")),
        "{me:?}"
    );

    let role = format!("arn:aws:iam::{account}:role/query-live");
    let assumed = c
        .assume_role(
            sts::AssumeRoleRequest::builder()
                .role_arn(role.as_str())
                .role_session_name("query-moto")
                .duration_seconds(900)
                .build()
                .expect("arn and session name are set"),
        )
        .await
        .unwrap_or_else(|e| panic!("AssumeRole: {e} ({e:?})"));
    let creds = assumed.credentials.expect("temporary credentials");
    assert!(!creds.access_key_id.is_empty() && !creds.secret_access_key.is_empty());
    assert!(!creds.session_token.is_empty());
    // Read as a timestamp from the XML's date-time text, in the future.
    assert!(creds.expiration.secs() > 1_600_000_000, "{creds:?}");
    let user = assumed.assumed_role_user.expect("the assumed role's user");
    assert!(user.arn.ends_with("/query-moto"), "{user:?}");

    // A required member left unset never reaches the server.
    let invalid = sts::AssumeRoleRequest::builder()
        .role_session_name("x")
        .build();
    assert!(invalid.is_err(), "RoleArn is required");
}

#[tokio::test]
#[ignore = "live: needs moto and the Python venv (ci/setup-python.sh, ci/moto-server.sh); run with --include-ignored"]
async fn ec2_security_group_lifecycle_and_error_document() {
    let (url, c) = moto_client(ec2_instances::Client::new);
    let name = format!("query-live-{}", std::process::id());

    let created = c
        .create_security_group(
            ec2::CreateSecurityGroupRequest::builder()
                .group_name(name.as_str())
                .description("made by query_moto.rs <&> \"quoted\"")
                .build()
                .expect("name and description are set"),
        )
        .await
        .unwrap_or_else(|e| panic!("CreateSecurityGroup against {url}: {e} ({e:?})"));
    let id = created.group_id.clone().expect("a new group has an id");

    let found = c
        .describe_security_groups(
            ec2::DescribeSecurityGroupsRequest::builder()
                .group_ids([id.clone()])
                .build(),
        )
        .await
        .unwrap_or_else(|e| panic!("DescribeSecurityGroups {id}: {e}"));
    let groups = found.security_groups.unwrap_or_default();
    assert_eq!(groups.len(), 1, "{groups:?}");
    assert_eq!(groups[0].group_name.as_deref(), Some(name.as_str()));
    // The description went out form-encoded and came back XML-escaped, unchanged.
    assert_eq!(
        groups[0].description.as_deref(),
        Some("made by query_moto.rs <&> \"quoted\"")
    );

    c.delete_security_group(
        ec2::DeleteSecurityGroupRequest::builder()
            .group_id(id.as_str())
            .build(),
    )
    .await
    .unwrap_or_else(|e| panic!("DeleteSecurityGroup {id}: {e}"));

    // Deleting it again: EC2's `<Response><Errors><Error>` document with its code and request id.
    let err = c
        .delete_security_group(
            ec2::DeleteSecurityGroupRequest::builder()
                .group_id(id.as_str())
                .build(),
        )
        .await
        .expect_err("the group is gone");
    match &err {
        DeleteSecurityGroupError::Unmodeled(e) => {
            assert_eq!(e.code(), "InvalidGroup.NotFound", "{e:?}");
            assert!(e.message().is_some_and(|m| m.contains(&id)), "{e:?}");
            assert!(e.request_id().is_some(), "{e:?}");
            assert_eq!(e.status(), 400);
        }
        other => panic!("expected the service's error, got {other:?}"),
    }
}

#[tokio::test]
#[ignore = "live: needs moto and the Python venv (ci/setup-python.sh, ci/moto-server.sh); run with --include-ignored"]
async fn ec2_instances_run_described_in_pages_and_terminated() {
    let (url, c) = moto_client(ec2_instances::Client::new);

    // Three reservations (EC2 pages by reservation), one instance each.
    let mut ours = BTreeSet::new();
    for n in 0..3 {
        let run = c
            .run_instances(
                ec2::RunInstancesRequest::builder()
                    .image_id("ami-12c6146b")
                    .instance_type(ec2::InstanceType::from("t2.micro"))
                    .min_count(1)
                    .max_count(1)
                    .build(),
            )
            .await
            .unwrap_or_else(|e| panic!("RunInstances {n} against {url}: {e} ({e:?})"));
        ours.extend(
            run.instances
                .unwrap_or_default()
                .into_iter()
                .filter_map(|i| i.instance_id),
        );
    }
    assert_eq!(ours.len(), 3, "{ours:?}");

    // Two per page: at least two pages for our three, each token sent back as the next request's. EC2
    // refuses `InstanceId.N` with `MaxResults`, so ours are picked by a filter (`Filter.1.Value.N`).
    let mut pages = c.describe_instances_pages(
        ec2::DescribeInstancesRequest::builder()
            .filters([ec2::Filter::builder()
                .name("instance-id")
                .values(ours.iter().cloned().collect::<Vec<_>>())
                .build()])
            .max_results(2)
            .build(),
    );
    let mut seen = BTreeSet::new();
    let mut page_count = 0;
    while let Some(page) = pages.next().await {
        let page = page.unwrap_or_else(|e| panic!("DescribeInstances page {page_count}: {e}"));
        page_count += 1;
        for r in page.reservations.unwrap_or_default() {
            for i in r.instances.unwrap_or_default() {
                let state = i.state.as_ref().and_then(|s| s.name.clone());
                assert!(state.is_some(), "{i:?}");
                seen.extend(i.instance_id);
            }
        }
    }
    assert!(page_count >= 2, "expected several pages, got {page_count}");
    assert_eq!(seen, ours);

    let terminated = c
        .terminate_instances(
            ec2::TerminateInstancesRequest::builder()
                .instance_ids(ours.iter().cloned().collect::<Vec<_>>())
                .build(),
        )
        .await
        .unwrap_or_else(|e| panic!("TerminateInstances: {e}"));
    let changed: BTreeSet<String> = terminated
        .terminating_instances
        .unwrap_or_default()
        .into_iter()
        .filter_map(|s| s.instance_id)
        .collect();
    assert_eq!(changed, ours);
}

#[tokio::test]
#[ignore = "live: needs moto and the Python venv (ci/setup-python.sh, ci/moto-server.sh); run with --include-ignored"]
async fn iam_user_lifecycle_with_awsqueryerror_codes() {
    let (url, c) = moto_client(iam_users::Client::new);
    let name = format!("query-live-{}", std::process::id());
    let created = c
        .create_user(
            iam::CreateUserRequest::builder()
                .user_name(name.as_str())
                .path("/query/")
                .build()
                .expect("name is set"),
        )
        .await
        .unwrap_or_else(|e| panic!("CreateUser against {url}: {e} ({e:?})"));
    let user = created.user.expect("the new user");
    assert_eq!(user.user_name, name);
    assert_eq!(user.path, "/query/");
    assert!(
        user.arn.ends_with(&format!("user/query/{name}")),
        "{user:?}"
    );
    assert!(user.create_date.secs() > 1_600_000_000, "{user:?}");

    // The same name again: `EntityAlreadyExists` is the `@awsQueryError` code of the modeled error.
    let again = c
        .create_user(
            iam::CreateUserRequest::builder()
                .user_name(name.as_str())
                .build()
                .expect("name is set"),
        )
        .await
        .expect_err("the name is taken");
    assert!(
        matches!(again, CreateUserError::EntityAlreadyExistsException(_)),
        "{again:?}"
    );
    assert_eq!(again.code(), Some("EntityAlreadyExists"));

    let got = c
        .get_user(
            iam::GetUserRequest::builder()
                .user_name(name.as_str())
                .build(),
        )
        .await
        .unwrap_or_else(|e| panic!("GetUser {name}: {e}"));
    assert_eq!(got.user.user_id, user.user_id);

    let listed = c
        .list_users_pages(
            iam::ListUsersRequest::builder()
                .path_prefix("/query/")
                .build(),
        )
        .items()
        .try_collect()
        .await
        .unwrap_or_else(|e| panic!("ListUsers: {e}"));
    assert!(listed.iter().any(|u| u.user_name == name), "{listed:?}");

    c.delete_user(
        iam::DeleteUserRequest::builder()
            .user_name(name.as_str())
            .build()
            .expect("name is set"),
    )
    .await
    .unwrap_or_else(|e| panic!("DeleteUser {name}: {e}"));
    let gone = c
        .get_user(
            iam::GetUserRequest::builder()
                .user_name(name.as_str())
                .build(),
        )
        .await
        .expect_err("the user is deleted");
    match &gone {
        GetUserError::NoSuchEntityException(e) => {
            assert_eq!(e.meta.code(), "NoSuchEntity");
            assert_eq!(e.meta.status(), 404);
            assert!(e.meta.request_id().is_some(), "{e:?}");
        }
        other => panic!("expected NoSuchEntityException, got {other:?}"),
    }
}

#[tokio::test]
#[ignore = "live: needs moto and the Python venv (ci/setup-python.sh, ci/moto-server.sh); run with --include-ignored"]
async fn sns_topics_published_to_and_listed_in_pages() {
    let (url, c) = moto_client(sns_topics::Client::new);
    let prefix = format!("query-live-{}", std::process::id());

    // moto lists topics 100 a page: 101 of ours make at least two pages.
    let mut ours = BTreeSet::new();
    for n in 0..101 {
        let created = c
            .create_topic(
                sns::CreateTopicInput::builder()
                    .name(format!("{prefix}-{n}"))
                    .attributes([("DisplayName".to_owned(), format!("Topic & {n} <x>"))])
                    .build()
                    .expect("name is set"),
            )
            .await
            .unwrap_or_else(|e| panic!("CreateTopic {n} against {url}: {e} ({e:?})"));
        ours.insert(created.topic_arn.expect("a topic arn"));
    }
    let first = ours.first().cloned().expect("topics");

    let mut pages = c.list_topics_pages(sns::ListTopicsInput::builder().build());
    let mut listed = BTreeSet::new();
    let mut page_count = 0;
    while let Some(page) = pages.next().await {
        let page = page.unwrap_or_else(|e| panic!("ListTopics page {page_count}: {e}"));
        page_count += 1;
        listed.extend(
            page.topics
                .unwrap_or_default()
                .into_iter()
                .filter_map(|t| t.topic_arn),
        );
    }
    assert!(page_count >= 2, "expected several pages, got {page_count}");
    assert!(
        ours.is_subset(&listed),
        "{} of ours missing",
        ours.difference(&listed).count()
    );

    // A map in the answer (`<Attributes><entry><key>…`), with the escaped value set at creation.
    let attrs = c
        .get_topic_attributes(
            sns::GetTopicAttributesInput::builder()
                .topic_arn(first.as_str())
                .build()
                .expect("arn is set"),
        )
        .await
        .unwrap_or_else(|e| panic!("GetTopicAttributes {first}: {e}"))
        .attributes
        .unwrap_or_default();
    assert_eq!(attrs.get("TopicArn"), Some(&first), "{attrs:?}");
    assert!(
        attrs
            .get("DisplayName")
            .is_some_and(|d| d.starts_with("Topic & ") && d.ends_with(" <x>")),
        "{attrs:?}"
    );

    // A map in the request whose key and value are renamed (`MessageAttributes.entry.1.Name`/`.Value.…`).
    let published = c
        .publish(
            sns::PublishInput::builder()
                .topic_arn(first.as_str())
                .message("hello from query_moto.rs & co")
                .subject("greeting")
                .message_attributes([(
                    "kind".to_owned(),
                    sns::MessageAttributeValue::builder()
                        .data_type("String")
                        .string_value("test")
                        .build()
                        .expect("data type is set"),
                )])
                .build()
                .expect("message is set"),
        )
        .await
        .unwrap_or_else(|e| panic!("Publish to {first}: {e}"));
    assert!(published.message_id.is_some_and(|id| !id.is_empty()));

    for arn in &ours {
        c.delete_topic(
            sns::DeleteTopicInput::builder()
                .topic_arn(arn.as_str())
                .build()
                .expect("arn is set"),
        )
        .await
        .unwrap_or_else(|e| panic!("DeleteTopic {arn}: {e}"));
    }
    let gone = c
        .get_topic_attributes(
            sns::GetTopicAttributesInput::builder()
                .topic_arn(first.as_str())
                .build()
                .expect("arn is set"),
        )
        .await
        .expect_err("the topic is deleted");
    assert!(
        matches!(gone, GetTopicAttributesError::NotFoundException(_)),
        "{gone:?}"
    );
}

#[tokio::test]
#[ignore = "live: needs moto and the Python venv (ci/setup-python.sh, ci/moto-server.sh); run with --include-ignored"]
async fn sqs_queue_messages_and_query_compatible_error_codes() {
    let (url, c) = moto_client(sqs_queues::Client::new);
    let name = format!("query-live-{}", std::process::id());
    let created = c
        .create_queue(
            sqs::CreateQueueRequest::builder()
                .queue_name(name.as_str())
                .build()
                .expect("name is set"),
        )
        .await
        .unwrap_or_else(|e| panic!("CreateQueue against {url}: {e} ({e:?})"));
    let queue = created.queue_url.expect("a queue url");
    assert!(queue.ends_with(&format!("/{name}")), "{queue}");

    let found = c
        .get_queue_url(
            sqs::GetQueueUrlRequest::builder()
                .queue_name(name.as_str())
                .build()
                .expect("name is set"),
        )
        .await
        .unwrap_or_else(|e| panic!("GetQueueUrl {name}: {e}"));
    assert_eq!(found.queue_url.as_deref(), Some(queue.as_str()));

    let body = "hello from query_moto.rs: <&> \"quoted\" é";
    let sent = c
        .send_message(
            sqs::SendMessageRequest::builder()
                .queue_url(queue.as_str())
                .message_body(body)
                .build()
                .expect("url and body are set"),
        )
        .await
        .unwrap_or_else(|e| panic!("SendMessage: {e}"));
    let id = sent.message_id.expect("a message id");
    let md5 = sent.md5_of_message_body.expect("the body's MD5");
    assert!(
        md5.len() == 32 && md5.bytes().all(|b| b.is_ascii_hexdigit()),
        "{md5}"
    );

    let received = c
        .receive_message(
            sqs::ReceiveMessageRequest::builder()
                .queue_url(queue.as_str())
                .max_number_of_messages(1)
                .build()
                .expect("url is set"),
        )
        .await
        .unwrap_or_else(|e| panic!("ReceiveMessage: {e}"))
        .messages
        .unwrap_or_default();
    assert_eq!(received.len(), 1, "{received:?}");
    assert_eq!(received[0].message_id.as_deref(), Some(id.as_str()));
    assert_eq!(received[0].body.as_deref(), Some(body));
    assert_eq!(received[0].md5_of_body.as_deref(), Some(md5.as_str()));

    // A queue that does not exist: the modeled error, named by the awsQuery code of x-amzn-query-error.
    let missing = c
        .get_queue_url(
            sqs::GetQueueUrlRequest::builder()
                .queue_name(format!("{name}-missing"))
                .build()
                .expect("name is set"),
        )
        .await
        .expect_err("no such queue");
    match &missing {
        GetQueueUrlError::QueueDoesNotExist(e) => {
            assert_eq!(
                e.meta.code(),
                "AWS.SimpleQueueService.NonExistentQueue",
                "{e:?}"
            );
            assert_eq!(e.meta.status(), 400);
            assert!(e.meta.request_id().is_some(), "{e:?}");
        }
        other => panic!("expected QueueDoesNotExist, got {other:?}"),
    }
    assert_eq!(
        missing.code(),
        Some("AWS.SimpleQueueService.NonExistentQueue")
    );

    c.delete_queue(
        sqs::DeleteQueueRequest::builder()
            .queue_url(queue.as_str())
            .build()
            .expect("url is set"),
    )
    .await
    .unwrap_or_else(|e| panic!("DeleteQueue {queue}: {e}"));
    let gone = c
        .send_message(
            sqs::SendMessageRequest::builder()
                .queue_url(queue.as_str())
                .message_body("late")
                .build()
                .expect("url and body are set"),
        )
        .await
        .expect_err("the queue is deleted");
    assert!(
        matches!(gone, SendMessageError::QueueDoesNotExist(_)),
        "{gone:?}"
    );
    assert_eq!(gone.code(), Some("AWS.SimpleQueueService.NonExistentQueue"));
}
