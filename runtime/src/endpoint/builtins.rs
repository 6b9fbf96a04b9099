//! Client configuration -> rule set parameters, by each parameter's `builtIn` name.

use std::collections::BTreeMap;

use super::{Params, RuleSet, Value};

/// The client settings that rule set parameters may be bound to. `Default` is "nothing
/// configured": no region, no custom endpoint, every flag off.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct BuiltIns {
    /// `AWS::Region`
    pub region: Option<String>,
    /// `AWS::UseFIPS`
    pub use_fips: bool,
    /// `AWS::UseDualStack`
    pub use_dual_stack: bool,
    /// `SDK::Endpoint`
    pub endpoint: Option<String>,
    /// `AWS::UseGlobalEndpoint`, `AWS::STS::UseGlobalEndpoint` and `AWS::S3::UseGlobalEndpoint`:
    /// a client talks to one service, so one switch serves all three names.
    pub use_global_endpoint: bool,
    /// `AWS::S3::Accelerate`
    pub s3_accelerate: bool,
    /// `AWS::S3::ForcePathStyle`
    pub s3_force_path_style: bool,
    /// `AWS::S3::DisableMultiRegionAccessPoints`
    pub s3_disable_multi_region_access_points: bool,
    /// `AWS::S3::UseArnRegion` (unset lets the rule set decide)
    pub s3_use_arn_region: Option<bool>,
    /// `AWS::S3Control::UseArnRegion` (unset lets the rule set decide)
    pub s3_control_use_arn_region: Option<bool>,
    /// `AWS::Auth::AccountId`
    pub account_id: Option<String>,
    /// `AWS::Auth::AccountIdEndpointMode` (`preferred`, `required`, `disabled`)
    pub account_id_endpoint_mode: Option<String>,
    /// `AWS::Auth::CredentialScope`
    pub credential_scope: Option<String>,
    /// Any other built-in, by its full name; consulted after the fields above.
    pub other: BTreeMap<String, Value>,
}

impl BuiltIns {
    /// The value for a built-in name, if this configuration has one.
    pub fn get(&self, built_in: &str) -> Option<Value> {
        let s = |v: &Option<String>| v.clone().map(Value::String);
        let b = |v: bool| Some(Value::Bool(v));
        match built_in {
            "AWS::Region" => s(&self.region),
            "AWS::UseFIPS" => b(self.use_fips),
            "AWS::UseDualStack" => b(self.use_dual_stack),
            "SDK::Endpoint" => s(&self.endpoint),
            "AWS::UseGlobalEndpoint"
            | "AWS::STS::UseGlobalEndpoint"
            | "AWS::S3::UseGlobalEndpoint" => b(self.use_global_endpoint),
            "AWS::S3::Accelerate" => b(self.s3_accelerate),
            "AWS::S3::ForcePathStyle" => b(self.s3_force_path_style),
            "AWS::S3::DisableMultiRegionAccessPoints" => {
                b(self.s3_disable_multi_region_access_points)
            }
            "AWS::S3::UseArnRegion" => self.s3_use_arn_region.map(Value::Bool),
            "AWS::S3Control::UseArnRegion" => self.s3_control_use_arn_region.map(Value::Bool),
            "AWS::Auth::AccountId" => s(&self.account_id),
            "AWS::Auth::AccountIdEndpointMode" => s(&self.account_id_endpoint_mode),
            "AWS::Auth::CredentialScope" => s(&self.credential_scope),
            other => self.other.get(other).cloned(),
        }
    }
}

impl BuiltIns {
    /// Sets the built-in `built_in` (its full name) to `value`. A value of the wrong type for a
    /// known built-in is kept under [`BuiltIns::other`] too, where [`BuiltIns::get`] never looks,
    /// so the rule set sees it unset rather than misread.
    pub fn set(&mut self, built_in: &str, value: Value) {
        let text = |v: &Value| match v {
            Value::String(s) => Some(s.clone()),
            _ => None,
        };
        let flag = |v: &Value| match v {
            Value::Bool(b) => Some(*b),
            _ => None,
        };
        let done = match built_in {
            "AWS::Region" => text(&value).map(|s| self.region = Some(s)),
            "AWS::UseFIPS" => flag(&value).map(|b| self.use_fips = b),
            "AWS::UseDualStack" => flag(&value).map(|b| self.use_dual_stack = b),
            "SDK::Endpoint" => text(&value).map(|s| self.endpoint = Some(s)),
            "AWS::UseGlobalEndpoint"
            | "AWS::STS::UseGlobalEndpoint"
            | "AWS::S3::UseGlobalEndpoint" => flag(&value).map(|b| self.use_global_endpoint = b),
            "AWS::S3::Accelerate" => flag(&value).map(|b| self.s3_accelerate = b),
            "AWS::S3::ForcePathStyle" => flag(&value).map(|b| self.s3_force_path_style = b),
            "AWS::S3::DisableMultiRegionAccessPoints" => {
                flag(&value).map(|b| self.s3_disable_multi_region_access_points = b)
            }
            "AWS::S3::UseArnRegion" => flag(&value).map(|b| self.s3_use_arn_region = Some(b)),
            "AWS::S3Control::UseArnRegion" => {
                flag(&value).map(|b| self.s3_control_use_arn_region = Some(b))
            }
            "AWS::Auth::AccountId" => text(&value).map(|s| self.account_id = Some(s)),
            "AWS::Auth::AccountIdEndpointMode" => {
                text(&value).map(|s| self.account_id_endpoint_mode = Some(s))
            }
            "AWS::Auth::CredentialScope" => text(&value).map(|s| self.credential_scope = Some(s)),
            _ => None,
        };
        if done.is_none() {
            self.other.insert(built_in.to_owned(), value);
        }
    }
}

impl RuleSet {
    /// The parameters for one call: `extra` (operation and client context parameters, which are
    /// more specific) wins,
    /// then each parameter's built-in from `built_ins`; defaults are applied later by `resolve`.
    pub fn bind(&self, built_ins: &BuiltIns, extra: Params) -> Params {
        let mut params = extra;
        for p in &self.params {
            if params.contains_key(&p.name) {
                continue;
            }
            if let Some(value) = p.built_in.as_deref().and_then(|b| built_ins.get(b)) {
                params.insert(p.name.clone(), value);
            }
        }
        params
    }
}
