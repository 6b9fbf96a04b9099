//! The direct HTML-to-Markdown converter (codegen/src/docs/direct.rs) gives htmd's Markdown byte for byte
//! for every documentation text of the shared AWS models, and falls back to htmd for few of them.
//!
//! Run with `--nocapture` to see the fallback rate. Fails loudly when ../shared is missing.
mod shared_data;

use std::collections::BTreeSet;
use std::path::PathBuf;

fn models_dir() -> PathBuf {
    shared_data::shared_dir("models/aws", "the shared AWS models")
}

/// Every `smithy.api#documentation` value anywhere in a JSON AST (shapes, members, enum values).
fn collect_docs(value: &serde_json::Value, out: &mut BTreeSet<String>) {
    match value {
        serde_json::Value::Object(map) => {
            for (key, v) in map {
                match (key.as_str(), v) {
                    ("smithy.api#documentation", serde_json::Value::String(doc)) => {
                        out.insert(doc.clone());
                    }
                    _ => collect_docs(v, out),
                }
            }
        }
        serde_json::Value::Array(items) => items.iter().for_each(|v| collect_docs(v, out)),
        _ => {}
    }
}

fn shared_docs() -> BTreeSet<String> {
    let mut names: Vec<PathBuf> = std::fs::read_dir(models_dir())
        .expect("the shared models folder is readable")
        .filter_map(|e| Some(e.ok()?.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    names.sort();
    assert!(
        names.len() >= 13,
        "expected the 13 shared AWS models, found {names:?}"
    );
    let mut docs = BTreeSet::new();
    for path in &names {
        let bytes =
            std::fs::read(path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
        let json: serde_json::Value = serde_json::from_slice(&bytes)
            .unwrap_or_else(|e| panic!("{} is not JSON: {e}", path.display()));
        collect_docs(&json, &mut docs);
    }
    docs
}

#[test]
fn direct_conversion_equals_htmd_on_every_shared_doc() {
    let docs = shared_docs();
    assert!(
        docs.len() > 10_000,
        "expected the shared models' documentation texts, found {}",
        docs.len()
    );
    let (mut html, mut direct) = (0usize, 0usize);
    let mut mismatches = Vec::new();
    for doc in &docs {
        let Some((htmd, fast)) = codegen::docs::html_conversions(doc) else {
            continue;
        };
        html += 1;
        if let Some(fast) = fast {
            direct += 1;
            if fast != htmd {
                mismatches.push(format!(
                    "--- doc:\n{doc}\n--- htmd:\n{htmd:?}\n--- direct:\n{fast:?}\n"
                ));
            }
        }
    }
    let fallback = html - direct;
    println!(
        "{} documentation texts, {html} with HTML: {direct} converted directly, {fallback} fell back to htmd ({:.2} %)",
        docs.len(),
        100.0 * fallback as f64 / html as f64
    );
    assert!(
        mismatches.is_empty(),
        "{} texts convert differently:\n{}",
        mismatches.len(),
        mismatches
            .iter()
            .take(5)
            .cloned()
            .collect::<Vec<_>>()
            .join("\n")
    );
    // The direct path is the point: a change that makes most texts fall back is a regression too.
    assert!(
        fallback * 20 < html,
        "{fallback} of {html} texts fell back to htmd"
    );
}
