//! What the built-in STS and SSO-portal calls of the chain share: the configuration they are made
//! with, their endpoint rule sets, and how a failed call is reported.
//!
//! These calls go through the same [`Handle`] as every generated client (protocol, endpoint rules,
//! retries, timeouts, signing or not), driven by small static schemas of the few operations the
//! chain needs. The runtime cannot depend on generated crates (they depend on it), and generating
//! whole clients into it would compile builders, error enums and docs of operations the chain never
//! calls into every user's build; `xtask/tests/credential_calls.rs` checks these schemas against the
//! models instead.

use super::{Credentials, ProvideCredentials};
use crate::client::config::{Config, ConfigBuilder, TimeoutConfig};
use crate::client::error::{CallError, DispatchError, DispatchErrorKind};
use crate::client::handle::Handle;
use crate::client::meta::{OperationMeta, ServiceMeta};
use crate::client::transport::{BoxFuture, HttpTransport};
use crate::codec::{ReadValue, WriteValue};
use std::sync::Arc;
use std::time::Duration;

/// A rule set for a regional AWS endpoint `https://{prefix}.{Region}.{dnsSuffix}`: the configured
/// endpoint URL first, then FIPS (`{prefix}-fips`) and dual-stack per the partition.
macro_rules! regional_rules {
    ($prefix:literal) => {
        $crate::endpoint::LazyRuleSet::new(concat!(
            r#"{"version":"1.0","parameters":{
            "Region":{"type":"String","builtIn":"AWS::Region","required":false},
            "UseFIPS":{"type":"Boolean","builtIn":"AWS::UseFIPS","required":true,"default":false},
            "UseDualStack":{"type":"Boolean","builtIn":"AWS::UseDualStack","required":true,"default":false},
            "Endpoint":{"type":"String","builtIn":"SDK::Endpoint","required":false}},
            "rules":[
            {"type":"endpoint","conditions":[{"fn":"isSet","argv":[{"ref":"Endpoint"}]}],
             "endpoint":{"url":{"ref":"Endpoint"}}},
            {"type":"tree","conditions":[{"fn":"isSet","argv":[{"ref":"Region"}]},
              {"fn":"aws.partition","argv":[{"ref":"Region"}],"assign":"P"}],"rules":[
              {"type":"endpoint","conditions":[{"fn":"booleanEquals","argv":[{"ref":"UseFIPS"},true]},
                {"fn":"booleanEquals","argv":[{"ref":"UseDualStack"},true]}],
               "endpoint":{"url":"https://"#,
            $prefix,
            r#"-fips.{Region}.{P#dualStackDnsSuffix}"}},
              {"type":"endpoint","conditions":[{"fn":"booleanEquals","argv":[{"ref":"UseFIPS"},true]}],
               "endpoint":{"url":"https://"#,
            $prefix,
            r#"-fips.{Region}.{P#dnsSuffix}"}},
              {"type":"endpoint","conditions":[{"fn":"booleanEquals","argv":[{"ref":"UseDualStack"},true]}],
               "endpoint":{"url":"https://"#,
            $prefix,
            r#".{Region}.{P#dualStackDnsSuffix}"}},
              {"type":"endpoint","conditions":[],"endpoint":{"url":"https://"#,
            $prefix,
            r#".{Region}.{P#dnsSuffix}"}}]},
            {"type":"error","conditions":[],"error":"no region for the "#,
            $prefix,
            r#" endpoint: set a region"}]}"#
        ))
    };
}
pub(crate) use regional_rules;

/// The configuration STS and SSO calls start from: the client's transport, timer, retries, FIPS,
/// dual-stack and configured endpoint URLs (`AWS_ENDPOINT_URL_STS`, `AWS_ENDPOINT_URL_SSO`, the
/// profile's `services` section), with limits of their own so that a silent endpoint ends the
/// chain with an error instead of a hang.
pub(crate) fn base_config(transport: Arc<dyn HttpTransport>) -> Config {
    let mut c = ConfigBuilder::default()
        .timeouts(
            TimeoutConfig::new()
                .attempt(Duration::from_secs(5))
                .operation(Duration::from_secs(20)),
        )
        .build();
    c.transport = Some(transport);
    c
}

/// Makes one call with `creds` (or none, for an unsigned operation) in `region`.
pub(crate) async fn call<O: ReadValue>(
    base: &Config,
    service: &'static ServiceMeta,
    op: &'static OperationMeta,
    region: &str,
    creds: Option<&Credentials>,
    input: &(dyn WriteValue + Sync),
) -> Result<O, CallError> {
    let mut config = base.clone();
    config.region = Some(region.to_owned());
    config.credentials = match creds {
        Some(c) => Arc::new(c.clone()),
        None => Arc::new(Unsigned),
    };
    let handle = Handle::new(service, config);
    handle.invoke::<O>(op, input).await
}

/// The provider of an unsigned call: never asked, since the operation's `auth` is `None`.
#[derive(Debug)]
struct Unsigned;

impl ProvideCredentials for Unsigned {
    fn provide(&self) -> BoxFuture<'_, Result<Credentials, DispatchError>> {
        Box::pin(async {
            Err(DispatchError::new(
                DispatchErrorKind::Credentials,
                "this call is unsigned and has no credentials",
            ))
        })
    }
}

/// A call's failure for the chain's message: the service's code and message, or why there was no
/// answer. Nothing from a request (tokens, keys) is in it.
pub(crate) fn describe(e: &CallError) -> String {
    match e {
        CallError::Service(s) => match s.message() {
            Some(m) => format!("{} (HTTP {}): {m}", s.code(), s.status()),
            None => format!("{} (HTTP {})", s.code(), s.status()),
        },
        CallError::Dispatch(d) => d.to_string(),
    }
}

/// A required member the answer left out, as the chain reports it.
pub(crate) fn missing(call: &str, what: &str) -> DispatchError {
    DispatchError::new(
        DispatchErrorKind::ResponseParse,
        format!("the {call} answer has no {what}"),
    )
}

/// One of the chain's calls as this runtime describes it: what `xtask/tests/credential_calls.rs`
/// compares with the models.
#[doc(hidden)]
#[derive(Debug)]
pub struct DescribedCall {
    pub service: &'static ServiceMeta,
    pub operation: &'static OperationMeta,
    /// The input's, the output's and every nested structure's schema.
    pub schemas: &'static [&'static crate::codec::Schema],
}

/// Every call the chain makes itself.
#[doc(hidden)]
pub fn described() -> Vec<DescribedCall> {
    vec![
        DescribedCall {
            service: &super::portal::SERVICE,
            operation: &super::portal::GET_ROLE_CREDENTIALS,
            schemas: super::portal::SCHEMAS,
        },
        DescribedCall {
            service: &super::sts::SERVICE,
            operation: &super::sts::ASSUME_ROLE,
            schemas: super::sts::ASSUME_ROLE_SCHEMAS,
        },
        DescribedCall {
            service: &super::sts::SERVICE,
            operation: &super::sts::ASSUME_ROLE_WITH_WEB_IDENTITY,
            schemas: super::sts::WEB_IDENTITY_SCHEMAS,
        },
    ]
}

#[cfg(test)]
mod tests {
    use crate::endpoint::testing::{expect_endpoint, expect_error};

    static RULES: crate::endpoint::LazyRuleSet = regional_rules!("sts");

    #[test]
    fn regional_rules_follow_the_partition_fips_and_dual_stack() {
        let at = |region: &str| ("Region", region.into());
        expect_endpoint(
            &RULES,
            &[at("eu-west-1")],
            "https://sts.eu-west-1.amazonaws.com",
            "{}",
            "{}",
        );
        expect_endpoint(
            &RULES,
            &[at("cn-north-1")],
            "https://sts.cn-north-1.amazonaws.com.cn",
            "{}",
            "{}",
        );
        expect_endpoint(
            &RULES,
            &[at("us-east-2"), ("UseFIPS", true.into())],
            "https://sts-fips.us-east-2.amazonaws.com",
            "{}",
            "{}",
        );
        expect_endpoint(
            &RULES,
            &[at("us-east-2"), ("UseDualStack", true.into())],
            "https://sts.us-east-2.api.aws",
            "{}",
            "{}",
        );
        expect_endpoint(
            &RULES,
            &[
                at("us-east-2"),
                ("Endpoint", "http://127.0.0.1:5000".into()),
            ],
            "http://127.0.0.1:5000",
            "{}",
            "{}",
        );
        expect_error(&RULES, &[], "no region for the sts endpoint: set a region");
    }
}
