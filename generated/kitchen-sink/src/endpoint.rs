/// The rule set from the model, parsed on first use.
pub(crate) static RULES: ::smithy_runtime::endpoint::LazyRuleSet = ::smithy_runtime::endpoint::LazyRuleSet::new(
    "{\"version\":\"1.0\",\"parameters\":{\"Endpoint\":{\"type\":\"String\",\"builtIn\":\"SDK::Endpoint\",\"required\":false,\"documentation\":\"The endpoint to send requests to. Kitchen Sink has no regional endpoints, so this must be set.\"}},\"rules\":[{\"type\":\"endpoint\",\"conditions\":[{\"fn\":\"isSet\",\"argv\":[{\"ref\":\"Endpoint\"}]}],\"endpoint\":{\"url\":{\"ref\":\"Endpoint\"}}},{\"type\":\"error\",\"conditions\":[],\"error\":\"Kitchen Sink has no default endpoint: set Endpoint\"}]}",
);
#[cfg(test)]
mod tests {
    use ::smithy_runtime::endpoint::testing::{expect_endpoint, expect_error};
    /// a configured endpoint is used as is
    #[test]
    fn case_0_a_configured_endpoint_is_used_as_is() {
        expect_endpoint(
            &super::RULES,
            &[("Endpoint", "http://127.0.0.1:4566".into())],
            "http://127.0.0.1:4566",
            "{}",
            "{}",
        );
    }
    /// without an endpoint resolution fails
    #[test]
    fn case_1_without_an_endpoint_resolution_fails() {
        expect_error(
            &super::RULES,
            &[],
            "Kitchen Sink has no default endpoint: set Endpoint",
        );
    }
}
