//! `smithy.test#httpRequestTests` and `smithy.test#httpResponseTests` as test cases of the generated
//! client: the cases that apply to clients (`appliesTo` `client` or absent) of the service's protocol, on
//! its operations (requests, responses) and on the error structures they return (error responses), with
//! their params typed as [`Literal`]s of the crate's types.

use std::collections::BTreeSet;

use serde_json::Value;

use super::literal::{Form, StructLiteral, Types};
use super::{Operation, TypeDef};
use crate::diag::{Diagnostic, Diagnostics};
use crate::resolve::traits::{self, AppliesTo, HttpRequestTest, HttpResponseTest};
use crate::resolve::{Model, ShapeId, ShapeKind};

/// The vendor params shape whose `code` is the error code the SDK exposes (and `type` the query error
/// type), from the protocol tests' shared AWS config model.
pub const ERROR_CODE_PARAMS: &str = "aws.protocoltests.config#ErrorCodeParams";

/// The vendor params shape of client settings (region, S3 addressing, ...), scoped to the client or
/// to one operation.
pub const AWS_CONFIG: &str = "aws.protocoltests.config#AwsConfig";

#[derive(Debug, Clone, PartialEq, Default)]
pub struct ProtocolTests {
    pub requests: Vec<RequestTest>,
    /// Output and error responses.
    pub responses: Vec<ResponseTest>,
}

impl ProtocolTests {
    pub fn is_empty(&self) -> bool {
        self.requests.is_empty() && self.responses.is_empty()
    }
}

/// What a test case says besides the HTTP message.
#[derive(Debug, Clone, PartialEq)]
pub struct TestCase {
    /// The case's `id`, also the test function's name (ids are identifiers, unique per trait).
    pub id: String,
    pub docs: String,
    pub tags: Vec<String>,
    /// The client method called.
    pub method: String,
    /// The operation's input (`None` when it has none): the case's params for a request, the smallest
    /// valid input for a response.
    pub input: Option<StructLiteral>,
    /// The endpoint the client is configured with (`host`), when the case names one.
    pub host: Option<String>,
    pub vendor: Vendor,
    /// Why the client cannot run the case (its operation has no client method yet): the test fails and
    /// says so, so that the case is counted, not dropped.
    pub unsupported: Option<String>,
}

/// `vendorParams`, as the test must apply or check them.
#[derive(Debug, Clone, PartialEq)]
pub enum Vendor {
    None,
    /// [`ERROR_CODE_PARAMS`]: the error code the client exposes, and the query error type.
    ErrorCode {
        code: String,
        query_type: Option<String>,
    },
    /// [`AWS_CONFIG`]: the client settings the case runs with, the operation's scope over the client's.
    /// The client then has no configured endpoint: the service's rules pick the host.
    AwsConfig(AwsSettings),
    /// Params of a shape this generator does not know how to apply: the test fails and says so, rather
    /// than pass without them.
    Unsupported(String),
}

/// The [`AWS_CONFIG`] settings a client configuration can express; `None` leaves the default.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AwsSettings {
    pub region: Option<String>,
    /// `s3.addressing_style`: `path` is true, `virtual` false, `auto` unset.
    pub force_path_style: Option<bool>,
    /// `s3.use_accelerate_endpoint`.
    pub accelerate: Option<bool>,
    /// `s3.use_dualstack_endpoint`.
    pub dual_stack: Option<bool>,
}

impl AwsSettings {
    /// Reads `AwsConfig` params: `scopedConfig.client` then `scopedConfig.operation` (which wins, as it
    /// does in the SDKs). A setting it cannot express is an error naming it, so the case fails loudly.
    fn from_params(params: &Value) -> Result<AwsSettings, String> {
        let mut out = AwsSettings::default();
        let scoped = match fields(params, "AwsConfig", &["scopedConfig"])?.first() {
            Some((_, v)) => *v,
            None => return Ok(out),
        };
        let scopes = fields(scoped, "scopedConfig", &["client", "operation"])?;
        // `client` before `operation`, whatever the order in the case.
        for scope in ["client", "operation"] {
            let Some((_, v)) = scopes.iter().find(|(k, _)| *k == scope) else {
                continue;
            };
            let allowed: &[&str] = if scope == "client" {
                &["region", "s3"]
            } else {
                &["s3"]
            };
            for (key, value) in fields(v, scope, allowed)? {
                match key {
                    "region" => out.region = Some(text(value, "client.region")?.to_owned()),
                    _ => out.s3(value)?,
                }
            }
        }
        Ok(out)
    }

    fn s3(&mut self, v: &Value) -> Result<(), String> {
        let keys = [
            "addressing_style",
            "use_accelerate_endpoint",
            "use_dualstack_endpoint",
        ];
        for (key, value) in fields(v, "s3", &keys)? {
            match key {
                "addressing_style" => {
                    self.force_path_style = match text(value, "s3.addressing_style")? {
                        "path" => Some(true),
                        "virtual" => Some(false),
                        "auto" => None,
                        other => return Err(format!("s3.addressing_style `{other}`")),
                    }
                }
                "use_accelerate_endpoint" => self.accelerate = Some(flag(value, key)?),
                _ => self.dual_stack = Some(flag(value, key)?),
            }
        }
        Ok(())
    }
}

/// The entries of an object whose keys must be among `allowed`.
fn fields<'a>(
    v: &'a Value,
    what: &str,
    allowed: &[&str],
) -> Result<Vec<(&'a str, &'a Value)>, String> {
    let object = v
        .as_object()
        .ok_or_else(|| format!("{what} is not an object: {v}"))?;
    object
        .iter()
        .map(|(k, v)| {
            if allowed.contains(&k.as_str()) {
                Ok((k.as_str(), v))
            } else {
                Err(format!(
                    "{what}.{k} (a setting the generated test cannot apply yet)"
                ))
            }
        })
        .collect()
}

fn text<'a>(v: &'a Value, what: &str) -> Result<&'a str, String> {
    v.as_str()
        .ok_or_else(|| format!("{what} is not a string: {v}"))
}

fn flag(v: &Value, what: &str) -> Result<bool, String> {
    v.as_bool()
        .ok_or_else(|| format!("s3.{what} is not a boolean: {v}"))
}

#[derive(Debug, Clone, PartialEq)]
pub struct RequestTest {
    pub case: TestCase,
    pub http_method: String,
    pub uri: String,
    pub resolved_host: Option<String>,
    pub query_params: Vec<String>,
    pub forbid_query_params: Vec<String>,
    pub require_query_params: Vec<String>,
    pub headers: Vec<(String, String)>,
    pub forbid_headers: Vec<String>,
    pub require_headers: Vec<String>,
    pub body: Option<String>,
    pub body_media_type: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ResponseTest {
    pub case: TestCase,
    pub code: u16,
    pub headers: Vec<(String, String)>,
    pub body: Option<String>,
    pub body_media_type: Option<String>,
    pub expect: Expected,
}

/// What the client must return for a response.
#[derive(Debug, Clone, PartialEq)]
pub enum Expected {
    /// The output (`None` when the operation has none).
    Output(Option<StructLiteral>),
    /// A modeled error: the operation's error enum and variant, and the error's value.
    Error {
        error_enum: String,
        variant: String,
        value: StructLiteral,
    },
}

/// Lowers the protocol tests of `operations` (the IR operations of the service) that apply to a client of
/// `protocol_id` (the protocol trait's shape id).
pub fn lower(
    model: &Model,
    protocol_id: &str,
    operations: &[Operation],
    types: &[TypeDef],
    diags: &mut Diagnostics,
) -> ProtocolTests {
    let types = Types::new(types, Form::Params);
    let mut out = ProtocolTests::default();
    let mut errors_done: BTreeSet<ShapeId> = BTreeSet::new();
    for op in operations {
        let Some(shape) = model.shape(&op.id) else {
            continue;
        };
        let ShapeKind::Operation(model_op) = &shape.kind else {
            continue;
        };
        let cx = OpCx {
            types: &types,
            op,
            shape: op.id.to_string(),
        };
        for (i, t) in shape.traits.http_request_tests().into_iter().enumerate() {
            if applies(&t.applies_to, &t.protocol, protocol_id) {
                let at = format!("traits[\"{}\"][{i}]", traits::HTTP_REQUEST_TESTS);
                match cx.request(t) {
                    Ok(r) => out.requests.push(r),
                    Err(e) => diags.push(cx.diagnostic(&at, e)),
                }
            }
        }
        for (i, t) in shape.traits.http_response_tests().into_iter().enumerate() {
            if applies(&t.applies_to, &t.protocol, protocol_id) {
                let at = format!("traits[\"{}\"][{i}]", traits::HTTP_RESPONSE_TESTS);
                let expect = op
                    .output
                    .as_deref()
                    .map(|o| types.structure(o, t.params.as_ref(), "params"))
                    .transpose();
                match expect.and_then(|e| cx.response(t, Expected::Output(e))) {
                    Ok(r) => out.responses.push(r),
                    Err(e) => diags.push(cx.diagnostic(&at, e)),
                }
            }
        }
        // An error's tests run against the first operation (in method order) that returns it.
        for error_id in &model_op.errors {
            if !errors_done.insert(error_id.clone()) {
                continue;
            }
            let Some(error_shape) = model.shape(error_id) else {
                continue;
            };
            let Some(error) = op.errors.iter().find(|e| *e.code == *error_id.name) else {
                continue;
            };
            let error_cx = OpCx {
                shape: error_id.to_string(),
                ..cx.clone()
            };
            for (i, t) in error_shape
                .traits
                .http_response_tests()
                .into_iter()
                .enumerate()
            {
                if applies(&t.applies_to, &t.protocol, protocol_id) {
                    let at = format!("traits[\"{}\"][{i}]", traits::HTTP_RESPONSE_TESTS);
                    let expect = types
                        .structure(&error.type_name, t.params.as_ref(), "params")
                        .map(|value| Expected::Error {
                            error_enum: op.error_enum.clone(),
                            variant: error.variant.clone(),
                            value,
                        });
                    match expect.and_then(|e| error_cx.response(t, e)) {
                        Ok(r) => out.responses.push(r),
                        Err(e) => diags.push(error_cx.diagnostic(&at, e)),
                    }
                }
            }
        }
    }
    out
}

fn applies(applies_to: &Option<AppliesTo>, protocol: &str, protocol_id: &str) -> bool {
    applies_to.is_none_or(|a| a == AppliesTo::Client) && protocol == protocol_id
}

#[derive(Clone)]
struct OpCx<'a> {
    types: &'a Types<'a>,
    op: &'a Operation,
    /// The shape the trait is on (the operation, or an error structure).
    shape: String,
}

impl<'a> OpCx<'a> {
    fn diagnostic(&self, location: &str, message: String) -> Diagnostic {
        // The resolved model keeps no source positions; the shape and the trait path locate the case.
        Diagnostic {
            span: None,
            shape: Some(self.shape.clone()),
            member: None,
            location: location.to_owned(),
            message,
        }
    }

    fn case(
        &self,
        id: String,
        docs: Option<String>,
        tags: Vec<String>,
        input: Option<StructLiteral>,
        host: Option<String>,
        vendor: Vendor,
    ) -> TestCase {
        TestCase {
            id,
            docs: docs.unwrap_or_default(),
            tags,
            method: self.op.method.clone(),
            input,
            host,
            vendor,
            unsupported: self
                .op
                .unsupported
                .as_ref()
                .map(|why| format!("`{}` has no client method: {why}", self.op.wire)),
        }
    }

    fn request(&self, t: HttpRequestTest) -> Result<RequestTest, String> {
        let input = match &self.op.input {
            Some(i) => Some(self.types.structure(i, t.params.as_ref(), "params")?),
            None => None,
        };
        let vendor = vendor(t.vendor_params.as_ref(), t.vendor_params_shape.as_deref());
        Ok(RequestTest {
            case: self.case(t.id, t.documentation, t.tags, input, t.host, vendor),
            http_method: t.method,
            uri: t.uri,
            resolved_host: t.resolved_host,
            query_params: t.query_params,
            forbid_query_params: t.forbid_query_params,
            require_query_params: t.require_query_params,
            headers: t.headers.into_iter().collect(),
            forbid_headers: t.forbid_headers,
            require_headers: t.require_headers,
            body: t.body,
            body_media_type: t.body_media_type,
        })
    }

    fn response(&self, t: HttpResponseTest, expect: Expected) -> Result<ResponseTest, String> {
        let input = match &self.op.input {
            Some(i) => Some(self.types.minimal(i)?),
            None => None,
        };
        let vendor = vendor(t.vendor_params.as_ref(), t.vendor_params_shape.as_deref());
        Ok(ResponseTest {
            case: self.case(t.id, t.documentation, t.tags, input, None, vendor),
            code: t.code,
            headers: t.headers.into_iter().collect(),
            body: t.body,
            body_media_type: t.body_media_type,
            expect,
        })
    }
}

fn vendor(params: Option<&Value>, shape: Option<&str>) -> Vendor {
    let Some(params) = params.filter(|p| p.as_object().is_none_or(|o| !o.is_empty())) else {
        return Vendor::None;
    };
    match shape {
        Some(ERROR_CODE_PARAMS) => match params.get("code").and_then(Value::as_str) {
            Some(code) => Vendor::ErrorCode {
                code: code.to_owned(),
                query_type: params
                    .get("type")
                    .and_then(Value::as_str)
                    .map(str::to_owned),
            },
            None => Vendor::Unsupported(format!("{ERROR_CODE_PARAMS} without a `code`: {params}")),
        },
        Some(AWS_CONFIG) => match AwsSettings::from_params(params) {
            Ok(settings) => Vendor::AwsConfig(settings),
            Err(why) => Vendor::Unsupported(format!("{AWS_CONFIG} vendorParams: {why}")),
        },
        Some(other) => Vendor::Unsupported(format!("vendorParams of shape {other}: {params}")),
        None => Vendor::Unsupported(format!(
            "vendorParams without a vendorParamsShape: {params}"
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn aws_config_operation_scope_wins_and_anything_else_is_unsupported() {
        let p = json!({"scopedConfig": {
            "operation": {"s3": {"addressing_style": "virtual"}},
            "client": {"region": "us-west-2",
                       "s3": {"addressing_style": "path", "use_dualstack_endpoint": true}}}});
        assert_eq!(
            vendor(Some(&p), Some(AWS_CONFIG)),
            Vendor::AwsConfig(AwsSettings {
                region: Some("us-west-2".into()),
                force_path_style: Some(false),
                accelerate: None,
                dual_stack: Some(true),
            })
        );
        for (params, named) in [
            (
                json!({"scopedConfig": {"environment": {"AWS_PROFILE": "x"}}}),
                "scopedConfig.environment",
            ),
            (json!({"clockTime": 0}), "AwsConfig.clockTime"),
            (
                json!({"scopedConfig": {"operation": {"region": "x"}}}),
                "operation.region",
            ),
            (
                json!({"scopedConfig": {"client": {"s3": {"addressing_style": "dns"}}}}),
                "`dns`",
            ),
        ] {
            match vendor(Some(&params), Some(AWS_CONFIG)) {
                Vendor::Unsupported(why) => assert!(why.contains(named), "{named}: {why}"),
                other => panic!("{params}: {other:?}"),
            }
        }
    }
}
