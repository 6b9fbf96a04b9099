pub(crate) static SERVICE: ::smithy_runtime::ServiceMeta = ::smithy_runtime::ServiceMeta {
    sdk_id: "EC2",
    target_prefix: "AmazonEC2",
    protocol: &::smithy_runtime::protocol::EC2_QUERY,
    signing_name: "ec2",
    endpoint_prefix: "ec2",
    api_version: "2016-11-15",
    aws_query_compatible: false,
    customizations: &[],
    endpoint_rules: Some(&crate::endpoint::RULES),
};
/** A client for EC2: one `async` method per operation.

 It is cheap to clone (the configuration is shared). Calls go through the configured transport: the default HTTPS one, or any [`HttpTransport`](::smithy_runtime::HttpTransport) such as [`MockTransport`](::smithy_runtime::mock::MockTransport) in tests.*/
#[derive(Clone, Debug)]
pub struct Client {
    pub(crate) handle: ::smithy_runtime::Handle,
}
impl Client {
    /// A client with this configuration.
    pub fn new(config: ::smithy_runtime::Config) -> Self {
        Self {
            handle: ::smithy_runtime::Handle::new(&SERVICE, config),
        }
    }
    /// A client configured the way the AWS SDKs find it: environment variables, then the
    /// shared config and credentials files (`aws configure`, `AWS_PROFILE`), with the default
    /// credential chain. See [`Config::from_env`](::smithy_runtime::Config::from_env).
    pub fn from_env() -> Self {
        Self::new(::smithy_runtime::Config::from_env())
    }
    /// The configuration the client was made with.
    pub fn config(&self) -> &::smithy_runtime::Config {
        self.handle.config()
    }
}
