//! Every JMESPath expression of every waiter in the shared AWS models parses with the runtime's subset, so
//! no generated waiter fails at run time on its own acceptors.

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
}
