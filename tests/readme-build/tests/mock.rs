//! The client the README's build.rs generates, called through the mock transport: the module it includes is
//! a whole client (blocking one included), with only the crates of the README's manifest.

use readme_build_snippets::mock::{self, MockTransport};
use readme_build_snippets::operation::DeleteBackupError;
use readme_build_snippets::types::{BackupLifecycle, DeleteBackupRequest};

#[test]
fn the_generated_client_calls_through_the_mock() {
    let transport = MockTransport::new();
    transport.push_json(
        200,
        r#"{"BackupId":"backup-1234567890","Lifecycle":"DELETED"}"#,
    );
    transport.push_json(400, r#"{"__type":"BackupNotFound","Message":"gone"}"#);
    let client =
        readme_build_snippets::blocking::Client::new(mock::config(transport.clone()).build());
    let input = DeleteBackupRequest::builder()
        .backup_id("backup-1234567890")
        .build()
        .unwrap();

    let out = client.delete_backup(input.clone()).unwrap();
    assert_eq!(out.lifecycle, Some(BackupLifecycle::Deleted));
    let sent = transport.last_request().unwrap();
    assert_eq!(
        sent.header("x-amz-target"),
        Some("AWSSimbaAPIService_v20180301.DeleteBackup")
    );

    let err = client.delete_backup(input).unwrap_err();
    assert!(
        matches!(err, DeleteBackupError::BackupNotFound(_)),
        "{err:?}"
    );
}
