//! What the README says about configuration, checked offline. The snippets themselves are compiled and run
//! by `tests/readme` (with exactly the README's dependencies).

use fsx_delete_backup::operation::DeleteBackupError;
use fsx_delete_backup::types::{BackupLifecycle, DeleteBackupRequest};
use fsx_delete_backup::{Client, Config, Credentials};
use smithy_runtime::mock::MockTransport;

/// "Calling DeleteBackup": `aws configure`-style files and no keys in code, with the transport swapped
/// for the mock so it runs offline and an explicit environment (HOME = a temporary folder) so it never
/// reads the real `~/.aws` or depends on the process environment.
#[tokio::test]
async fn calling_delete_backup() {
    let home = std::env::temp_dir().join(format!("readme-home-{}", std::process::id()));
    std::fs::create_dir_all(home.join(".aws")).unwrap();
    std::fs::write(home.join(".aws/config"), "[default]\nregion = us-east-1\n").unwrap();
    std::fs::write(
        home.join(".aws/credentials"),
        "[default]\naws_access_key_id = AKID...\naws_secret_access_key = SECRET...\n",
    )
    .unwrap();
    let env = smithy_runtime::Env::from_vars([("HOME", home.to_str().unwrap())]);

    let transport = MockTransport::new();
    transport.push_json(404, r#"{"__type":"BackupNotFound","Message":"gone"}"#);
    let config = Config::builder()
        .environment(env)
        .transport(transport.clone())
        .load()
        .expect("the files load");
    let client = Client::new(config);

    let input = DeleteBackupRequest::builder()
        .backup_id("backup-03e3c82e0183b7b6b")
        .build()
        .unwrap();
    match client.delete_backup(input).await {
        Err(DeleteBackupError::BackupNotFound(e)) => {
            assert_eq!(e.to_string(), "BackupNotFound: gone")
        }
        other => panic!("expected BackupNotFound, got {other:?}"),
    }
    let sent = transport.last_request().unwrap();
    assert_eq!(sent.uri.to_string(), "https://fsx.us-east-1.amazonaws.com/");
    assert!(
        sent.header("authorization")
            .unwrap()
            .contains("Credential=AKID.../")
    );
    let _ = std::fs::remove_dir_all(&home);
}

/// The explicit form the README mentions: nothing but what the builder is given.
#[tokio::test]
async fn explicit_config_needs_no_files() {
    let transport = MockTransport::new();
    transport.push_json(200, r#"{"BackupId":"b","Lifecycle":"DELETED"}"#);
    let config = Config::builder()
        .region("us-east-1")
        .credentials(Credentials::new("AKID...", "SECRET...", None))
        .transport(transport.clone())
        .build();
    let out = Client::new(config)
        .delete_backup(
            DeleteBackupRequest::builder()
                .backup_id("b")
                .build()
                .unwrap(),
        )
        .await
        .unwrap();
    assert_eq!(out.lifecycle, Some(BackupLifecycle::Deleted));
}
