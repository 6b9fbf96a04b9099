//! Missing credentials. Its own test binary (= its own process): it clears the AWS credential
//! variables, which would race with any other test reading the environment.

use fsx_delete_backup::Client;
use fsx_delete_backup::operation::DeleteBackupError;
use fsx_delete_backup::types::DeleteBackupRequest;
use smithy_runtime::mock::{InstantSleep, MockTransport};
use smithy_runtime::{Config, DispatchErrorKind};

#[tokio::test]
async fn missing_credentials_is_a_clear_dispatch_error() {
    for k in [
        "AWS_ACCESS_KEY_ID",
        "AWS_SECRET_ACCESS_KEY",
        "AWS_SESSION_TOKEN",
    ] {
        // SAFETY: this binary has a single test, so no other thread reads the environment.
        unsafe { std::env::remove_var(k) };
    }
    let t = MockTransport::new();
    t.push_json(
        200,
        r#"{"BackupId":"backup-0123456789abcdef0","Lifecycle":"DELETED"}"#,
    );
    // No .credentials(..): the default provider reads the (now empty) environment per call.
    let config = Config::builder()
        .transport(t.clone())
        .sleep(InstantSleep::new())
        .region("us-east-1")
        .endpoint_url("https://mock.local")
        .with_env()
        .build();
    let input = DeleteBackupRequest::builder()
        .backup_id("backup-0123456789abcdef0")
        .build()
        .expect("BackupId is set");
    let err = Client::new(config)
        .delete_backup(input)
        .await
        .expect_err("no credentials anywhere");
    let DeleteBackupError::Dispatch(d) = &err else {
        panic!("expected Dispatch, got {err:?}")
    };
    assert_eq!(d.kind(), DispatchErrorKind::Credentials, "{d}");
    let shown = err.to_string();
    for part in ["credentials", "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY"] {
        assert!(shown.contains(part), "`{part}` in the message: {shown}");
    }
    assert_eq!(t.request_count(), 0, "an unsigned request is never sent");
}
