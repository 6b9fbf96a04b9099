//! DescribeBackups through the full generated FSx client over the in-memory transport (no moto): a
//! rich response shaped like real FSx output (nested structures, lists, enums known and unknown,
//! fractional epoch seconds, 64-bit integers past f64 precision, and the recursive
//! FileSystem -> AdministrativeActions -> TargetFileSystemValues -> FileSystem chain) must come back
//! member for member, and a malformed one must fail with an error that says where.

use fsx::Client;
use fsx::operation::DescribeBackupsError;
use fsx::runtime::RetryConfig;
use fsx::runtime::mock::{self, MockTransport};
use fsx::runtime::types::DateTime;
use fsx::types::{
    AdministrativeActionType, AutoImportPolicyType, BackupLifecycle, BackupType,
    DataCompressionType, DataRepositoryLifecycle, DescribeBackupsRequest, FileSystemLifecycle,
    FileSystemType, LustreAccessAuditLogLevel, LustreDeploymentType, ResourceType, Status,
    StorageType, TieringPolicyName, VolumeLifecycle, VolumeType,
};
use serde_json::{Value, json};

const TARGET: &str = "AWSSimbaAPIService_v20180301.DescribeBackups";
/// 2^53 + 1: an f64 cannot hold it, so it survives only if integers are parsed as integers.
const BIG: i64 = 9_007_199_254_740_993;

fn client(t: &MockTransport) -> Client {
    Client::new(
        mock::config(t.clone())
            .retry(RetryConfig::disabled())
            .build(),
    )
}

/// A Lustre file system as FSx describes it, carrying `actions` as its AdministrativeActions.
fn lustre_file_system(id: &str, capacity: i64, actions: Value) -> Value {
    json!({
        "OwnerId": "123456789012",
        "CreationTime": 1_700_000_000.5,
        "FileSystemId": id,
        "FileSystemType": "LUSTRE",
        "Lifecycle": "AVAILABLE",
        "StorageCapacity": capacity,
        "StorageType": "SSD",
        "VpcId": "vpc-0123456789abcdef0",
        "SubnetIds": ["subnet-0123456789abcdef0"],
        "NetworkInterfaceIds": ["eni-01", "eni-02"],
        "DNSName": format!("{id}.fsx.us-east-1.amazonaws.com"),
        "KmsKeyId": "arn:aws:kms:us-east-1:123456789012:key/abcd",
        "ResourceARN": format!("arn:aws:fsx:us-east-1:123456789012:file-system/{id}"),
        "Tags": [{"Key": "team", "Value": "storage"}, {"Key": "empty", "Value": ""}],
        "LustreConfiguration": {
            "WeeklyMaintenanceStartTime": "1:05:00",
            "DataRepositoryConfiguration": {
                "Lifecycle": "AVAILABLE",
                "ImportPath": "s3://bucket/in",
                "ExportPath": "s3://bucket/out",
                "ImportedFileChunkSize": 1024,
                "AutoImportPolicy": "NEW_CHANGED"
            },
            "DeploymentType": "PERSISTENT_2",
            "PerUnitStorageThroughput": 125,
            "MountName": "abcdefgh",
            "DailyAutomaticBackupStartTime": "05:00",
            "AutomaticBackupRetentionDays": 7,
            "CopyTagsToBackups": true,
            "DataCompressionType": "LZ4",
            "LogConfiguration": {
                "Level": "WARN_ERROR",
                "Destination": "arn:aws:logs:us-east-1:123456789012:log-group:/aws/fsx/lustre"
            },
            "EfaEnabled": false
        },
        "AdministrativeActions": actions,
        "FileSystemTypeVersion": "2.15"
    })
}

/// Two backups: a file-system backup whose file system has an update in flight (itself carrying a
/// pending action three levels down), and a volume backup with a lifecycle this client predates.
fn canned_response() -> Value {
    let innermost = lustre_file_system("fs-00000000000000003", 4800, json!([]));
    let target = lustre_file_system(
        "fs-00000000000000002",
        2400,
        json!([{
            "AdministrativeActionType": "STORAGE_OPTIMIZATION",
            "Status": "PENDING",
            "TargetFileSystemValues": innermost
        }]),
    );
    let file_system = lustre_file_system(
        "fs-00000000000000001",
        1200,
        json!([{
            "AdministrativeActionType": "FILE_SYSTEM_UPDATE",
            "ProgressPercent": 50,
            "RequestTime": 1_700_000_100.25,
            "Status": "IN_PROGRESS",
            "TargetFileSystemValues": target,
            "TotalTransferBytes": BIG,
            "RemainingTransferBytes": 0
        }]),
    );
    json!({
        "Backups": [
            {
                "BackupId": "backup-0000000000000001",
                "Lifecycle": "AVAILABLE",
                "Type": "AUTOMATIC",
                "ProgressPercent": 100,
                "CreationTime": 1_700_000_200.125,
                "KmsKeyId": "arn:aws:kms:us-east-1:123456789012:key/abcd",
                "ResourceARN": "arn:aws:fsx:us-east-1:123456789012:backup/backup-0000000000000001",
                "Tags": [{"Key": "k", "Value": "v"}],
                "FileSystem": file_system,
                "OwnerId": "123456789012",
                "ResourceType": "FILE_SYSTEM",
                "SizeInBytes": BIG
            },
            {
                "BackupId": "backup-0000000000000002",
                "Lifecycle": "ARCHIVED_IN_THE_FUTURE",
                "Type": "USER_INITIATED",
                "CreationTime": 1_700_000_300,
                "ResourceType": "VOLUME",
                "Volume": {
                    "CreationTime": 1_700_000_250.75,
                    "FileSystemId": "fs-0000000000000000a",
                    "Lifecycle": "CREATED",
                    "Name": "vol1",
                    "OntapConfiguration": {
                        "JunctionPath": "/vol1",
                        "SizeInMegabytes": 2048,
                        "StorageEfficiencyEnabled": true,
                        "TieringPolicy": {"CoolingPeriod": 31, "Name": "AUTO"}
                    },
                    "VolumeId": "fsvol-0000000000000000a",
                    "VolumeType": "ONTAP",
                    "AdministrativeActions": []
                }
            }
        ],
        "NextToken": "page-2"
    })
}

#[tokio::test]
async fn rich_describe_backups_response_comes_back_member_for_member() {
    let t = MockTransport::new();
    let body = canned_response();
    t.push_json(200, body.to_string());
    let out = client(&t)
        .describe_backups(
            DescribeBackupsRequest::builder()
                .backup_ids(vec!["backup-0000000000000001".to_owned()])
                .max_results(2)
                .next_token("page-1")
                .build(),
        )
        .await
        .unwrap_or_else(|e| panic!("DescribeBackups failed: {e} ({e:?})"));

    // The request: awsJson 1.1 framing, members under their wire names.
    let req = t.last_request().expect("one request was sent");
    assert_eq!(req.header("x-amz-target"), Some(TARGET));
    assert_eq!(
        req.header("content-type"),
        Some("application/x-amz-json-1.1")
    );
    assert_eq!(
        req.body_json().expect("the body is JSON"),
        json!({"BackupIds": ["backup-0000000000000001"], "MaxResults": 2, "NextToken": "page-1"})
    );

    assert_eq!(out.next_token.as_deref(), Some("page-2"));
    let backups = out.backups.as_deref().expect("Backups is present");
    assert_eq!(backups.len(), 2);

    // Spot checks with the generated types, down the recursive chain.
    let b = &backups[0];
    assert_eq!(b.lifecycle, Some(BackupLifecycle::Available));
    assert_eq!(b.r#type, Some(BackupType::Automatic));
    assert_eq!(b.resource_type, Some(ResourceType::FileSystem));
    assert_eq!(b.size_in_bytes, Some(BIG));
    assert_eq!(
        b.creation_time,
        Some(DateTime::from_secs_and_nanos(1_700_000_200, 125_000_000))
    );
    let fs = b.file_system.as_ref().expect("FileSystem is present");
    assert_eq!(fs.file_system_type, Some(FileSystemType::Lustre));
    assert_eq!(fs.lifecycle, Some(FileSystemLifecycle::Available));
    assert_eq!(fs.storage_type, Some(StorageType::Ssd));
    assert_eq!(
        fs.creation_time,
        Some(DateTime::from_secs_and_nanos(1_700_000_000, 500_000_000))
    );
    let lustre = fs
        .lustre_configuration
        .as_ref()
        .expect("LustreConfiguration");
    assert_eq!(
        lustre.deployment_type,
        Some(LustreDeploymentType::Persistent2)
    );
    assert_eq!(lustre.data_compression_type, Some(DataCompressionType::Lz4));
    assert_eq!(lustre.copy_tags_to_backups, Some(true));
    assert_eq!(lustre.efa_enabled, Some(false));
    let repo = lustre.data_repository_configuration.as_ref().expect("DRA");
    assert_eq!(repo.lifecycle, Some(DataRepositoryLifecycle::Available));
    assert_eq!(
        repo.auto_import_policy,
        Some(AutoImportPolicyType::NewChanged)
    );
    let log = lustre.log_configuration.as_ref().expect("LogConfiguration");
    assert_eq!(log.level, Some(LustreAccessAuditLogLevel::WarnError));

    let actions = fs.administrative_actions.as_deref().expect("actions");
    assert_eq!(actions.len(), 1);
    let action = &actions[0];
    assert_eq!(
        action.administrative_action_type,
        Some(AdministrativeActionType::FileSystemUpdate)
    );
    assert_eq!(action.status, Some(Status::InProgress));
    assert_eq!(action.total_transfer_bytes, Some(BIG));
    assert_eq!(
        action.request_time,
        Some(DateTime::from_secs_and_nanos(1_700_000_100, 250_000_000))
    );
    let level2 = action.target_file_system_values.as_ref().expect("level 2");
    assert_eq!(level2.storage_capacity, Some(2400));
    let level2_actions = level2.administrative_actions.as_deref().expect("actions");
    assert_eq!(level2_actions[0].status, Some(Status::Pending));
    let level3 = level2_actions[0]
        .target_file_system_values
        .as_ref()
        .expect("level 3");
    assert_eq!(
        level3.file_system_id.as_deref(),
        Some("fs-00000000000000003")
    );
    assert_eq!(level3.administrative_actions.as_deref(), Some(&[][..]));

    let v = &backups[1];
    assert_eq!(
        v.lifecycle,
        Some(BackupLifecycle::Unknown(
            "ARCHIVED_IN_THE_FUTURE".to_owned()
        )),
        "an enum value newer than the model is kept, not rejected"
    );
    assert_eq!(v.creation_time, Some(DateTime::from_secs(1_700_000_300)));
    let volume = v.volume.as_ref().expect("Volume is present");
    assert_eq!(volume.lifecycle, Some(VolumeLifecycle::Created));
    assert_eq!(volume.volume_type, Some(VolumeType::Ontap));
    let ontap = volume.ontap_configuration.as_ref().expect("ONTAP config");
    assert_eq!(ontap.size_in_megabytes, Some(2048));
    let tiering = ontap.tiering_policy.as_ref().expect("TieringPolicy");
    assert_eq!(tiering.name, Some(TieringPolicyName::Auto));
    assert_eq!(tiering.cooling_period, Some(31));

    // Everything else: writing the parsed value in the protocol's wire form gives back exactly the JSON
    // that was received, so no member was dropped, renamed or rounded anywhere in the tree.
    use fsx::runtime::codec::json;
    let wire = json::to_vec(&out, json::Settings::AWS_JSON).expect("the response serializes");
    let round_trip: Value = serde_json::from_slice(&wire).expect("the written response is JSON");
    assert_eq!(round_trip, body);
}

#[tokio::test]
async fn members_the_model_lacks_are_ignored_and_null_is_absent() {
    let t = MockTransport::new();
    // moto's spelling of a backup: extra top-level members, and a null NextToken.
    t.push_json(
        200,
        json!({
            "Backups": [{
                "BackupId": "backup-1",
                "FileSystemId": "fs-1",
                "ClientRequestToken": "token",
                "Lifecycle": "CREATING",
                "CreationTime": 1_700_000_000.123_456,
                "Tags": []
            }],
            "NextToken": null
        })
        .to_string(),
    );
    let out = client(&t)
        .describe_backups(DescribeBackupsRequest::builder().build())
        .await
        .unwrap_or_else(|e| panic!("DescribeBackups failed: {e} ({e:?})"));
    assert_eq!(out.next_token, None);
    let b = &out.backups.expect("Backups")[0];
    assert_eq!(b.lifecycle, Some(BackupLifecycle::Creating));
    assert_eq!(
        b.creation_time,
        Some(DateTime::from_secs_and_nanos(1_700_000_000, 123_456_000))
    );
    assert_eq!(b.tags.as_deref(), Some(&[][..]));
}

#[tokio::test]
async fn a_malformed_member_deep_in_the_tree_is_an_error_that_says_where() {
    let mut body = canned_response();
    // A timestamp as a string where awsJson sends epoch seconds, three levels down.
    body["Backups"][0]["FileSystem"]["AdministrativeActions"][0]["TargetFileSystemValues"]["CreationTime"] =
        json!("yesterday");
    let t = MockTransport::new();
    t.push_json(200, body.to_string());
    let err = client(&t)
        .describe_backups(DescribeBackupsRequest::builder().build())
        .await
        .expect_err("a string is not an epoch-seconds timestamp");
    assert!(
        matches!(err, DescribeBackupsError::Dispatch(_)),
        "a bad response is a dispatch error, not a service error: {err:?}"
    );
    let text = err.to_string();
    assert!(
        text.contains("TargetFileSystemValues") && text.contains("CreationTime"),
        "the error names the path to the bad member: {text}"
    );
}
