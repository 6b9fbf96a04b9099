/// The rule set from the model, parsed on first use.
pub(crate) static RULES: ::smithy_runtime::endpoint::LazyRuleSet = ::smithy_runtime::endpoint::LazyRuleSet::new(
    "{\"version\":\"1.0\",\"parameters\":{\"Endpoint\":{\"type\":\"String\",\"builtIn\":\"SDK::Endpoint\",\"required\":false,\"documentation\":\"The endpoint to send requests to. Kitchen Sink has no regional endpoints, so this must be set.\"}},\"rules\":[{\"type\":\"endpoint\",\"conditions\":[{\"fn\":\"isSet\",\"argv\":[{\"ref\":\"Endpoint\"}]}],\"endpoint\":{\"url\":{\"ref\":\"Endpoint\"}}},{\"type\":\"error\",\"conditions\":[],\"error\":\"Kitchen Sink has no default endpoint: set Endpoint\"}]}",
);
#[cfg(test)]
mod tests {
    use ::smithy_runtime::endpoint::{Endpoint, Params, ResolveError, Value};
    fn resolve(params: &[(&str, Value)]) -> Result<Endpoint, ResolveError> {
        let params: Params = params
            .iter()
            .map(|(k, v)| ((*k).to_owned(), v.clone()))
            .collect();
        super::RULES.get().expect("the embedded rule set parses").resolve(&params)
    }
    /// The parameters resolve to this URL, these headers and these properties (JSON).
    fn expect_endpoint(
        params: &[(&str, Value)],
        url: &str,
        headers: &str,
        properties: &str,
    ) {
        let endpoint = resolve(params)
            .expect("the rule set must resolve these parameters");
        assert_eq!(endpoint.url, url);
        let headers: ::serde_json::Value = ::serde_json::from_str(headers)
            .expect("test data is JSON");
        assert_eq!(
            ::serde_json::to_value(& endpoint.headers).expect("headers are JSON"),
            headers
        );
        let properties: ::serde_json::Value = ::serde_json::from_str(properties)
            .expect("test data is JSON");
        assert_eq!(::serde_json::Value::Object(endpoint.properties), properties);
    }
    /// The rule set rejects the parameters with exactly this message.
    fn expect_error(params: &[(&str, Value)], message: &str) {
        let err = resolve(params)
            .expect_err("the rule set must reject these parameters");
        assert_eq!(err.message(), message);
    }
    /// a configured endpoint is used as is
    #[test]
    fn case_0_a_configured_endpoint_is_used_as_is() {
        expect_endpoint(
            &[("Endpoint", "http://127.0.0.1:4566".into())],
            "http://127.0.0.1:4566",
            "{}",
            "{}",
        );
    }
    /// without an endpoint resolution fails
    #[test]
    fn case_1_without_an_endpoint_resolution_fails() {
        expect_error(&[], "Kitchen Sink has no default endpoint: set Endpoint");
    }
}
