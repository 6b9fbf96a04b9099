/// The rule set from the model, parsed on first use.
pub(crate) static RULES: ::smithy_runtime::endpoint::LazyRuleSet = ::smithy_runtime::endpoint::LazyRuleSet::new(
    "{\"version\":\"1.0\",\"parameters\":{\"Endpoint\":{\"type\":\"String\",\"builtIn\":\"SDK::Endpoint\",\"required\":false,\"documentation\":\"The endpoint to send requests to. Kitchen Sink has no regional endpoints, so this must be set.\"}},\"rules\":[{\"type\":\"endpoint\",\"conditions\":[{\"fn\":\"isSet\",\"argv\":[{\"ref\":\"Endpoint\"}]}],\"endpoint\":{\"url\":{\"ref\":\"Endpoint\"}}},{\"type\":\"error\",\"conditions\":[],\"error\":\"Kitchen Sink has no default endpoint: set Endpoint\"}]}",
);
#[cfg(test)]
mod tests {
    ///a configured endpoint is used as is
    #[test]
    fn case_0_a_configured_endpoint_is_used_as_is() {
        let mut params = ::smithy_runtime::endpoint::Params::new();
        params
            .insert(
                "Endpoint".to_owned(),
                ::smithy_runtime::endpoint::Value::String(
                    "http://127.0.0.1:4566".to_owned(),
                ),
            );
        let resolved = super::RULES
            .get()
            .expect("the embedded rule set parses")
            .resolve(&params);
        let endpoint = resolved.expect("the rule set must resolve these parameters");
        assert_eq!(endpoint.url, "http://127.0.0.1:4566");
        let headers: ::serde_json::Value = ::serde_json::from_str("{}")
            .expect("test data is JSON");
        assert_eq!(
            ::serde_json::to_value(& endpoint.headers).expect("headers are JSON"),
            headers
        );
        let properties: ::serde_json::Value = ::serde_json::from_str("{}")
            .expect("test data is JSON");
        assert_eq!(::serde_json::Value::Object(endpoint.properties.clone()), properties);
    }
    ///without an endpoint resolution fails
    #[test]
    fn case_1_without_an_endpoint_resolution_fails() {
        let params = ::smithy_runtime::endpoint::Params::new();
        let resolved = super::RULES
            .get()
            .expect("the embedded rule set parses")
            .resolve(&params);
        let err = resolved.expect_err("the rule set must reject these parameters");
        assert_eq!(err.message(), "Kitchen Sink has no default endpoint: set Endpoint");
    }
}
