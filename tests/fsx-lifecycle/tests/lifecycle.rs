//! A backup's whole life through the full generated FSx client against a live moto server:
//! CreateFileSystem -> CreateBackup -> DescribeBackups -> DeleteBackup -> DescribeBackups, then the
//! file system is deleted again. moto answers only when each request is framed and signed as FSx
//! expects, and its responses carry members the model does not have (`FileSystemId`, `VolumeId`,
//! `ClientRequestToken` on a backup), `null` tokens and fractional epoch seconds.
//!
//! Needs MOTO_URL (`eval "$(bash ci/moto-server.sh start)"`): `#[ignore]`d, run with `--include-ignored`
//! (ci/whole-services.sh does), and then a failure without it.

use fsx::operation::DeleteBackupError;
use fsx::runtime::types::DateTime;
use fsx::types::{
    Backup, BackupLifecycle, CreateBackupRequest, CreateFileSystemRequest, DeleteBackupRequest,
    DeleteFileSystemRequest, DescribeBackupsRequest, FileSystemLifecycle, FileSystemType, Filter,
    FilterName, Tag,
};
use fsx_lifecycle::{REGION, moto_client, moto_url};

/// Every backup DescribeBackups returns for these ids (moto pages only when asked to).
async fn describe(client: &fsx::Client, request: DescribeBackupsRequest) -> Vec<Backup> {
    let out = client
        .describe_backups(request)
        .await
        .unwrap_or_else(|e| panic!("DescribeBackups failed: {e}"));
    assert_eq!(out.next_token, None, "one page expected: {out:?}");
    out.backups.unwrap_or_default()
}

#[tokio::test]
#[ignore = "live: needs moto (MOTO_URL); run with --include-ignored"]
async fn backup_lifecycle_against_moto() {
    let url = moto_url("backup_lifecycle_against_moto");
    let client = moto_client(&url);
    let started = DateTime::now();

    // CreateFileSystem: LUSTRE, 1200 GiB, one subnet.
    let fs = client
        .create_file_system(
            CreateFileSystemRequest::builder()
                .file_system_type(FileSystemType::Lustre)
                .storage_capacity(1200)
                .subnet_ids(vec!["subnet-1234".to_owned()])
                .build()
                .expect("FileSystemType and SubnetIds are set"),
        )
        .await
        .unwrap_or_else(|e| panic!("CreateFileSystem failed: {e}"))
        .file_system
        .expect("CreateFileSystem returns the file system");
    let fs_id = fs
        .file_system_id
        .clone()
        .expect("the file system has an id");
    assert!(fs_id.starts_with("fs-"), "{fs_id}");
    assert_eq!(fs.file_system_type, Some(FileSystemType::Lustre));
    assert_eq!(fs.storage_capacity, Some(1200));
    assert_eq!(
        fs.subnet_ids.as_deref(),
        Some(&["subnet-1234".to_owned()][..])
    );
    let arn = fs.resource_arn.as_deref().unwrap_or_default();
    assert!(
        arn.starts_with(&format!("arn:aws:fsx:{REGION}:")) && arn.ends_with(&fs_id),
        "the ARN names the region and the id: {arn}"
    );

    // CreateBackup, with tags so that a list of structures makes the round trip.
    let tag = Tag::builder()
        .key("suite")
        .value("fsx-lifecycle")
        .build()
        .expect("Key and Value are set");
    let backup = client
        .create_backup(
            CreateBackupRequest::builder()
                .file_system_id(&fs_id)
                .tags(vec![tag.clone()])
                .build(),
        )
        .await
        .unwrap_or_else(|e| panic!("CreateBackup failed: {e}"))
        .backup
        .expect("CreateBackup returns the backup");
    let backup_id = backup.backup_id.clone().expect("the backup has an id");
    assert!(backup_id.starts_with("backup-"), "{backup_id}");
    assert!(
        matches!(
            backup.lifecycle,
            Some(BackupLifecycle::Creating | BackupLifecycle::Available)
        ),
        "a new backup is CREATING or AVAILABLE: {:?}",
        backup.lifecycle
    );
    assert_eq!(backup.tags.as_deref(), Some(&[tag][..]));
    // moto stamps time.time(): fractional epoch seconds, which must parse to the right moment.
    let created = backup.creation_time.expect("the backup has a CreationTime");
    assert!(
        created.secs() >= started.secs() - 60 && created.secs() <= DateTime::now().secs() + 60,
        "CreationTime {created} is not within a minute of the test ({started})"
    );

    // DescribeBackups finds it, by id and by a file-system-id filter.
    let by_id = describe(
        &client,
        DescribeBackupsRequest::builder()
            .backup_ids(vec![backup_id.clone()])
            .build(),
    )
    .await;
    assert_eq!(by_id.len(), 1, "{by_id:#?}");
    assert_eq!(by_id[0].backup_id.as_deref(), Some(backup_id.as_str()));
    assert_eq!(
        by_id[0].creation_time,
        Some(created),
        "the same instant both times"
    );
    let by_filter = describe(
        &client,
        DescribeBackupsRequest::builder()
            .filters(vec![
                Filter::builder()
                    .name(FilterName::FileSystemId)
                    .values(vec![fs_id.clone()])
                    .build(),
            ])
            .build(),
    )
    .await;
    let ids: Vec<_> = by_filter
        .iter()
        .filter_map(|b| b.backup_id.as_deref())
        .collect();
    assert_eq!(ids, [backup_id.as_str()], "only this file system's backup");

    // DeleteBackup.
    let deleted = client
        .delete_backup(
            DeleteBackupRequest::builder()
                .backup_id(&backup_id)
                .build()
                .expect("BackupId is set"),
        )
        .await
        .unwrap_or_else(|e| panic!("DeleteBackup failed: {e}"));
    assert_eq!(deleted.backup_id.as_deref(), Some(backup_id.as_str()));
    assert_eq!(deleted.lifecycle, Some(BackupLifecycle::Deleted));

    // Afterwards: moto drops the backup from DescribeBackups; real FSx may still list it as DELETED
    // for a while or answer BackupNotFound. Anything else is a bug.
    match client
        .describe_backups(
            DescribeBackupsRequest::builder()
                .backup_ids(vec![backup_id.clone()])
                .build(),
        )
        .await
    {
        Ok(out) => {
            for b in out.backups.unwrap_or_default() {
                assert_eq!(
                    b.lifecycle,
                    Some(BackupLifecycle::Deleted),
                    "a deleted backup is still listed as live: {b:#?}"
                );
            }
        }
        Err(fsx::operation::DescribeBackupsError::BackupNotFound(_)) => {}
        Err(e) => panic!("DescribeBackups after the delete failed: {e} ({e:?})"),
    }

    // A second delete: moto answers ResourceNotFoundException, which DeleteBackup does not model.
    let again = client
        .delete_backup(
            DeleteBackupRequest::builder()
                .backup_id(&backup_id)
                .build()
                .expect("BackupId is set"),
        )
        .await
        .expect_err("the backup is gone");
    assert!(
        matches!(again, DeleteBackupError::BackupNotFound(_))
            || again.code() == Some("ResourceNotFoundException"),
        "unexpected error for a deleted backup: {again} ({again:?})"
    );

    // Clean up, which also reads moto's DeleteFileSystem answer (its `FinalBackUpId` spelling is not
    // the model's `FinalBackupId`, so that member must simply be absent).
    let gone = client
        .delete_file_system(
            DeleteFileSystemRequest::builder()
                .file_system_id(&fs_id)
                .build()
                .expect("FileSystemId is set"),
        )
        .await
        .unwrap_or_else(|e| panic!("DeleteFileSystem failed: {e}"));
    assert_eq!(gone.file_system_id.as_deref(), Some(fs_id.as_str()));
    assert_eq!(gone.lifecycle, Some(FileSystemLifecycle::Deleting));
}
