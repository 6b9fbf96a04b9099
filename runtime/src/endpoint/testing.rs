//! Checkers for the `smithy.rules#endpointTests` that the generator turns into tests of each generated crate:
//! one place for the comparison, so each generated test is a single call.

use super::{Endpoint, LazyRuleSet, Params, ResolveError, Value};

fn resolve(rules: &LazyRuleSet, params: &[(&str, Value)]) -> Result<Endpoint, ResolveError> {
    let params: Params = params
        .iter()
        .map(|(k, v)| ((*k).to_owned(), v.clone()))
        .collect();
    match rules.get() {
        Ok(rules) => rules.resolve(&params),
        Err(e) => panic!("the embedded rule set does not parse: {e}"),
    }
}

/// Asserts that `params` resolve to `url`, with the `headers` and `properties` given as JSON text.
#[track_caller]
pub fn expect_endpoint(
    rules: &LazyRuleSet,
    params: &[(&str, Value)],
    url: &str,
    headers: &str,
    properties: &str,
) {
    let endpoint = match resolve(rules, params) {
        Ok(e) => e,
        Err(e) => panic!(
            "the rule set must resolve {params:?}, but says: {}",
            e.message()
        ),
    };
    assert_eq!(endpoint.url, url, "url for {params:?}");
    let want: serde_json::Value = serde_json::from_str(headers).expect("test headers are JSON");
    let got = serde_json::to_value(&endpoint.headers).expect("headers are JSON");
    assert_eq!(got, want, "headers for {params:?}");
    let want: serde_json::Value =
        serde_json::from_str(properties).expect("test properties are JSON");
    assert_eq!(
        serde_json::Value::Object(endpoint.properties),
        want,
        "properties for {params:?}"
    );
}

/// Asserts that the rule set rejects `params` with exactly `message`.
#[track_caller]
pub fn expect_error(rules: &LazyRuleSet, params: &[(&str, Value)], message: &str) {
    match resolve(rules, params) {
        Ok(e) => panic!(
            "the rule set must reject {params:?}, but resolves to {}",
            e.url
        ),
        Err(e) => assert_eq!(e.message(), message, "error for {params:?}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    static RULES: LazyRuleSet = LazyRuleSet::new(
        r#"{"version":"1.0","parameters":{"Endpoint":{"type":"String","builtIn":"SDK::Endpoint","required":false}},
            "rules":[{"conditions":[{"fn":"isSet","argv":[{"ref":"Endpoint"}]}],
                      "endpoint":{"url":{"ref":"Endpoint"}},"type":"endpoint"},
                     {"conditions":[],"error":"no endpoint","type":"error"}]}"#,
    );

    #[test]
    fn passes_on_a_match() {
        expect_endpoint(
            &RULES,
            &[("Endpoint", "https://x.example".into())],
            "https://x.example",
            "{}",
            "{}",
        );
        expect_error(&RULES, &[], "no endpoint");
    }

    #[test]
    #[should_panic(expected = "url for")]
    fn fails_on_another_url() {
        expect_endpoint(
            &RULES,
            &[("Endpoint", "https://x.example".into())],
            "https://y.example",
            "{}",
            "{}",
        );
    }

    #[test]
    #[should_panic(expected = "must reject")]
    fn fails_when_an_error_was_expected() {
        expect_error(
            &RULES,
            &[("Endpoint", "https://x.example".into())],
            "no endpoint",
        );
    }
}
