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
    /// Params of a shape this generator does not know how to apply: the test fails and says so, rather
    /// than pass without them.
    Unsupported(String),
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
        Some(other) => Vendor::Unsupported(format!("vendorParams of shape {other}: {params}")),
        None => Vendor::Unsupported(format!(
            "vendorParams without a vendorParamsShape: {params}"
        )),
    }
}
