/// The rule set from the model, parsed on first use.
pub(crate) static RULES: ::smithy_runtime::endpoint::LazyRuleSet = ::smithy_runtime::endpoint::LazyRuleSet::new(
    "{\"version\":\"1.0\",\"parameters\":{\"Region\":{\"type\":\"String\",\"builtIn\":\"AWS::Region\",\"required\":false,\"documentation\":\"The AWS Region the request is sent to.\"},\"UseDualStack\":{\"type\":\"Boolean\",\"builtIn\":\"AWS::UseDualStack\",\"required\":true,\"default\":false,\"documentation\":\"Resolve to an endpoint that accepts both IPv4 and IPv6 traffic.\"},\"UseFIPS\":{\"type\":\"Boolean\",\"builtIn\":\"AWS::UseFIPS\",\"required\":true,\"default\":false,\"documentation\":\"Resolve to an endpoint that uses FIPS 140-validated cryptography.\"},\"Endpoint\":{\"type\":\"String\",\"builtIn\":\"SDK::Endpoint\",\"required\":false,\"documentation\":\"A caller-supplied endpoint URL that replaces the resolved one.\"}},\"rules\":[{\"type\":\"tree\",\"conditions\":[{\"fn\":\"isSet\",\"argv\":[{\"ref\":\"Endpoint\"}]}],\"rules\":[{\"type\":\"error\",\"conditions\":[{\"fn\":\"booleanEquals\",\"argv\":[{\"ref\":\"UseFIPS\"},true]}],\"error\":\"Invalid Configuration: FIPS and custom endpoint are not supported\"},{\"type\":\"error\",\"conditions\":[{\"fn\":\"booleanEquals\",\"argv\":[{\"ref\":\"UseDualStack\"},true]}],\"error\":\"Invalid Configuration: Dualstack and custom endpoint are not supported\"},{\"type\":\"endpoint\",\"conditions\":[],\"endpoint\":{\"url\":{\"ref\":\"Endpoint\"}}}]},{\"type\":\"tree\",\"conditions\":[{\"fn\":\"isSet\",\"argv\":[{\"ref\":\"Region\"}]},{\"fn\":\"aws.partition\",\"argv\":[{\"ref\":\"Region\"}],\"assign\":\"PartitionResult\"}],\"rules\":[{\"type\":\"tree\",\"conditions\":[{\"fn\":\"booleanEquals\",\"argv\":[{\"ref\":\"UseFIPS\"},true]},{\"fn\":\"booleanEquals\",\"argv\":[{\"ref\":\"UseDualStack\"},true]}],\"rules\":[{\"type\":\"endpoint\",\"conditions\":[{\"fn\":\"booleanEquals\",\"argv\":[{\"fn\":\"getAttr\",\"argv\":[{\"ref\":\"PartitionResult\"},\"supportsFIPS\"]},true]},{\"fn\":\"booleanEquals\",\"argv\":[{\"fn\":\"getAttr\",\"argv\":[{\"ref\":\"PartitionResult\"},\"supportsDualStack\"]},true]}],\"endpoint\":{\"url\":\"https://fsx-fips.{Region}.{PartitionResult#dualStackDnsSuffix}\"}},{\"type\":\"error\",\"conditions\":[],\"error\":\"FIPS and DualStack are enabled, but this partition does not support one or both\"}]},{\"type\":\"tree\",\"conditions\":[{\"fn\":\"booleanEquals\",\"argv\":[{\"ref\":\"UseFIPS\"},true]}],\"rules\":[{\"type\":\"endpoint\",\"conditions\":[{\"fn\":\"booleanEquals\",\"argv\":[{\"fn\":\"getAttr\",\"argv\":[{\"ref\":\"PartitionResult\"},\"supportsFIPS\"]},true]}],\"endpoint\":{\"url\":\"https://fsx-fips.{Region}.{PartitionResult#dnsSuffix}\"}},{\"type\":\"error\",\"conditions\":[],\"error\":\"FIPS is enabled but this partition does not support FIPS\"}]},{\"type\":\"tree\",\"conditions\":[{\"fn\":\"booleanEquals\",\"argv\":[{\"ref\":\"UseDualStack\"},true]}],\"rules\":[{\"type\":\"endpoint\",\"conditions\":[{\"fn\":\"booleanEquals\",\"argv\":[{\"fn\":\"getAttr\",\"argv\":[{\"ref\":\"PartitionResult\"},\"supportsDualStack\"]},true]}],\"endpoint\":{\"url\":\"https://fsx.{Region}.{PartitionResult#dualStackDnsSuffix}\"}},{\"type\":\"error\",\"conditions\":[],\"error\":\"DualStack is enabled but this partition does not support DualStack\"}]},{\"type\":\"endpoint\",\"conditions\":[],\"endpoint\":{\"url\":\"https://fsx.{Region}.{PartitionResult#dnsSuffix}\"}}]},{\"type\":\"error\",\"conditions\":[],\"error\":\"Invalid Configuration: Missing Region\"}]}",
);
#[cfg(test)]
mod tests {
    use ::smithy_runtime::endpoint::testing::{expect_endpoint, expect_error};
    /// us-east-1 with neither FIPS nor dual-stack resolves to the regional endpoint
    #[test]
    fn case_0_us_east_1_with_neither_fips_nor_dual_stack_resolves_to_the_regional_endpoint() {
        expect_endpoint(
            &super::RULES,
            &[
                ("Region", "us-east-1".into()),
                ("UseDualStack", false.into()),
                ("UseFIPS", false.into()),
            ],
            "https://fsx.us-east-1.amazonaws.com",
            "{}",
            "{}",
        );
    }
    /// us-east-1 with FIPS resolves to the fsx-fips host
    #[test]
    fn case_1_us_east_1_with_fips_resolves_to_the_fsx_fips_host() {
        expect_endpoint(
            &super::RULES,
            &[
                ("Region", "us-east-1".into()),
                ("UseDualStack", false.into()),
                ("UseFIPS", true.into()),
            ],
            "https://fsx-fips.us-east-1.amazonaws.com",
            "{}",
            "{}",
        );
    }
    /// us-east-1 with dual-stack resolves to the api.aws suffix
    #[test]
    fn case_2_us_east_1_with_dual_stack_resolves_to_the_api_aws_suffix() {
        expect_endpoint(
            &super::RULES,
            &[
                ("Region", "us-east-1".into()),
                ("UseDualStack", true.into()),
                ("UseFIPS", false.into()),
            ],
            "https://fsx.us-east-1.api.aws",
            "{}",
            "{}",
        );
    }
    /// us-east-1 with FIPS and dual-stack combines both
    #[test]
    fn case_3_us_east_1_with_fips_and_dual_stack_combines_both() {
        expect_endpoint(
            &super::RULES,
            &[
                ("Region", "us-east-1".into()),
                ("UseDualStack", true.into()),
                ("UseFIPS", true.into()),
            ],
            "https://fsx-fips.us-east-1.api.aws",
            "{}",
            "{}",
        );
    }
    /// a custom endpoint is used verbatim
    #[test]
    fn case_4_a_custom_endpoint_is_used_verbatim() {
        expect_endpoint(
            &super::RULES,
            &[
                ("Endpoint", "https://example.com".into()),
                ("Region", "us-east-1".into()),
                ("UseDualStack", false.into()),
                ("UseFIPS", false.into()),
            ],
            "https://example.com",
            "{}",
            "{}",
        );
    }
    /// a custom endpoint needs no Region
    #[test]
    fn case_5_a_custom_endpoint_needs_no_region() {
        expect_endpoint(
            &super::RULES,
            &[
                ("Endpoint", "https://localhost:8443/prefix".into()),
                ("UseDualStack", false.into()),
                ("UseFIPS", false.into()),
            ],
            "https://localhost:8443/prefix",
            "{}",
            "{}",
        );
    }
    /// FIPS with a custom endpoint is rejected
    #[test]
    fn case_6_fips_with_a_custom_endpoint_is_rejected() {
        expect_error(
            &super::RULES,
            &[
                ("Endpoint", "https://example.com".into()),
                ("Region", "us-east-1".into()),
                ("UseDualStack", false.into()),
                ("UseFIPS", true.into()),
            ],
            "Invalid Configuration: FIPS and custom endpoint are not supported",
        );
    }
    /// dual-stack with a custom endpoint is rejected
    #[test]
    fn case_7_dual_stack_with_a_custom_endpoint_is_rejected() {
        expect_error(
            &super::RULES,
            &[
                ("Endpoint", "https://example.com".into()),
                ("Region", "us-east-1".into()),
                ("UseDualStack", true.into()),
                ("UseFIPS", false.into()),
            ],
            "Invalid Configuration: Dualstack and custom endpoint are not supported",
        );
    }
    /// no Region and no custom endpoint is an error
    #[test]
    fn case_8_no_region_and_no_custom_endpoint_is_an_error() {
        expect_error(
            &super::RULES,
            &[("UseDualStack", false.into()), ("UseFIPS", false.into())],
            "Invalid Configuration: Missing Region",
        );
    }
    /// with no parameters at all the Boolean defaults apply and Region is missing
    #[test]
    fn case_9_with_no_parameters_at_all_the_boolean_defaults_apply_and_region_is_missing() {
        expect_error(&super::RULES, &[], "Invalid Configuration: Missing Region");
    }
    /// cn-north-1 uses the aws-cn partition suffix
    #[test]
    fn case_10_cn_north_1_uses_the_aws_cn_partition_suffix() {
        expect_endpoint(
            &super::RULES,
            &[
                ("Region", "cn-north-1".into()),
                ("UseDualStack", false.into()),
                ("UseFIPS", false.into()),
            ],
            "https://fsx.cn-north-1.amazonaws.com.cn",
            "{}",
            "{}",
        );
    }
    /// cn-north-1 with dual-stack uses the aws-cn dual-stack suffix
    #[test]
    fn case_11_cn_north_1_with_dual_stack_uses_the_aws_cn_dual_stack_suffix() {
        expect_endpoint(
            &super::RULES,
            &[
                ("Region", "cn-north-1".into()),
                ("UseDualStack", true.into()),
                ("UseFIPS", false.into()),
            ],
            "https://fsx.cn-north-1.api.amazonwebservices.com.cn",
            "{}",
            "{}",
        );
    }
    /// us-gov-west-1 uses the aws-us-gov partition
    #[test]
    fn case_12_us_gov_west_1_uses_the_aws_us_gov_partition() {
        expect_endpoint(
            &super::RULES,
            &[
                ("Region", "us-gov-west-1".into()),
                ("UseDualStack", false.into()),
                ("UseFIPS", false.into()),
            ],
            "https://fsx.us-gov-west-1.amazonaws.com",
            "{}",
            "{}",
        );
    }
    /// us-gov-west-1 with FIPS
    #[test]
    fn case_13_us_gov_west_1_with_fips() {
        expect_endpoint(
            &super::RULES,
            &[
                ("Region", "us-gov-west-1".into()),
                ("UseDualStack", false.into()),
                ("UseFIPS", true.into()),
            ],
            "https://fsx-fips.us-gov-west-1.amazonaws.com",
            "{}",
            "{}",
        );
    }
    /// cn-north-1 with FIPS keeps the aws-cn suffix
    #[test]
    fn case_14_cn_north_1_with_fips_keeps_the_aws_cn_suffix() {
        expect_endpoint(
            &super::RULES,
            &[
                ("Region", "cn-north-1".into()),
                ("UseDualStack", false.into()),
                ("UseFIPS", true.into()),
            ],
            "https://fsx-fips.cn-north-1.amazonaws.com.cn",
            "{}",
            "{}",
        );
    }
}
