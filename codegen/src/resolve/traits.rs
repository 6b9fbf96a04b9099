//! Every trait id `resolve` uses (defined here only, so there is one spelling of each), and typed
//! accessors for the traits the back end needs. A trait that is absent, or whose value does not have
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
pub const CLIENT_CONTEXT_PARAMS: &str = "smithy.rules#clientContextParams";
pub const STATIC_CONTEXT_PARAMS: &str = "smithy.rules#staticContextParams";
pub const OPERATION_CONTEXT_PARAMS: &str = "smithy.rules#operationContextParams";
pub const HTTP_REQUEST_TESTS: &str = "smithy.test#httpRequestTests";
pub const HTTP_RESPONSE_TESTS: &str = "smithy.test#httpResponseTests";
pub const WAITABLE: &str = "smithy.waiters#waitable";
pub const HTTP: &str = "smithy.api#http";
pub const HTTP_HEADER: &str = "smithy.api#httpHeader";
pub const HTTP_QUERY: &str = "smithy.api#httpQuery";
pub const HTTP_QUERY_PARAMS: &str = "smithy.api#httpQueryParams";
pub const HTTP_PREFIX_HEADERS: &str = "smithy.api#httpPrefixHeaders";
pub const HTTP_LABEL: &str = "smithy.api#httpLabel";
pub const HTTP_PAYLOAD: &str = "smithy.api#httpPayload";
pub const HTTP_RESPONSE_CODE: &str = "smithy.api#httpResponseCode";
pub const HTTP_CHECKSUM_REQUIRED: &str = "smithy.api#httpChecksumRequired";
pub const HTTP_CHECKSUM: &str = "aws.protocols#httpChecksum";
pub const XML_NAME: &str = "smithy.api#xmlName";
pub const XML_ATTRIBUTE: &str = "smithy.api#xmlAttribute";
pub const XML_FLATTENED: &str = "smithy.api#xmlFlattened";
pub const XML_NAMESPACE: &str = "smithy.api#xmlNamespace";
pub const EC2_QUERY_NAME: &str = "aws.protocols#ec2QueryName";
pub const AWS_QUERY_NAME: &str = "aws.protocols#awsQueryName";
pub const ENDPOINT: &str = "smithy.api#endpoint";
pub const HOST_LABEL: &str = "smithy.api#hostLabel";
pub const REQUIRES_LENGTH: &str = "smithy.api#requiresLength";
pub const MEDIA_TYPE: &str = "smithy.api#mediaType";
pub const REQUEST_COMPRESSION: &str = "smithy.api#requestCompression";
pub const EVENT_HEADER: &str = "smithy.api#eventHeader";
pub const EVENT_PAYLOAD: &str = "smithy.api#eventPayload";
pub const AUTH: &str = "smithy.api#auth";
pub const OPTIONAL_AUTH: &str = "smithy.api#optionalAuth";
pub const NO_AUTH: &str = "smithy.api#noAuth";

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

/// `@http` on an operation.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct HttpTrait {
    pub method: String,
    /// The URI pattern as written (`/{Bucket}/{Key+}?x-id=GetObject`); its labels name `@httpLabel` members.
    pub uri: String,
    /// The status code of a successful response.
    #[serde(default = "default_http_code")]
    pub code: u16,
}

fn default_http_code() -> u16 {
    200
}

impl HttpTrait {
    fn validate(&self) -> Result<(), String> {
        non_empty(&self.method).map_err(|e| format!("method: {e}"))?;
        non_empty(&self.uri).map_err(|e| format!("uri: {e}"))?;
        match self.code {
            100..=999 => Ok(()),
            _ => Err("code: expected an HTTP status code (100 to 999)".into()),
        }
    }
}

/// `@xmlNamespace`.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct XmlNamespace {
    pub uri: String,
    pub prefix: Option<String>,
}

impl XmlNamespace {
    fn validate(&self) -> Result<(), String> {
        non_empty(&self.uri).map_err(|e| format!("uri: {e}"))?;
        match &self.prefix {
            Some(p) => xml_ncname(p).map_err(|e| format!("prefix: {e}")),
            None => Ok(()),
        }
    }
}

/// `aws.protocols#awsQueryError`: the error code and HTTP status an awsQuery-compatible error is sent with.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AwsQueryError {
    pub code: String,
    pub http_response_code: u16,
}

/// `@aws.protocols#httpChecksum` on an operation: which input members choose the request checksum and
/// ask for response validation, and the algorithms a response may carry.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct HttpChecksum {
    #[serde(default)]
    pub request_algorithm_member: Option<String>,
    #[serde(default)]
    pub request_checksum_required: bool,
    #[serde(default)]
    pub request_validation_mode_member: Option<String>,
    #[serde(default)]
    pub response_algorithms: Vec<String>,
}

/// `@endpoint` on an operation.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Endpoint {
    /// The host prefix pattern (`{Bucket}.data.`); its labels name `@hostLabel` members.
    pub host_prefix: String,
}

impl Endpoint {
    fn validate(&self) -> Result<(), String> {
        non_empty(&self.host_prefix).map_err(|e| format!("hostPrefix: {e}"))
    }
}

/// `@requestCompression` on an operation.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct RequestCompression {
    /// Supported encodings in order of preference, as written (the spec compares them case-insensitively).
    pub encodings: Vec<String>,
}

fn non_empty(s: &str) -> Result<(), String> {
    if s.is_empty() {
        Err("expected a non-empty string".into())
    } else {
        Ok(())
    }
}

/// An XML name without namespace prefix (`^[a-zA-Z_][a-zA-Z_0-9-]*$`), as `ec2QueryName` and the
/// `xmlNamespace` prefix require.
fn xml_ncname(s: &str) -> Result<(), String> {
    let mut chars = s.chars();
    let start = chars
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic() || c == '_');
    if start && chars.all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-') {
        Ok(())
    } else {
        Err(format!("`{s}` is not a valid XML name"))
    }
}

/// An `@xmlName`: an XML name with an optional `prefix:`.
fn xml_name(s: &str) -> Result<(), String> {
    let valid = match s.split_once(':') {
        Some((prefix, local)) => xml_ncname(prefix).is_ok() && xml_ncname(local).is_ok(),
        None => xml_ncname(s).is_ok(),
    };
    if valid {
        Ok(())
    } else {
        Err(format!(
            "`{s}` is not a valid XML name (a name, optionally with a `prefix:`)"
        ))
    }
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
}

// The next three types have no accessor (nothing reads these traits yet); they are what [`check`] accepts as
// their values, so a malformed endpoint parameter is reported at load time. The protocol test types after
// them are read by the IR's protocol test lowering.

/// `smithy.rules#contextParam`: the endpoint parameter a member is bound to.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct ContextParam {
    pub name: String,
}

/// One entry of `smithy.rules#staticContextParams`: a string, a boolean or a list of strings.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct StaticContextParam {
    pub value: StaticValue,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(untagged)]
pub enum StaticValue {
    Bool(bool),
    String(String),
    StringArray(Vec<String>),
}

/// One entry of `smithy.rules#operationContextParams`: a JMESPath expression over the input.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct OperationContextParam {
    pub path: String,
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

    /// A string trait whose value passes `valid` (the same test [`check`] reports with).
    fn str_where(&self, id: &str, valid: fn(&str) -> Result<(), String>) -> Option<&str> {
        self.str(id).filter(|s| valid(s).is_ok())
    }

    pub fn documentation(&self) -> Option<&str> {
        self.str(DOCUMENTATION)
    }

    pub fn is_required(&self) -> bool {
        self.has(REQUIRED)
    }

    /// The `@default` value; `None` when absent or explicitly `null` (which removes a default).
    pub fn default_value(&self) -> Option<&Value> {
        self.get(DEFAULT).filter(|v| !v.is_null())
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
        self.protocols().into_iter().next()
    }

    /// Every protocol the service declares, in [`Protocol::ALL`] order (trait values are unordered
    /// in the JSON AST, so the preference order is ours, not the model's).
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

    pub fn aws_query_error(&self) -> Option<AwsQueryError> {
        self.typed(AWS_QUERY_ERROR)
    }

    pub fn http(&self) -> Option<HttpTrait> {
        self.typed::<HttpTrait>(HTTP)
            .filter(|h| h.validate().is_ok())
    }

    /// `@httpHeader`: the header name a member is bound to.
    pub fn http_header(&self) -> Option<&str> {
        self.str_where(HTTP_HEADER, non_empty)
    }

    /// `@httpQuery`: the query parameter name a member is bound to.
    pub fn http_query(&self) -> Option<&str> {
        self.str_where(HTTP_QUERY, non_empty)
    }

    /// `@httpPrefixHeaders`: the header name prefix of a map member (may be empty: every header).
    pub fn http_prefix_headers(&self) -> Option<&str> {
        self.str(HTTP_PREFIX_HEADERS)
    }

    pub fn is_http_query_params(&self) -> bool {
        self.has(HTTP_QUERY_PARAMS)
    }

    pub fn is_http_label(&self) -> bool {
        self.has(HTTP_LABEL)
    }

    pub fn is_http_payload(&self) -> bool {
        self.has(HTTP_PAYLOAD)
    }

    pub fn is_http_response_code(&self) -> bool {
        self.has(HTTP_RESPONSE_CODE)
    }

    pub fn is_http_checksum_required(&self) -> bool {
        self.has(HTTP_CHECKSUM_REQUIRED)
    }

    pub fn http_checksum(&self) -> Option<HttpChecksum> {
        self.typed::<HttpChecksum>(HTTP_CHECKSUM)
    }

    pub fn xml_name(&self) -> Option<&str> {
        self.str_where(XML_NAME, xml_name)
    }

    pub fn is_xml_attribute(&self) -> bool {
        self.has(XML_ATTRIBUTE)
    }

    pub fn is_xml_flattened(&self) -> bool {
        self.has(XML_FLATTENED)
    }

    pub fn xml_namespace(&self) -> Option<XmlNamespace> {
        self.typed::<XmlNamespace>(XML_NAMESPACE)
            .filter(|n| n.validate().is_ok())
    }

    pub fn ec2_query_name(&self) -> Option<&str> {
        self.str_where(EC2_QUERY_NAME, xml_ncname)
    }

    pub fn aws_query_name(&self) -> Option<&str> {
        self.str_where(AWS_QUERY_NAME, xml_ncname)
    }

    pub fn endpoint(&self) -> Option<Endpoint> {
        self.typed::<Endpoint>(ENDPOINT)
            .filter(|e| e.validate().is_ok())
    }

    pub fn is_host_label(&self) -> bool {
        self.has(HOST_LABEL)
    }

    pub fn requires_length(&self) -> bool {
        self.has(REQUIRES_LENGTH)
    }

    pub fn media_type(&self) -> Option<&str> {
        self.str(MEDIA_TYPE)
    }

    pub fn request_compression(&self) -> Option<RequestCompression> {
        self.typed(REQUEST_COMPRESSION)
    }

    /// `@auth`: the auth schemes an operation (or service) uses, in order of preference; `None` when
    /// the trait is absent or not a list of shape ids.
    pub fn auth(&self) -> Option<Vec<String>> {
        self.typed(AUTH)
    }

    /// `@optionalAuth`: the operation may be called without credentials.
    pub fn is_optional_auth(&self) -> bool {
        self.has(OPTIONAL_AUTH)
    }

    /// `@eventHeader`: on a member of an event-stream event, bound to an event header.
    pub fn is_event_header(&self) -> bool {
        self.has(EVENT_HEADER)
    }

    /// `@eventPayload`: on a member of an event-stream event, bound to the event payload.
    pub fn is_event_payload(&self) -> bool {
        self.has(EVENT_PAYLOAD)
    }

    /// The endpoint rule set document, as JSON (the runtime's rules engine parses it).
    pub fn endpoint_rule_set(&self) -> Option<&Value> {
        self.get(ENDPOINT_RULE_SET).filter(|v| v.is_object())
    }

    /// `smithy.rules#contextParam` on an input member.
    pub fn context_param(&self) -> Option<ContextParam> {
        self.typed(CONTEXT_PARAM)
    }

    /// `smithy.rules#staticContextParams` of an operation (empty when absent).
    pub fn static_context_params(&self) -> BTreeMap<String, StaticContextParam> {
        self.typed(STATIC_CONTEXT_PARAMS).unwrap_or_default()
    }

    /// `smithy.rules#operationContextParams` of an operation: parameter name -> JMESPath text (empty
    /// when absent; a path outside the allowed subset is left out here and reported by [`check`]).
    pub fn operation_context_params(&self) -> BTreeMap<String, String> {
        self.typed::<BTreeMap<String, OperationContextParam>>(OPERATION_CONTEXT_PARAMS)
            .unwrap_or_default()
            .into_iter()
            .filter(|(_, p)| super::jmespath::parse(&p.path).is_ok())
            .map(|(k, p)| (k, p.path))
            .collect()
    }

    /// `smithy.rules#clientContextParams` of a service (empty when absent).
    pub fn client_context_params(&self) -> BTreeMap<String, ClientContextParam> {
        self.typed(CLIENT_CONTEXT_PARAMS).unwrap_or_default()
    }

    /// The `testCases` of `smithy.rules#endpointTests`, as JSON.
    pub fn endpoint_tests(&self) -> Option<&[Value]> {
        self.get(ENDPOINT_TESTS)?
            .get("testCases")?
            .as_array()
            .map(Vec::as_slice)
    }

    /// `smithy.waiters#waitable`: waiter name -> waiter.
    /// `smithy.test#httpRequestTests`, every case (empty when absent).
    pub fn http_request_tests(&self) -> Vec<HttpRequestTest> {
        self.typed(HTTP_REQUEST_TESTS).unwrap_or_default()
    }

    /// `smithy.test#httpResponseTests`, every case (empty when absent).
    pub fn http_response_tests(&self) -> Vec<HttpResponseTest> {
        self.typed(HTTP_RESPONSE_TESTS).unwrap_or_default()
    }

    pub fn waiters(&self) -> BTreeMap<String, Waiter> {
        self.typed(WAITABLE).unwrap_or_default()
    }
}

/// Checks the value of the traits above whose accessor would otherwise silently read `None`: the message
/// for a malformed value, or `None` when it is fine (or not one of these traits).
/// Every error of `results`, joined by `; `.
fn all_of(results: impl Iterator<Item = Result<(), String>>) -> Result<(), String> {
    let errors: Vec<String> = results.filter_map(Result::err).collect();
    if errors.is_empty() {
        Ok(())
    } else {
        Err(errors.join("; "))
    }
}

pub(crate) fn check(id: &str, v: &Value) -> Option<String> {
    fn parse<T: DeserializeOwned>(v: &Value) -> Result<T, String> {
        T::deserialize(v).map_err(|e| e.to_string())
    }
    fn de<T: DeserializeOwned>(v: &Value) -> Result<(), String> {
        parse::<T>(v).map(|_| ())
    }
    fn string(v: &Value) -> Result<(), String> {
        if v.is_string() {
            Ok(())
        } else {
            Err("expected a string".into())
        }
    }
    fn string_where(v: &Value, valid: fn(&str) -> Result<(), String>) -> Result<(), String> {
        string(v)?;
        v.as_str().map_or(Ok(()), valid)
    }
    let result = match id {
        DOCUMENTATION | JSON_NAME | TITLE | HTTP_PREFIX_HEADERS | MEDIA_TYPE => string(v),
        PATTERN => string_where(v, |p| {
            super::pattern::check(p).map_err(|e| format!("not an ECMA-262 regular expression: {e}"))
        }),
        HTTP_HEADER | HTTP_QUERY => string_where(v, non_empty),
        XML_NAME => string_where(v, xml_name),
        EC2_QUERY_NAME | AWS_QUERY_NAME => string_where(v, xml_ncname),
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
        LENGTH => parse::<Length>(v).and_then(|l| match (l.min, l.max) {
            (Some(min), Some(max)) if min > max => Err(format!(
                "min {min} is above max {max}: no value can satisfy it"
            )),
            _ => Ok(()),
        }),
        RANGE => parse::<Range>(v).and_then(|r| match (&r.min, &r.max) {
            (Some(min), Some(max)) if min.as_f64() > max.as_f64() => Err(format!(
                "min {min} is above max {max}: no value can satisfy it"
            )),
            _ => Ok(()),
        }),
        DEPRECATED => de::<Deprecated>(v),
        EXAMPLES => de::<Vec<Example>>(v),
        PAGINATED => de::<Paginated>(v),
        AWS_SERVICE => de::<AwsService>(v),
        SIGV4 => de::<SigV4>(v),
        CONTEXT_PARAM => de::<ContextParam>(v),
        CLIENT_CONTEXT_PARAMS => de::<BTreeMap<String, ClientContextParam>>(v),
        STATIC_CONTEXT_PARAMS => parse::<BTreeMap<String, Value>>(v).and_then(|m| {
            all_of(m.iter().map(|(k, p)| {
                p.get("value")
                    .and_then(|v| StaticValue::deserialize(v).ok())
                    .map(|_| ())
                    .ok_or_else(|| {
                        format!("{k}.value: expected a string, a boolean or a list of strings")
                    })
            }))
        }),
        OPERATION_CONTEXT_PARAMS => {
            parse::<BTreeMap<String, OperationContextParam>>(v).and_then(|m| {
                all_of(m.iter().map(|(k, p)| {
                    super::jmespath::parse(&p.path)
                        .map(|_| ())
                        .map_err(|e| format!("{k}.path: {e}"))
                }))
            })
        }
        HTTP_REQUEST_TESTS => de::<Vec<HttpRequestTest>>(v),
        HTTP_RESPONSE_TESTS => de::<Vec<HttpResponseTest>>(v),
        WAITABLE => de::<BTreeMap<String, Waiter>>(v),
        HTTP => parse::<HttpTrait>(v).and_then(|h| h.validate()),
        XML_NAMESPACE => parse::<XmlNamespace>(v).and_then(|n| n.validate()),
        AWS_QUERY_ERROR => de::<AwsQueryError>(v),
        ENDPOINT => parse::<Endpoint>(v).and_then(|e| e.validate()),
        REQUEST_COMPRESSION => de::<RequestCompression>(v),
        _ => Ok(()),
    };
    result.err()
}

#[cfg(test)]
mod tests {
    use serde_json::{Value, json};

    use super::*;

    fn one(id: &str, v: Value) -> Traits {
        [(id.to_string(), v)].into_iter().collect()
    }

    #[test]
    fn http_reads_method_uri_and_code() {
        let t = one(
            HTTP,
            json!({"method": "PUT", "uri": "/{Bucket}/{Key+}", "code": 204}),
        );
        let h = t.http().expect("http");
        assert_eq!(
            (h.method.as_str(), h.uri.as_str(), h.code),
            ("PUT", "/{Bucket}/{Key+}", 204)
        );
        assert_eq!(
            check(HTTP, &json!({"method": "PUT", "uri": "/", "code": 204})),
            None
        );
    }

    #[test]
    fn http_code_defaults_to_200() {
        let t = one(HTTP, json!({"method": "GET", "uri": "/"}));
        assert_eq!(t.http().map(|h| h.code), Some(200));
    }

    #[test]
    fn malformed_http_reads_none_and_is_reported() {
        for (v, message) in [
            (json!({"uri": "/"}), "missing field `method`"),
            (
                json!({"method": "", "uri": "/"}),
                "method: expected a non-empty string",
            ),
            (
                json!({"method": "GET", "uri": ""}),
                "uri: expected a non-empty string",
            ),
            (
                json!({"method": "GET", "uri": "/", "code": 99}),
                "code: expected an HTTP status code (100 to 999)",
            ),
            (
                json!({"method": "GET", "uri": "/", "code": 70000}),
                "expected u16",
            ),
        ] {
            assert_eq!(one(HTTP, v.clone()).http(), None, "{v}");
            let e = check(HTTP, &v).expect("reported");
            assert!(e.contains(message), "{v}: {e}");
        }
    }

    #[test]
    fn header_and_query_names_must_be_non_empty_strings() {
        for id in [HTTP_HEADER, HTTP_QUERY] {
            let t = one(id, json!("X-Amz-Target"));
            let read = |t: &Traits| match id {
                HTTP_HEADER => t.http_header().map(str::to_owned),
                _ => t.http_query().map(str::to_owned),
            };
            assert_eq!(read(&t).as_deref(), Some("X-Amz-Target"));
            assert_eq!(check(id, &json!("X-Amz-Target")), None);
            assert_eq!(read(&one(id, json!(""))), None);
            assert_eq!(
                check(id, &json!("")).as_deref(),
                Some("expected a non-empty string")
            );
            assert_eq!(check(id, &json!(1)).as_deref(), Some("expected a string"));
        }
    }

    #[test]
    fn prefix_headers_may_be_empty() {
        assert_eq!(
            one(HTTP_PREFIX_HEADERS, json!("")).http_prefix_headers(),
            Some("")
        );
        assert_eq!(
            one(HTTP_PREFIX_HEADERS, json!("x-amz-meta-")).http_prefix_headers(),
            Some("x-amz-meta-")
        );
        assert_eq!(check(HTTP_PREFIX_HEADERS, &json!("")), None);
        assert_eq!(
            check(HTTP_PREFIX_HEADERS, &json!({})).as_deref(),
            Some("expected a string")
        );
    }

    #[test]
    fn annotation_traits_read_as_present_whatever_their_value() {
        type Has = fn(&Traits) -> bool;
        let accessors: [(&str, Has); 11] = [
            (HTTP_LABEL, Traits::is_http_label),
            (HTTP_PAYLOAD, Traits::is_http_payload),
            (HTTP_QUERY_PARAMS, Traits::is_http_query_params),
            (HTTP_RESPONSE_CODE, Traits::is_http_response_code),
            (HTTP_CHECKSUM_REQUIRED, Traits::is_http_checksum_required),
            (XML_ATTRIBUTE, Traits::is_xml_attribute),
            (XML_FLATTENED, Traits::is_xml_flattened),
            (HOST_LABEL, Traits::is_host_label),
            (REQUIRES_LENGTH, Traits::requires_length),
            (EVENT_HEADER, Traits::is_event_header),
            (EVENT_PAYLOAD, Traits::is_event_payload),
        ];
        for (id, has) in accessors {
            assert!(has(&one(id, json!({}))), "{id}");
            assert!(!has(&Traits::default()), "{id}");
            assert_eq!(check(id, &json!({})), None, "{id}");
        }
    }

    #[test]
    fn xml_names() {
        for ok in ["Item", "_x-1", "xsi:type"] {
            assert_eq!(one(XML_NAME, json!(ok)).xml_name(), Some(ok));
            assert_eq!(check(XML_NAME, &json!(ok)), None, "{ok}");
        }
        for bad in ["", "1x", "a:b:c", ":a", "a b"] {
            assert_eq!(one(XML_NAME, json!(bad)).xml_name(), None, "{bad}");
            let e = check(XML_NAME, &json!(bad)).expect("reported");
            assert!(e.contains("is not a valid XML name"), "{bad}: {e}");
        }
    }

    #[test]
    fn ec2_query_names_have_no_prefix() {
        assert_eq!(
            one(EC2_QUERY_NAME, json!("InstanceId")).ec2_query_name(),
            Some("InstanceId")
        );
        assert_eq!(one(EC2_QUERY_NAME, json!("a:b")).ec2_query_name(), None);
        assert_eq!(
            check(EC2_QUERY_NAME, &json!("a:b")).as_deref(),
            Some("`a:b` is not a valid XML name")
        );
    }

    #[test]
    fn xml_namespace_reads_uri_and_optional_prefix() {
        let v = json!({"uri": "http://s3.amazonaws.com/doc/2006-03-01/", "prefix": "s3"});
        let n = one(XML_NAMESPACE, v.clone())
            .xml_namespace()
            .expect("xmlNamespace");
        assert_eq!(n.uri, "http://s3.amazonaws.com/doc/2006-03-01/");
        assert_eq!(n.prefix.as_deref(), Some("s3"));
        assert_eq!(check(XML_NAMESPACE, &v), None);
        let n = one(XML_NAMESPACE, json!({"uri": "urn:x"})).xml_namespace();
        assert_eq!(n.map(|n| n.prefix), Some(None));
        for (v, message) in [
            (json!({"prefix": "s3"}), "missing field `uri`"),
            (json!({"uri": ""}), "uri: expected a non-empty string"),
            (
                json!({"uri": "urn:x", "prefix": "a:b"}),
                "prefix: `a:b` is not a valid XML name",
            ),
        ] {
            assert_eq!(one(XML_NAMESPACE, v.clone()).xml_namespace(), None, "{v}");
            let e = check(XML_NAMESPACE, &v).expect("reported");
            assert!(e.contains(message), "{v}: {e}");
        }
    }

    #[test]
    fn aws_query_error_reads_code_and_status() {
        let v = json!({"code": "InvalidAction", "httpResponseCode": 400});
        assert_eq!(
            one(AWS_QUERY_ERROR, v.clone()).aws_query_error(),
            Some(AwsQueryError {
                code: "InvalidAction".into(),
                http_response_code: 400
            })
        );
        assert_eq!(check(AWS_QUERY_ERROR, &v), None);
        let v = json!({"code": "InvalidAction"});
        assert_eq!(one(AWS_QUERY_ERROR, v.clone()).aws_query_error(), None);
        let e = check(AWS_QUERY_ERROR, &v).expect("reported");
        assert!(e.contains("missing field `httpResponseCode`"), "{e}");
    }

    #[test]
    fn endpoint_host_prefix() {
        let t = one(ENDPOINT, json!({"hostPrefix": "{Bucket}.data."}));
        assert_eq!(
            t.endpoint().map(|e| e.host_prefix).as_deref(),
            Some("{Bucket}.data.")
        );
        assert_eq!(one(ENDPOINT, json!({"hostPrefix": ""})).endpoint(), None);
        assert_eq!(
            check(ENDPOINT, &json!({"hostPrefix": ""})).as_deref(),
            Some("hostPrefix: expected a non-empty string")
        );
        let e = check(ENDPOINT, &json!({})).expect("reported");
        assert!(e.contains("missing field `hostPrefix`"), "{e}");
    }

    #[test]
    fn media_type_and_request_compression() {
        assert_eq!(
            one(MEDIA_TYPE, json!("video/quicktime")).media_type(),
            Some("video/quicktime")
        );
        assert_eq!(
            check(MEDIA_TYPE, &json!(["x"])).as_deref(),
            Some("expected a string")
        );
        let t = one(REQUEST_COMPRESSION, json!({"encodings": ["gzip"]}));
        assert_eq!(
            t.request_compression().map(|r| r.encodings),
            Some(vec!["gzip".to_string()])
        );
        let e = check(REQUEST_COMPRESSION, &json!({})).expect("reported");
        assert!(e.contains("missing field `encodings`"), "{e}");
    }

    #[test]
    fn timestamp_formats() {
        for (v, f) in [
            ("date-time", TimestampFormat::DateTime),
            ("http-date", TimestampFormat::HttpDate),
            ("epoch-seconds", TimestampFormat::EpochSeconds),
        ] {
            assert_eq!(one(TIMESTAMP_FORMAT, json!(v)).timestamp_format(), Some(f));
        }
        assert_eq!(one(TIMESTAMP_FORMAT, json!("iso")).timestamp_format(), None);
        assert!(check(TIMESTAMP_FORMAT, &json!("iso")).is_some());
    }
}
