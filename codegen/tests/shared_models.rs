//! Every real AWS model in ../shared/models/aws loads and resolves, and some facts about them hold.

mod shared_data;

use std::path::PathBuf;

use codegen::resolve::{Model, ShapeId, ShapeKind};

fn models_dir() -> PathBuf {
    shared_data::shared_dir("models/aws", "the shared AWS models")
}

fn load(name: &str) -> Model {
    let path = models_dir().join(name);
    let bytes =
        std::fs::read(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    codegen::load(&bytes, name).unwrap_or_else(|e| panic!("{e}"))
}

fn id(s: &str) -> ShapeId {
    s.parse().unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn every_shared_model_loads() {
    let mut names: Vec<String> = std::fs::read_dir(models_dir())
        .expect("the shared models folder is readable")
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| n.ends_with(".json"))
        .collect();
    names.sort();
    assert!(
        names.len() >= 13,
        "expected the 13 shared AWS models, found {names:?}"
    );
    for name in &names {
        let m = load(name);
        let (sid, svc) = m.service().unwrap_or_else(|| panic!("{name}: no service"));
        assert!(!svc.operations.is_empty(), "{name}: no operations");
        let closure = m.closure(sid, None).unwrap_or_else(|e| panic!("{e}"));
        assert!(closure.len() > svc.operations.len(), "{name}");
        for op in &svc.operations {
            let Some(ShapeKind::Operation(_)) = m.shape(op).map(|s| &s.kind) else {
                panic!("{name}: {op}")
            };
        }
    }
}

fn member<'a>(m: &'a Model, shape: &str, name: &str) -> &'a codegen::resolve::Member {
    match m.shape(&id(shape)).map(|s| &s.kind) {
        Some(ShapeKind::Structure(ms) | ShapeKind::Union(ms)) => ms
            .iter()
            .find(|x| x.name == name)
            .unwrap_or_else(|| panic!("{shape} has no member {name}")),
        other => panic!("{shape} is not a structure: {other:?}"),
    }
}

#[test]
fn fsx_facts() {
    let m = load("fsx.json");
    let (sid, svc) = m.service().expect("fsx has a service");
    assert_eq!(
        sid.to_string(),
        "com.amazonaws.fsx#AWSSimbaAPIService_v20180301"
    );
    assert_eq!(svc.operations.len(), 45);
    assert_eq!(m.smithy_version, "2.0");
    let Some(ShapeKind::Operation(op)) = m
        .shape(&id("com.amazonaws.fsx#DeleteBackup"))
        .map(|s| &s.kind)
    else {
        panic!("DeleteBackup is not an operation")
    };
    assert_eq!(op.errors.len(), 7, "{:?}", op.errors);
    assert_eq!(op.input, id("com.amazonaws.fsx#DeleteBackupRequest"));
    // Required, but in an @input structure: optional for a client.
    let backup_id = member(&m, "com.amazonaws.fsx#DeleteBackupRequest", "BackupId");
    assert!(backup_id.traits.is_required());
    assert!(backup_id.optional);
    // The cycle AdministrativeAction -> FileSystem -> AdministrativeActions (list) passes through a list.
    assert!(
        !m.boxed_members
            .iter()
            .any(|(s, _)| &*s.name == "AdministrativeAction" || &*s.name == "FileSystem")
    );
    let closure = m
        .closure(sid, Some(&["DeleteBackup".to_string()]))
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(closure.contains(&id("com.amazonaws.fsx#BackupNotFound")));
    assert!(!closure.contains(&id("com.amazonaws.fsx#CreateBackup")));
    let err = m
        .closure(sid, Some(&["Nope".to_string()]))
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("`Nope` is not an operation") && err.contains("DeleteBackup"),
        "{err}"
    );
    let svc_shape = m.shape(sid).expect("service shape");
    assert_eq!(
        svc_shape.traits.aws_service().map(|s| s.sdk_id),
        Some("FSx".to_string())
    );
    assert_eq!(
        svc_shape.traits.protocol(),
        Some(codegen::resolve::traits::Protocol::AwsJson1_1)
    );
    assert_eq!(svc_shape.traits.endpoint_tests().map(|t| t.len()), Some(52));
}

#[test]
fn ec2_is_smithy_1_0_normalised() {
    let m = load("ec2.json");
    assert_eq!(m.smithy_version, "1.0");
    let Some(ShapeKind::Enum(values)) = m
        .shape(&id("com.amazonaws.ec2#InstanceType"))
        .map(|s| &s.kind)
    else {
        panic!("InstanceType (a string with the enum trait) did not become an enum")
    };
    assert!(values.iter().any(|v| v.value == "t2.micro"));
    let enums = m
        .shapes
        .values()
        .filter(|s| matches!(s.kind, ShapeKind::Enum(_)))
        .count();
    assert!(enums > 100, "{enums}");
    // `com.amazonaws.ec2#Boolean` has no @box: in 1.0 that is a primitive, so non-optional with a zero default.
    let dry_run = member(&m, "com.amazonaws.ec2#DeleteVpcRequest", "DryRun");
    assert_eq!(dry_run.target, id("com.amazonaws.ec2#Boolean"));
    assert!(!dry_run.optional);
    assert_eq!(
        dry_run.traits.default_value(),
        Some(&serde_json::json!(false))
    );
    // So is the unboxed `com.amazonaws.ec2#Integer`; the boxed `CoreCount` stays optional.
    assert!(!member(&m, "com.amazonaws.ec2#CpuOptionsRequest", "CoreCount").optional);
    let cores = member(&m, "com.amazonaws.ec2#VCpuInfo", "DefaultCores");
    assert!(cores.optional && cores.traits.default_value().is_none());
}

#[test]
fn sagemaker_loads() {
    let m = load("sagemaker.json");
    let (_, svc) = m.service().expect("sagemaker has a service");
    assert!(svc.operations.len() > 300, "{}", svc.operations.len());
}

#[test]
fn sqs_errors_keep_their_query_codes() {
    let model = load("sqs.json");
    let settings = codegen::Settings {
        package: "sqs".into(),
        source: "sqs.json".into(),
        operations: Some(vec!["GetQueueUrl".into()]),
        service: None,
        runtime_dependency: "path = \"runtime\"".into(),
        standalone: false,
    };
    let krate = codegen::ir::lower(&model, &settings).expect("sqs lowers");
    let service = krate.service.as_ref().expect("a service");
    assert!(service.aws_query_compatible);
    let op = krate
        .operations
        .iter()
        .find(|o| o.wire == "GetQueueUrl")
        .expect("GetQueueUrl");
    let e = op
        .errors
        .iter()
        .find(|e| e.code == "QueueDoesNotExist")
        .expect("QueueDoesNotExist");
    assert_eq!(
        e.query_code.as_deref(),
        Some("AWS.SimpleQueueService.NonExistentQueue")
    );
}
