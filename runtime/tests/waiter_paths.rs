//! Every JMESPath expression of every waiter and every `@operationContextParams` path in the shared AWS
//! models parses with the runtime's one JMESPath implementation, so no generated waiter or endpoint
//! binding fails at run time on its own model's expressions.

use std::path::Path;

use smithy_runtime::jmespath::Expression;

#[test]
fn every_waiter_path_in_the_shared_models_parses() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../shared/models/aws");
    let entries = std::fs::read_dir(&dir).unwrap_or_else(|e| {
        panic!(
            "MISSING ../shared: {} cannot be read ({e}); the waiter paths are not checked",
            dir.display()
        )
    });
    let mut checked = 0;
    let mut context_paths = 0;
    for entry in entries {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|x| x != "json") {
            continue;
        }
        let model: serde_json::Value =
            serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
        let Some(shapes) = model["shapes"].as_object() else {
            continue;
        };
        for (id, shape) in shapes {
            if let Some(params) = shape["traits"]["smithy.rules#operationContextParams"].as_object()
            {
                for (name, p) in params {
                    let text = p["path"].as_str().unwrap();
                    Expression::parse(text).unwrap_or_else(|e| panic!("{id} {name}: {e}"));
                    context_paths += 1;
                }
            }
            let Some(waiters) = shape["traits"]["smithy.waiters#waitable"].as_object() else {
                continue;
            };
            for (name, w) in waiters {
                for a in w["acceptors"].as_array().unwrap() {
                    for kind in ["output", "inputOutput"] {
                        if let Some(p) = a["matcher"][kind]["path"].as_str() {
                            Expression::parse(p).unwrap_or_else(|e| panic!("{id} {name}: {e}"));
                            checked += 1;
                        }
                    }
                }
            }
        }
    }
    assert!(
        checked > 50,
        "only {checked} waiter paths found in {}",
        dir.display()
    );
    // DynamoDB has four.
    assert!(
        context_paths >= 4,
        "only {context_paths} operationContextParams paths found in {}",
        dir.display()
    );
}
