/// The rule set from the model, parsed on first use.
pub(crate) static RULES: ::smithy_runtime::endpoint::LazyRuleSet = ::smithy_runtime::endpoint::LazyRuleSet::new(
    "{\"version\":\"1.0\",\"parameters\":{\"Region\":{\"type\":\"String\",\"builtIn\":\"AWS::Region\",\"required\":false,\"documentation\":\"The AWS region of the API Gateway endpoint.\"},\"Endpoint\":{\"type\":\"String\",\"builtIn\":\"SDK::Endpoint\",\"required\":false,\"documentation\":\"An endpoint to use instead of the regional one (a local stand-in, a proxy).\"}},\"rules\":[{\"type\":\"endpoint\",\"conditions\":[{\"fn\":\"isSet\",\"argv\":[{\"ref\":\"Endpoint\"}]}],\"endpoint\":{\"url\":{\"ref\":\"Endpoint\"}}},{\"type\":\"endpoint\",\"conditions\":[{\"fn\":\"isSet\",\"argv\":[{\"ref\":\"Region\"}]}],\"endpoint\":{\"url\":\"https://apigateway.{Region}.amazonaws.com\"}},{\"type\":\"error\",\"conditions\":[],\"error\":\"Invalid Configuration: set a Region or an Endpoint\"}]}",
);
#[cfg(test)]
mod tests {
    use ::smithy_runtime::endpoint::testing::{expect_endpoint, expect_error};
    /// a region gives the regional endpoint
    #[test]
    fn case_0_a_region_gives_the_regional_endpoint() {
        expect_endpoint(
            &super::RULES,
            &[("Region", "eu-west-1".into())],
            "https://apigateway.eu-west-1.amazonaws.com",
            "{}",
            "{}",
        );
    }
    /// a configured endpoint wins over the region
    #[test]
    fn case_1_a_configured_endpoint_wins_over_the_region() {
        expect_endpoint(
            &super::RULES,
            &[
                ("Endpoint", "http://127.0.0.1:5000".into()),
                ("Region", "eu-west-1".into()),
            ],
            "http://127.0.0.1:5000",
            "{}",
            "{}",
        );
    }
    /// without region or endpoint resolution fails
    #[test]
    fn case_2_without_region_or_endpoint_resolution_fails() {
        expect_error(
            &super::RULES,
            &[],
            "Invalid Configuration: set a Region or an Endpoint",
        );
    }
}
