//! Runs every `smithy.rules#endpointTests` case of the shared AWS models against the rule set of
//! the same model. The models are the oracle: this is the rules engine's conformance test.
#![cfg(feature = "endpoints")]

use std::collections::BTreeMap;
use std::path::Path;

use serde_json::Value as Json;
use smithy_runtime::endpoint::{Params, RuleSet, Value};

const MODELS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../shared/models/aws");

struct ModelResult {
    file: String,
    passed: usize,
    total: usize,
    failures: Vec<String>,
    note: &'static str,
}

fn to_params(doc: &Json) -> Result<Params, String> {
    let mut params = Params::new();
    let Some(obj) = doc.as_object() else {
        return Ok(params);
    };
    for (k, v) in obj {
        let value = match v {
            Json::String(s) => Value::String(s.clone()),
            Json::Bool(b) => Value::Bool(*b),
            Json::Array(items) => Value::StringArray(
                items
                    .iter()
                    .map(|i| {
                        i.as_str()
                            .map(str::to_owned)
                            .ok_or(format!("param {k}: non-string item"))
                    })
                    .collect::<Result<_, _>>()?,
            ),
            other => return Err(format!("param {k}: unsupported value {other}")),
        };
        params.insert(k.clone(), value);
    }
    Ok(params)
}

fn run_case(rules: &RuleSet, case: &Json) -> Result<(), String> {
    let params = to_params(case.get("params").unwrap_or(&Json::Null))?;
    let expect = case.get("expect").ok_or("test case without `expect`")?;
    let outcome = rules.resolve(&params);
    if let Some(want) = expect.get("error") {
        let want = want.as_str().ok_or("expect.error is not a string")?;
        return match outcome {
            Err(e) if e.message() == want => Ok(()),
            Err(e) => Err(format!(
                "expected error {want:?}, got error {:?}",
                e.message()
            )),
            Ok(ep) => Err(format!("expected error {want:?}, got endpoint {}", ep.url)),
        };
    }
    let want = expect
        .get("endpoint")
        .ok_or("expect has neither `error` nor `endpoint`")?;
    let got = outcome.map_err(|e| format!("expected endpoint, got error {:?}", e.message()))?;
    let want_url = want
        .get("url")
        .and_then(Json::as_str)
        .ok_or("expect.endpoint.url missing")?;
    if got.url != want_url {
        return Err(format!("url: expected {want_url}, got {}", got.url));
    }
    let empty = Json::Object(Default::default());
    let want_headers: BTreeMap<String, Vec<String>> =
        serde_json::from_value(want.get("headers").unwrap_or(&empty).clone())
            .map_err(|e| format!("expect.endpoint.headers: {e}"))?;
    if got.headers != want_headers {
        return Err(format!(
            "headers: expected {want_headers:?}, got {:?}",
            got.headers
        ));
    }
    let want_props = want.get("properties").unwrap_or(&empty);
    let got_props = Json::Object(got.properties.clone());
    if &got_props != want_props {
        return Err(format!(
            "properties: expected {want_props}, got {got_props}"
        ));
    }
    Ok(())
}

fn run_model(path: &Path) -> ModelResult {
    let file = path
        .file_name()
        .map(|f| f.to_string_lossy().into_owned())
        .unwrap_or_default();
    let text =
        std::fs::read_to_string(path).unwrap_or_else(|e| panic!("reading {}: {e}", path.display()));
    let model: Json =
        serde_json::from_str(&text).unwrap_or_else(|e| panic!("{file} is not JSON: {e}"));
    let shapes = model["shapes"]
        .as_object()
        .unwrap_or_else(|| panic!("{file}: no shapes"));
    let service = shapes
        .values()
        .find(|s| s["type"] == "service")
        .unwrap_or_else(|| panic!("{file}: no service shape"));
    let traits = &service["traits"];
    let Some(rule_set) = traits.get("smithy.rules#endpointRuleSet") else {
        return ModelResult {
            file,
            passed: 0,
            total: 0,
            failures: vec![],
            note: "no endpointRuleSet trait",
        };
    };
    let rules = RuleSet::from_value(rule_set).unwrap_or_else(|e| panic!("{file}: {e}"));
    let cases = traits["smithy.rules#endpointTests"]["testCases"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    let mut failures = Vec::new();
    for (i, case) in cases.iter().enumerate() {
        if let Err(why) = run_case(&rules, case) {
            let doc = case
                .get("documentation")
                .and_then(Json::as_str)
                .unwrap_or("");
            failures.push(format!("{file} case {i} ({doc}): {why}"));
        }
    }
    ModelResult {
        file,
        passed: cases.len() - failures.len(),
        total: cases.len(),
        failures,
        note: "",
    }
}

#[test]
fn endpoint_tests_of_every_shared_model() {
    let dir = Path::new(MODELS);
    let entries = std::fs::read_dir(dir).unwrap_or_else(|e| {
        panic!("shared AWS models not found at {} ({e}); the endpoint conformance test needs ../shared", dir.display())
    });
    let mut paths: Vec<_> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    paths.sort();
    assert!(!paths.is_empty(), "no *.json models in {}", dir.display());

    let results: Vec<ModelResult> = paths.iter().map(|p| run_model(p)).collect();
    println!("{:<28} {:>7} {:>7}", "model", "passed", "total");
    for r in &results {
        println!("{:<28} {:>7} {:>7} {}", r.file, r.passed, r.total, r.note);
    }
    let (passed, total) = results
        .iter()
        .fold((0, 0), |(p, t), r| (p + r.passed, t + r.total));
    println!("{:<28} {passed:>7} {total:>7}", "TOTAL");
    let failures: Vec<&String> = results.iter().flat_map(|r| &r.failures).collect();
    for f in failures.iter().take(40) {
        println!("FAIL {f}");
    }
    assert!(
        failures.iter().all(|f| !f.contains("unsupported function")),
        "a model uses a function the engine lacks"
    );
    let fsx = results
        .iter()
        .find(|r| r.file == "fsx.json")
        .expect("fsx.json is one of the shared models");
    assert_eq!((fsx.passed, fsx.total), (52, 52), "fsx endpoint tests");
    assert!(total > 0, "no endpoint test cases found at all");
    assert!(
        failures.is_empty(),
        "{} of {total} endpoint test cases failed",
        failures.len()
    );
}
