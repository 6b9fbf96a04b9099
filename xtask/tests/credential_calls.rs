//! The credential chain makes its STS and SSO-portal calls through the runtime's own protocol layer with
//! static schemas written in the runtime (it cannot depend on generated crates). This test lowers the
//! models of those services with the generator and holds every such schema, operation and service to
//! what the generator would emit: member order, wire names, HTTP locations, timestamp formats, the HTTP
//! binding, signing, the sdkId. The SSO model is ours (`runtime/models/sso-portal.json`); STS is the real
//! model in `../shared/models/aws/sts.json`, and the test fails loudly without it.

use codegen::ir::{self, TypeKind};
use smithy_runtime as rt;
use std::path::PathBuf;

fn lower(path: &PathBuf, operations: &[&str]) -> ir::Crate {
    let bytes = std::fs::read(path).unwrap_or_else(|e| {
        panic!(
            "{} is missing ({e}): this test needs it (../shared is the reference data of the repository)",
            path.display()
        )
    });
    let source = path.display().to_string();
    let model = codegen::load(&bytes, &source).unwrap_or_else(|d| panic!("{d}"));
    let settings = codegen::Settings {
        package: "check".into(),
        source,
        service: None,
        operations: Some(operations.iter().map(|s| s.to_string()).collect()),
        runtime_dependency: "path = \"/rt\"".into(),
        standalone: true,
    };
    ir::lower(&model, &settings).unwrap_or_else(|d| panic!("{d}"))
}

/// What a member's description says on the wire, in one comparable form for both sides.
fn wire_of_ir(w: &ir::WireMember) -> String {
    format!(
        "{} json={:?} xml={:?} attr={} flat={} ns={:?} ec2={:?} query={:?} item={:?} {:?} key={:?} {:?} at={:?} ts={:?} token={} host={} media={:?}",
        w.name,
        w.json_name,
        w.xml_name,
        w.xml_attribute,
        w.xml_flattened,
        w.xml_namespace,
        w.ec2_query_name,
        w.query_name,
        w.xml_item,
        w.xml_item_namespace,
        w.xml_key,
        w.xml_key_namespace,
        w.location,
        w.timestamp_format,
        w.idempotency_token,
        w.host_label,
        w.media_type
    )
}

fn owned(ns: Option<(&str, Option<&str>)>) -> Option<(String, Option<String>)> {
    ns.map(|(uri, prefix)| (uri.to_owned(), prefix.map(str::to_owned)))
}

fn wire_of_runtime(m: &rt::Member) -> String {
    format!(
        "{} json={:?} xml={:?} attr={} flat={} ns={:?} ec2={:?} query={:?} item={:?} {:?} key={:?} {:?} at={:?} ts={:?} token={} host={} media={:?}",
        m.name,
        m.json_name,
        m.xml_name,
        m.xml_attribute,
        m.xml_flattened,
        owned(m.xml_namespace),
        m.ec2_query_name,
        m.query_name,
        m.xml_item,
        owned(m.xml_item_namespace),
        m.xml_key,
        owned(m.xml_key_namespace),
        m.location,
        m.timestamp_format,
        m.idempotency_token,
        m.host_label,
        m.media_type
    )
}

fn check(krate: &ir::Crate, call: &rt::DescribedCall) {
    let op_name = call.operation.name;
    let service = krate.service.as_ref().expect("the model has a service");
    assert_eq!(service.sdk_id, call.service.sdk_id, "{op_name}: sdkId");
    assert_eq!(
        service.signing_name.as_deref(),
        Some(call.service.signing_name),
        "{op_name}: signing name"
    );
    assert_eq!(
        service.version, call.service.api_version,
        "{op_name}: API version"
    );
    assert_eq!(
        service.protocol.name(),
        call.service.protocol.name(),
        "{op_name}: protocol"
    );
    let op = krate
        .operations
        .iter()
        .find(|o| *o.id.name == *op_name)
        .unwrap_or_else(|| panic!("{op_name} is not in the model"));
    let auth = match op.auth {
        ir::Auth::SigV4 => rt::Auth::SigV4,
        ir::Auth::Optional => rt::Auth::Optional,
        ir::Auth::None => rt::Auth::None,
    };
    // STS's model predates `@auth([])` on AssumeRoleWithWebIdentity; the API takes it unsigned.
    let unsigned_by_api = op_name == "AssumeRoleWithWebIdentity";
    if !unsigned_by_api {
        assert_eq!(auth, call.operation.auth, "{op_name}: auth");
    }
    let http = &call.operation.http;
    assert_eq!(op.binding.method, http.method, "{op_name}: method");
    assert_eq!(op.binding.code, http.code, "{op_name}: success code");
    assert_eq!(op.binding.query, http.query, "{op_name}: literal query");
    let path: Vec<String> = http.path.iter().map(|p| format!("{p:?}")).collect();
    let want: Vec<String> = op.binding.path.iter().map(|p| format!("{p:?}")).collect();
    assert_eq!(path, want, "{op_name}: URI path");

    for schema in call.schemas {
        let t = krate
            .types
            .iter()
            .find(|t| *t.id.name == *schema.name)
            .unwrap_or_else(|| panic!("{op_name}: the model has no structure {}", schema.name));
        let TypeKind::Struct(s) = &t.kind else {
            panic!("{}: not a structure in the model", schema.name)
        };
        let model: Vec<String> = s.fields.iter().map(|f| wire_of_ir(&f.wire)).collect();
        let ours: Vec<String> = schema.members.iter().map(wire_of_runtime).collect();
        // The runtime may describe fewer members than the model has (those it never sends or reads),
        // but each one it describes must be the model's, in the model's order.
        let mut next = 0;
        for m in &ours {
            let at = model[next..]
                .iter()
                .position(|x| x == m)
                .unwrap_or_else(|| {
                    panic!(
                        "{op_name}: {} member\n  {m}\nis not the model's (or out of order); the model has\n  {}",
                        schema.name,
                        model.join("\n  ")
                    )
                });
            next += at + 1;
        }
    }
}

#[test]
fn the_chains_own_calls_match_the_models() {
    let root = xtask::repo_root();
    let calls = rt::service_calls();
    assert!(!calls.is_empty());
    for call in &calls {
        let (path, ops): (PathBuf, &[&str]) = match call.service.sdk_id {
            "SSO" => (
                root.join("runtime/models/sso-portal.json"),
                &["GetRoleCredentials"],
            ),
            "STS" => (
                root.join("../shared/models/aws/sts.json"),
                &["AssumeRole", "AssumeRoleWithWebIdentity"],
            ),
            other => panic!("no model known for {other}"),
        };
        check(&lower(&path, ops), call);
    }
}
