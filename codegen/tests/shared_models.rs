//! Every real AWS model in ../shared/models/aws loads and resolves, and some facts about them hold.

use std::path::PathBuf;

use codegen::resolve::{Model, ShapeId, ShapeKind};

fn models_dir() -> PathBuf {
    let dir = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../../shared/models/aws"));
    assert!(
        dir.is_dir(),
        "the shared AWS models are missing: expected them at {} (the repository must sit next to ../shared)",
        dir.display()
    );
    dir
}

fn load(name: &str) -> Model {
    let path = models_dir().join(name);
    let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
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
    assert!(names.len() >= 13, "expected the 13 shared AWS models, found {names:?}");
    for name in &names {
        let m = load(name);
        let (sid, svc) = m.service().unwrap_or_else(|| panic!("{name}: no service"));
        assert!(!svc.operations.is_empty(), "{name}: no operations");
        let closure = m.closure(sid, None).unwrap_or_else(|e| panic!("{e}"));
        assert!(closure.len() > svc.operations.len(), "{name}");
        for op in &svc.operations {
            let Some(ShapeKind::Operation(_)) = m.shape(op).map(|s| &s.kind) else { panic!("{name}: {op}") };
        }
    }
}
