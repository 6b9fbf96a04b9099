//! Cost of endpoint resolution with the interpreted rules engine, on real rule sets from the
//! shared AWS models: the one-time parse and a per-call resolve.
//!
//! `cargo bench -p smithy-runtime --no-default-features --features endpoints --bench endpoint`

use std::hint::black_box;
use std::sync::OnceLock;

use serde_json::Value as Json;
use smithy_runtime::endpoint::{BuiltIns, Params, RuleSet, Value};

fn main() {
    divan::main();
}

/// The rule set JSON of a shared model, as a generated crate would embed it.
fn rule_set_json(model: &str) -> String {
    let path = format!(
        "{}/../../shared/models/aws/{model}",
        env!("CARGO_MANIFEST_DIR")
    );
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!("shared model {path} missing ({e}); the benchmark needs ../shared")
    });
    let doc: Json = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{path}: {e}"));
    let rules = doc["shapes"]
        .as_object()
        .and_then(|s| {
            s.values()
                .find_map(|v| v["traits"].get("smithy.rules#endpointRuleSet"))
        })
        .unwrap_or_else(|| panic!("{path} has no endpoint rule set"));
    rules.to_string()
}

fn fsx_json() -> &'static str {
    static JSON: OnceLock<String> = OnceLock::new();
    JSON.get_or_init(|| rule_set_json("fsx.json"))
}

fn s3_json() -> &'static str {
    static JSON: OnceLock<String> = OnceLock::new();
    JSON.get_or_init(|| rule_set_json("s3.json"))
}

fn fsx() -> &'static RuleSet {
    static RULES: OnceLock<RuleSet> = OnceLock::new();
    RULES.get_or_init(|| RuleSet::from_json(fsx_json()).expect("fsx rule set parses"))
}

fn s3() -> &'static RuleSet {
    static RULES: OnceLock<RuleSet> = OnceLock::new();
    RULES.get_or_init(|| RuleSet::from_json(s3_json()).expect("s3 rule set parses"))
}

fn params(pairs: &[(&str, Value)]) -> Params {
    pairs
        .iter()
        .map(|(k, v)| ((*k).to_owned(), v.clone()))
        .collect()
}

#[divan::bench]
fn parse_fsx_rule_set(b: divan::Bencher) {
    let json = fsx_json();
    b.bench(|| RuleSet::from_json(black_box(json)));
}

#[divan::bench]
fn parse_s3_rule_set(b: divan::Bencher) {
    let json = s3_json();
    b.bench(|| RuleSet::from_json(black_box(json)));
}

#[divan::bench]
fn resolve_fsx_us_east_1(b: divan::Bencher) {
    let rules = fsx();
    let p = params(&[("Region", "us-east-1".into())]);
    assert_eq!(
        rules.resolve(&p).map(|e| e.url).ok().as_deref(),
        Some("https://fsx.us-east-1.amazonaws.com")
    );
    b.bench(|| rules.resolve(black_box(&p)));
}

#[divan::bench]
fn resolve_fsx_fips_dual_stack(b: divan::Bencher) {
    let rules = fsx();
    let p = params(&[
        ("Region", "us-east-1".into()),
        ("UseFIPS", true.into()),
        ("UseDualStack", true.into()),
    ]);
    assert_eq!(
        rules.resolve(&p).map(|e| e.url).ok().as_deref(),
        Some("https://fsx-fips.us-east-1.api.aws")
    );
    b.bench(|| rules.resolve(black_box(&p)));
}

/// What a client does per call: bind the configuration, then resolve.
#[divan::bench]
fn bind_and_resolve_fsx(b: divan::Bencher) {
    let rules = fsx();
    let built_ins = BuiltIns {
        region: Some("eu-west-1".into()),
        ..BuiltIns::default()
    };
    b.bench(|| rules.resolve(&rules.bind(black_box(&built_ins), Params::new())));
}

#[divan::bench]
fn resolve_s3_virtual_hosted_bucket(b: divan::Bencher) {
    let rules = s3();
    let p = params(&[
        ("Region", "us-west-2".into()),
        ("Bucket", "my-bucket".into()),
    ]);
    assert_eq!(
        rules.resolve(&p).map(|e| e.url).ok().as_deref(),
        Some("https://my-bucket.s3.us-west-2.amazonaws.com")
    );
    b.bench(|| rules.resolve(black_box(&p)));
}

#[divan::bench]
fn resolve_s3_access_point_arn(b: divan::Bencher) {
    let rules = s3();
    let p = params(&[
        ("Region", "us-west-2".into()),
        (
            "Bucket",
            "arn:aws:s3:us-west-2:123456789012:accesspoint:myendpoint".into(),
        ),
    ]);
    assert!(rules.resolve(&p).is_ok());
    b.bench(|| rules.resolve(black_box(&p)));
}
