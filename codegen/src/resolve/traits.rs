//! Typed accessors for the traits the back end needs. A trait that is absent, or whose value does not have
//! the shape the spec gives it, reads as `None` (or `false`/empty): these never panic. `resolve` reports the
//! malformed values of the traits checked in [`check`] as diagnostics, so a resolved model has none of those.

use std::collections::BTreeMap;

use serde::Deserialize;
use serde::de::DeserializeOwned;
use serde_json::{Number, Value};

use super::Traits;

pub const DOCUMENTATION: &str = "smithy.api#documentation";
pub const REQUIRED: &str = "smithy.api#required";
pub const CLIENT_OPTIONAL: &str = "smithy.api#clientOptional";
pub const DEFAULT: &str = "smithy.api#default";
pub const ADDED_DEFAULT: &str = "smithy.api#addedDefault";
pub const IDEMPOTENCY_TOKEN: &str = "smithy.api#idempotencyToken";
pub const ERROR: &str = "smithy.api#error";
pub const HTTP_ERROR: &str = "smithy.api#httpError";
pub const RETRYABLE: &str = "smithy.api#retryable";
pub const ENUM_VALUE: &str = "smithy.api#enumValue";
pub const ENUM: &str = "smithy.api#enum";
pub const LENGTH: &str = "smithy.api#length";
pub const RANGE: &str = "smithy.api#range";
pub const PATTERN: &str = "smithy.api#pattern";
pub const SENSITIVE: &str = "smithy.api#sensitive";
pub const DEPRECATED: &str = "smithy.api#deprecated";
pub const INPUT: &str = "smithy.api#input";
pub const OUTPUT: &str = "smithy.api#output";
pub const EXAMPLES: &str = "smithy.api#examples";
pub const PAGINATED: &str = "smithy.api#paginated";
pub const TIMESTAMP_FORMAT: &str = "smithy.api#timestampFormat";
pub const JSON_NAME: &str = "smithy.api#jsonName";
pub const STREAMING: &str = "smithy.api#streaming";
pub const SPARSE: &str = "smithy.api#sparse";
pub const BOX: &str = "smithy.api#box";
pub const TITLE: &str = "smithy.api#title";
pub const TAGS: &str = "smithy.api#tags";
pub const MIXIN: &str = "smithy.api#mixin";
pub const UNIT_TYPE: &str = "smithy.api#unitType";
pub const UNIQUE_ITEMS: &str = "smithy.api#uniqueItems";
pub const AWS_SERVICE: &str = "aws.api#service";
pub const SIGV4: &str = "aws.auth#sigv4";
pub const AWS_QUERY_COMPATIBLE: &str = "aws.protocols#awsQueryCompatible";
pub const AWS_QUERY_ERROR: &str = "aws.protocols#awsQueryError";
pub const ENDPOINT_RULE_SET: &str = "smithy.rules#endpointRuleSet";
pub const ENDPOINT_TESTS: &str = "smithy.rules#endpointTests";
pub const CONTEXT_PARAM: &str = "smithy.rules#contextParam";
pub const STATIC_CONTEXT_PARAMS: &str = "smithy.rules#staticContextParams";
pub const CLIENT_CONTEXT_PARAMS: &str = "smithy.rules#clientContextParams";
pub const HTTP_REQUEST_TESTS: &str = "smithy.test#httpRequestTests";
pub const HTTP_RESPONSE_TESTS: &str = "smithy.test#httpResponseTests";
pub const WAITABLE: &str = "smithy.waiters#waitable";

/// Who is at fault for an error (`@error("client")` / `@error("server")`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorFault {
    Client,
    Server,
}

#[derive(Debug, Clone, PartialEq, Eq, Default, Deserialize)]
pub struct Retryable {
    #[serde(default)]
    pub throttling: bool,
}

/// The value of `@enumValue`: a string for enum members, an integer for intEnum members.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EnumValueTrait<'a> {
    String(&'a str),
    Int(i64),
}

/// One definition of the Smithy 1.0 `enum` trait.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct EnumDefinition {
    pub value: String,
    pub name: Option<String>,
    pub documentation: Option<String>,
    #[serde(default)]
    pub tags: Vec<String>,
    #[serde(default)]
    pub deprecated: bool,
}

/// `@length(min, max)`: inclusive bounds on a length or size.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct Length {
    pub min: Option<u64>,
    pub max: Option<u64>,
}

/// `@range(min, max)`: inclusive numeric bounds, exact as written (they may be decimals).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct Range {
    pub min: Option<Number>,
    pub max: Option<Number>,
}

#[derive(Debug, Clone, PartialEq, Eq, Default, Deserialize)]
pub struct Deprecated {
    pub message: Option<String>,
    pub since: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Example {
    pub title: String,
    pub documentation: Option<String>,
    pub input: Option<Value>,
    pub output: Option<Value>,
    pub error: Option<ExampleError>,
    #[serde(rename = "allowConstraintErrors", default)]
    pub allow_constraint_errors: bool,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct ExampleError {
    #[serde(rename = "shapeId")]
    pub shape_id: String,
    pub content: Option<Value>,
}

/// `@paginated`. On an operation, fields it leaves out come from the service's `@paginated`
/// (see [`Paginated::merged`]).
#[derive(Debug, Clone, PartialEq, Eq, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Paginated {
    pub input_token: Option<String>,
    pub output_token: Option<String>,
    pub items: Option<String>,
    pub page_size: Option<String>,
}

impl Paginated {
    /// The effective pagination of an operation: its own `@paginated`, completed by the service's. `None`
    /// when the operation is not paginated.
    pub fn merged(operation: &Traits, service: &Traits) -> Option<Paginated> {
        let op = operation.paginated()?;
        let svc = service.paginated().unwrap_or_default();
        Some(Paginated {
            input_token: op.input_token.or(svc.input_token),
            output_token: op.output_token.or(svc.output_token),
            items: op.items.or(svc.items),
            page_size: op.page_size.or(svc.page_size),
        })
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TimestampFormat {
    DateTime,
    HttpDate,
    EpochSeconds,
}

/// `aws.api#service`.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AwsService {
    pub sdk_id: String,
    pub arn_namespace: Option<String>,
    #[serde(rename = "cloudFormationName")]
    pub cloud_formation_name: Option<String>,
    pub cloud_trail_event_source: Option<String>,
    pub doc_id: Option<String>,
    pub endpoint_prefix: Option<String>,
}

/// `aws.auth#sigv4`: the signing name.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct SigV4 {
    pub name: String,
}

/// The wire protocol a service declares with a protocol trait.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Protocol {
    AwsJson1_0,
    AwsJson1_1,
    RestJson1,
    RestXml,
    AwsQuery,
    Ec2Query,
    RpcV2Cbor,
}

impl Protocol {
    /// Every protocol with its trait id, in the order preferred when a service declares several.
    pub const ALL: [(Protocol, &'static str); 7] = [
        (Protocol::RpcV2Cbor, "smithy.protocols#rpcv2Cbor"),
        (Protocol::AwsJson1_0, "aws.protocols#awsJson1_0"),
        (Protocol::AwsJson1_1, "aws.protocols#awsJson1_1"),
        (Protocol::RestJson1, "aws.protocols#restJson1"),
        (Protocol::RestXml, "aws.protocols#restXml"),
        (Protocol::AwsQuery, "aws.protocols#awsQuery"),
        (Protocol::Ec2Query, "aws.protocols#ec2Query"),
    ];

    pub fn trait_id(self) -> &'static str {
        Protocol::ALL
            .iter()
            .find(|(p, _)| *p == self)
            .map(|(_, id)| *id)
            .unwrap_or_default()
    }
}

/// `smithy.rules#contextParam`: the endpoint parameter a member is bound to.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct ContextParam {
    pub name: String,
}

/// One entry of `smithy.rules#clientContextParams`.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct ClientContextParam {
    /// `string` or `boolean` (or `stringArray`).
    #[serde(rename = "type")]
    pub kind: String,
    pub documentation: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
pub enum AppliesTo {
    #[serde(rename = "client")]
    Client,
    #[serde(rename = "server")]
    Server,
}

/// One `smithy.test#httpRequestTests` case.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct HttpRequestTest {
    pub id: String,
    pub protocol: String,
    pub method: String,
    pub uri: String,
    pub host: Option<String>,
    pub resolved_host: Option<String>,
    pub auth_scheme: Option<String>,
    #[serde(default)]
    pub query_params: Vec<String>,
    #[serde(default)]
    pub forbid_query_params: Vec<String>,
    #[serde(default)]
    pub require_query_params: Vec<String>,
    #[serde(default)]
    pub headers: BTreeMap<String, String>,
    #[serde(default)]
    pub forbid_headers: Vec<String>,
    #[serde(default)]
    pub require_headers: Vec<String>,
    pub body: Option<String>,
    pub body_media_type: Option<String>,
    pub params: Option<Value>,
    pub vendor_params: Option<Value>,
    pub vendor_params_shape: Option<String>,
    pub documentation: Option<String>,
    #[serde(default)]
    pub tags: Vec<String>,
    pub applies_to: Option<AppliesTo>,
}

/// One `smithy.test#httpResponseTests` case.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct HttpResponseTest {
    pub id: String,
    pub protocol: String,
    pub code: u16,
    pub auth_scheme: Option<String>,
    #[serde(default)]
    pub headers: BTreeMap<String, String>,
    #[serde(default)]
    pub forbid_headers: Vec<String>,
    #[serde(default)]
    pub require_headers: Vec<String>,
    pub body: Option<String>,
    pub body_media_type: Option<String>,
    pub params: Option<Value>,
    pub vendor_params: Option<Value>,
    pub vendor_params_shape: Option<String>,
    pub documentation: Option<String>,
    #[serde(default)]
    pub tags: Vec<String>,
    pub applies_to: Option<AppliesTo>,
}

/// One waiter of `smithy.waiters#waitable`.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Waiter {
    pub documentation: Option<String>,
    pub acceptors: Vec<Acceptor>,
    #[serde(default = "default_min_delay")]
    pub min_delay: u64,
    #[serde(default = "default_max_delay")]
    pub max_delay: u64,
    #[serde(default)]
    pub deprecated: bool,
    #[serde(default)]
    pub tags: Vec<String>,
}

fn default_min_delay() -> u64 {
    2
}

fn default_max_delay() -> u64 {
    120
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Acceptor {
    pub state: AcceptorState,
    pub matcher: Matcher,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum AcceptorState {
    Success,
    Failure,
    Retry,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum Matcher {
    Output(PathMatcher),
    InputOutput(PathMatcher),
    Success(bool),
    ErrorType(String),
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct PathMatcher {
    pub path: String,
    pub expected: String,
    /// `stringEquals`, `booleanEquals`, `allStringEquals` or `anyStringEquals`.
    pub comparator: String,
}

impl Traits {
    /// The trait value deserialised as `T`, or `None` when absent or malformed.
    pub fn typed<T: DeserializeOwned>(&self, id: &str) -> Option<T> {
        T::deserialize(self.get(id)?).ok()
    }

    fn str(&self, id: &str) -> Option<&str> {
        self.get(id)?.as_str()
    }

    pub fn documentation(&self) -> Option<&str> {
        self.str(DOCUMENTATION)
    }

    pub fn is_required(&self) -> bool {
        self.has(REQUIRED)
    }

    pub fn is_client_optional(&self) -> bool {
        self.has(CLIENT_OPTIONAL)
    }

    /// The `@default` value; `None` when absent or explicitly `null` (which removes a default).
    pub fn default_value(&self) -> Option<&Value> {
        self.get(DEFAULT).filter(|v| !v.is_null())
    }

    pub fn has_added_default(&self) -> bool {
        self.has(ADDED_DEFAULT)
    }

    pub fn is_idempotency_token(&self) -> bool {
        self.has(IDEMPOTENCY_TOKEN)
    }

    pub fn error(&self) -> Option<ErrorFault> {
        match self.str(ERROR)? {
            "client" => Some(ErrorFault::Client),
            "server" => Some(ErrorFault::Server),
            _ => None,
        }
    }

    pub fn http_error(&self) -> Option<u16> {
        self.get(HTTP_ERROR)?
            .as_u64()
            .and_then(|c| u16::try_from(c).ok())
    }

    pub fn retryable(&self) -> Option<Retryable> {
        self.typed(RETRYABLE)
    }

    pub fn enum_value(&self) -> Option<EnumValueTrait<'_>> {
        match self.get(ENUM_VALUE)? {
            Value::String(s) => Some(EnumValueTrait::String(s)),
            v => v.as_i64().map(EnumValueTrait::Int),
        }
    }

    /// The Smithy 1.0 `enum` trait (a resolved model already turned such strings into enum shapes).
    pub fn enum_definitions(&self) -> Option<Vec<EnumDefinition>> {
        self.typed(ENUM)
    }

    pub fn length(&self) -> Option<Length> {
        self.typed(LENGTH)
    }

    pub fn range(&self) -> Option<Range> {
        self.typed(RANGE)
    }

    pub fn pattern(&self) -> Option<&str> {
        self.str(PATTERN)
    }

    pub fn is_sensitive(&self) -> bool {
        self.has(SENSITIVE)
    }

    pub fn deprecated(&self) -> Option<Deprecated> {
        self.typed(DEPRECATED)
    }

    pub fn is_input(&self) -> bool {
        self.has(INPUT)
    }

    pub fn is_output(&self) -> bool {
        self.has(OUTPUT)
    }

    /// `@examples`; empty when absent or malformed.
    pub fn examples(&self) -> Vec<Example> {
        self.typed(EXAMPLES).unwrap_or_default()
    }

    /// The shape's own `@paginated`; for an operation use [`Paginated::merged`] with the service's traits.
    pub fn paginated(&self) -> Option<Paginated> {
        self.typed(PAGINATED)
    }

    pub fn timestamp_format(&self) -> Option<TimestampFormat> {
        match self.str(TIMESTAMP_FORMAT)? {
            "date-time" => Some(TimestampFormat::DateTime),
            "http-date" => Some(TimestampFormat::HttpDate),
            "epoch-seconds" => Some(TimestampFormat::EpochSeconds),
            _ => None,
        }
    }

    pub fn json_name(&self) -> Option<&str> {
        self.str(JSON_NAME)
    }

    pub fn is_streaming(&self) -> bool {
        self.has(STREAMING)
    }

    pub fn is_sparse(&self) -> bool {
        self.has(SPARSE)
    }

    pub fn is_box(&self) -> bool {
        self.has(BOX)
    }

    pub fn title(&self) -> Option<&str> {
        self.str(TITLE)
    }

    pub fn aws_service(&self) -> Option<AwsService> {
        self.typed(AWS_SERVICE)
    }

    pub fn sigv4(&self) -> Option<SigV4> {
        self.typed(SIGV4)
    }

    /// The protocol the service speaks; when it declares several, the first in [`Protocol::ALL`] order.
    pub fn protocol(&self) -> Option<Protocol> {
        Protocol::ALL
            .iter()
            .find(|(_, id)| self.has(id))
            .map(|(p, _)| *p)
    }

    /// Every protocol the service declares, in [`Protocol::ALL`] order.
    pub fn protocols(&self) -> Vec<Protocol> {
        Protocol::ALL
            .iter()
            .filter(|(_, id)| self.has(id))
            .map(|(p, _)| *p)
            .collect()
    }

    pub fn is_aws_query_compatible(&self) -> bool {
        self.has(AWS_QUERY_COMPATIBLE)
    }

    /// The endpoint rule set document, as JSON (the runtime's rules engine parses it).
    pub fn endpoint_rule_set(&self) -> Option<&Value> {
        self.get(ENDPOINT_RULE_SET).filter(|v| v.is_object())
    }

    /// The `testCases` of `smithy.rules#endpointTests`, as JSON.
    pub fn endpoint_tests(&self) -> Option<&[Value]> {
        self.get(ENDPOINT_TESTS)?
            .get("testCases")?
            .as_array()
            .map(Vec::as_slice)
    }

    pub fn context_param(&self) -> Option<ContextParam> {
        self.typed(CONTEXT_PARAM)
    }

    /// `smithy.rules#staticContextParams`: parameter name -> the value the operation fixes.
    pub fn static_context_params(&self) -> BTreeMap<&str, &Value> {
        let Some(Value::Object(map)) = self.get(STATIC_CONTEXT_PARAMS) else {
            return BTreeMap::new();
        };
        map.iter()
            .filter_map(|(k, v)| Some((k.as_str(), v.get("value")?)))
            .collect()
    }

    pub fn client_context_params(&self) -> BTreeMap<String, ClientContextParam> {
        self.typed(CLIENT_CONTEXT_PARAMS).unwrap_or_default()
    }

    /// `smithy.test#httpRequestTests`; empty when absent or malformed.
    pub fn http_request_tests(&self) -> Vec<HttpRequestTest> {
        self.typed(HTTP_REQUEST_TESTS).unwrap_or_default()
    }

    /// `smithy.test#httpResponseTests`; empty when absent or malformed.
    pub fn http_response_tests(&self) -> Vec<HttpResponseTest> {
        self.typed(HTTP_RESPONSE_TESTS).unwrap_or_default()
    }

    /// `smithy.waiters#waitable`: waiter name -> waiter.
    pub fn waiters(&self) -> BTreeMap<String, Waiter> {
        self.typed(WAITABLE).unwrap_or_default()
    }
}

/// Checks the value of the traits above whose accessor would otherwise silently read `None`: the message
/// for a malformed value, or `None` when it is fine (or not one of these traits).
pub(crate) fn check(id: &str, v: &Value) -> Option<String> {
    fn de<T: DeserializeOwned>(v: &Value) -> Result<(), String> {
        T::deserialize(v).map(|_| ()).map_err(|e| e.to_string())
    }
    fn string(v: &Value) -> Result<(), String> {
        if v.is_string() {
            Ok(())
        } else {
            Err("expected a string".into())
        }
    }
    let result = match id {
        DOCUMENTATION | PATTERN | JSON_NAME | TITLE => string(v),
        ERROR => match v.as_str() {
            Some("client" | "server") => Ok(()),
            _ => Err("expected \"client\" or \"server\"".into()),
        },
        HTTP_ERROR => match v.as_u64() {
            Some(100..=599) => Ok(()),
            _ => Err("expected an HTTP status code (100 to 599)".into()),
        },
        TIMESTAMP_FORMAT => match v.as_str() {
            Some("date-time" | "http-date" | "epoch-seconds") => Ok(()),
            _ => Err("expected \"date-time\", \"http-date\" or \"epoch-seconds\"".into()),
        },
        RETRYABLE => de::<Retryable>(v),
        LENGTH => de::<Length>(v),
        RANGE => de::<Range>(v),
        DEPRECATED => de::<Deprecated>(v),
        EXAMPLES => de::<Vec<Example>>(v),
        PAGINATED => de::<Paginated>(v),
        AWS_SERVICE => de::<AwsService>(v),
        SIGV4 => de::<SigV4>(v),
        CONTEXT_PARAM => de::<ContextParam>(v),
        CLIENT_CONTEXT_PARAMS => de::<BTreeMap<String, ClientContextParam>>(v),
        HTTP_REQUEST_TESTS => de::<Vec<HttpRequestTest>>(v),
        HTTP_RESPONSE_TESTS => de::<Vec<HttpResponseTest>>(v),
        WAITABLE => de::<BTreeMap<String, Waiter>>(v),
        _ => Ok(()),
    };
    result.err()
}
