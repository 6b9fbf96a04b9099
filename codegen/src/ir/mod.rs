//! Stage 3: the Rust-facing IR. Every Rust name is decided here (through [`crate::names`]), every wire name
//! and wire format is attached, and every decision the emitters would otherwise make about the model is made.
//! Emitters only print.

mod doc_table;
mod endpoint_tests;
pub mod literal;
mod lower;
pub mod protocol_tests;
pub mod waiter;

pub use crate::names::RESERVED_FEATURES;
pub use literal::{FloatLiteral, Literal, StructLiteral};
pub use lower::lower;
pub use protocol_tests::{Expected, ProtocolTests, RequestTest, ResponseTest, TestCase, Vendor};

use std::collections::BTreeMap;

use serde_json::Value;

use crate::resolve::ShapeId;
use crate::resolve::Traits;
use crate::resolve::traits::{self, ErrorFault};

/// The wire protocol of a service, from its `aws.protocols#*` / `smithy.protocols#*` trait.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Protocol {
    AwsJson1_0,
    AwsJson1_1,
    RestJson1,
    RestXml,
    AwsQuery,
    Ec2Query,
    RpcV2Cbor,
    None,
}

impl Protocol {
    /// The protocol trait's shape id (`aws.protocols#awsJson1_1`), which protocol tests name.
    pub fn trait_id(self) -> Option<&'static str> {
        let resolved = match self {
            Protocol::AwsJson1_0 => traits::Protocol::AwsJson1_0,
            Protocol::AwsJson1_1 => traits::Protocol::AwsJson1_1,
            Protocol::RestJson1 => traits::Protocol::RestJson1,
            Protocol::RestXml => traits::Protocol::RestXml,
            Protocol::AwsQuery => traits::Protocol::AwsQuery,
            Protocol::Ec2Query => traits::Protocol::Ec2Query,
            Protocol::RpcV2Cbor => traits::Protocol::RpcV2Cbor,
            Protocol::None => return None,
        };
        traits::Protocol::ALL
            .iter()
            .find(|(p, _)| *p == resolved)
            .map(|(_, id)| *id)
    }

    fn from_trait(p: traits::Protocol) -> Protocol {
        match p {
            traits::Protocol::AwsJson1_0 => Protocol::AwsJson1_0,
            traits::Protocol::AwsJson1_1 => Protocol::AwsJson1_1,
            traits::Protocol::RestJson1 => Protocol::RestJson1,
            traits::Protocol::RestXml => Protocol::RestXml,
            traits::Protocol::AwsQuery => Protocol::AwsQuery,
            traits::Protocol::Ec2Query => Protocol::Ec2Query,
            traits::Protocol::RpcV2Cbor => Protocol::RpcV2Cbor,
        }
    }

    /// The protocol a service is generated with: of those it declares, the first the client supports;
    /// failing that the first declared (types only). The note says which was chosen over which, when the
    /// service declares more than one.
    fn choose(traits: &Traits) -> (Protocol, Option<String>) {
        let declared: Vec<Protocol> = traits
            .protocols()
            .into_iter()
            .map(Protocol::from_trait)
            .collect();
        let chosen = declared
            .iter()
            .copied()
            .find(|p| p.client_supported())
            .or_else(|| declared.first().copied())
            .unwrap_or(Protocol::None);
        let note = (declared.len() > 1).then(|| {
            let names: Vec<&str> = declared.iter().map(|p| p.name()).collect();
            format!(
                "The service declares the protocols {}; this client speaks {}, the first of them it supports.",
                names.join(", "),
                chosen.name()
            )
        });
        (chosen, note)
    }

    pub fn name(self) -> &'static str {
        match self {
            Protocol::AwsJson1_0 => "awsJson1_0",
            Protocol::AwsJson1_1 => "awsJson1_1",
            Protocol::RestJson1 => "restJson1",
            Protocol::RestXml => "restXml",
            Protocol::AwsQuery => "awsQuery",
            Protocol::Ec2Query => "ec2Query",
            Protocol::RpcV2Cbor => "rpcv2Cbor",
            Protocol::None => "none",
        }
    }

    /// Does the runtime have a client for this protocol?
    pub fn client_supported(self) -> bool {
        matches!(
            self,
            Protocol::AwsJson1_0
                | Protocol::AwsJson1_1
                | Protocol::RestJson1
                | Protocol::RpcV2Cbor
                | Protocol::AwsQuery
                | Protocol::Ec2Query
                | Protocol::RestXml
        )
    }

    /// Is every operation of the protocol `POST /` with the operation named in a header or the path
    /// (a static binding), rather than bound with `@http`?
    pub fn is_rpc(self) -> bool {
        !matches!(self, Protocol::RestJson1 | Protocol::RestXml)
    }
}

/// `@timestampFormat` of a member (or its target, or the timestamp its list or map holds).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum TimestampFormat {
    EpochSeconds,
    DateTime,
    HttpDate,
}

/// Where a member travels in an HTTP message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HttpLocation {
    Body,
    Header(String),
    PrefixHeaders(String),
    Query(String),
    QueryParams,
    Label { greedy: bool },
    Payload(PayloadKind),
    ResponseCode,
}

/// What an `@httpPayload` member targets (an enum is a string).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PayloadKind {
    Blob,
    /// A `@streaming` blob: sent from and read into a `ByteStream`, never buffered whole.
    Stream,
    String,
    Structure,
    Union,
    Document,
}

/// Everything about a member that a protocol needs and Rust does not: its names on the wire per protocol,
/// its HTTP location and its timestamp format. Printed as the member's entry in the runtime schema.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WireMember {
    /// The member name in the model (the awsJson key, the default for every protocol).
    pub name: String,
    pub json_name: Option<String>,
    pub xml_name: Option<String>,
    pub xml_attribute: bool,
    pub xml_flattened: bool,
    /// `@xmlNamespace`: uri and prefix.
    pub xml_namespace: Option<(String, Option<String>)>,
    pub ec2_query_name: Option<String>,
    /// `@awsQueryName`.
    pub query_name: Option<String>,
    /// For a list: its member's `@xmlName` and `@xmlNamespace`; for a map: its value's.
    pub xml_item: Option<String>,
    pub xml_item_namespace: Option<(String, Option<String>)>,
    /// For a map: its key's `@xmlName` and `@xmlNamespace`.
    pub xml_key: Option<String>,
    pub xml_key_namespace: Option<(String, Option<String>)>,
    /// For a list of collections or a map whose values are collections: the inner collection's names.
    pub xml_inner: Option<Box<XmlCollection>>,
    pub location: HttpLocation,
    pub timestamp_format: Option<TimestampFormat>,
    pub idempotency_token: bool,
    /// `@hostLabel` (the member is still bound by `location` too).
    pub host_label: bool,
    /// `@mediaType` of the member or its target.
    pub media_type: Option<String>,
}

/// The XML names of a collection nested in another (a list's items, a map's values): its items' or
/// values' `@xmlName` and `@xmlNamespace`, its keys', and those of the collection nested in it in turn.
/// Only kept when some name differs from the defaults.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct XmlCollection {
    pub item: Option<String>,
    pub item_namespace: Option<(String, Option<String>)>,
    pub key: Option<String>,
    pub key_namespace: Option<(String, Option<String>)>,
    pub inner: Option<Box<XmlCollection>>,
}

impl WireMember {
    /// Whether a REST protocol sends the member in an input's body document (query and label bindings
    /// mean nothing elsewhere, `@httpResponseCode` nothing on an input).
    pub fn location_in_request_body(&self) -> bool {
        matches!(
            self.location,
            HttpLocation::Body | HttpLocation::ResponseCode
        )
    }
}

/// Whether a field is an `Option`, and what the builder does when it is not set: decided once, here.
#[derive(Debug, Clone, PartialEq)]
pub enum Presence {
    /// `Option<T>`, left `None` when not set.
    Optional,
    /// `Option<T>` (the client may see it absent) that the caller must set: `build()` says so.
    OptionalRequired,
    /// A plain `T` that the caller must set.
    Required,
    /// A plain `T` filled with the model's `@default` when not set.
    Default(Value),
    /// A plain collection, empty when not set.
    Empty,
}

impl Presence {
    pub fn is_optional(&self) -> bool {
        matches!(self, Presence::Optional | Presence::OptionalRequired)
    }

    /// The builder cannot fill the field by itself.
    pub fn must_be_set(&self) -> bool {
        matches!(self, Presence::OptionalRequired | Presence::Required)
    }
}

/// An operation's HTTP binding: from `@http` for the REST protocols, `POST /` for the RPC ones.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HttpBinding {
    pub method: String,
    /// The URI pattern with its labels (`/functions/{FunctionName}/invocations`) and literal query.
    pub uri: String,
    /// The path of `uri`, split into literals and labels (by input member index).
    pub path: Vec<UriPart>,
    /// The literal query of `uri` (`foo=bar&hello`), empty when it has none.
    pub query: String,
    /// The success status code.
    pub code: u16,
    /// `@httpChecksumRequired`.
    pub checksum_required: bool,
    /// `@aws.protocols#httpChecksum`, with its members resolved to the headers they are bound to.
    pub checksum: Option<ChecksumBinding>,
    /// `@endpoint` host prefix (`{Bucket}.`), with `@hostLabel` members as labels.
    pub host_prefix: Option<String>,
    /// The input fields that fill the host prefix's labels.
    pub host_labels: Vec<HostLabel>,
}

/// `@aws.protocols#httpChecksum` as the runtime reads it: the request headers that carry the algorithm
/// and validation-mode members (the runtime reads the serialized request, so no input type knows about
/// checksums), whether a request checksum is required, and the response algorithms.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChecksumBinding {
    pub algorithm_header: Option<String>,
    pub required: bool,
    pub validation_header: Option<String>,
    pub response_algorithms: Vec<String>,
}

/// A piece of a URI pattern.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UriPart {
    Literal(String),
    /// The `@httpLabel` input member with this index (in model order, the order of the input's schema).
    Label(usize),
}

/// An input member bound to a label of the operation's host prefix.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HostLabel {
    /// The label (the member name).
    pub label: String,
    /// The input's Rust field.
    pub field: String,
    /// The field is an `Option<String>`.
    pub optional: bool,
}

/// A Rust type as the emitters print it.
#[derive(Debug, Clone, PartialEq)]
pub enum RustType {
    Bool,
    I8,
    I16,
    I32,
    I64,
    F32,
    F64,
    String,
    Blob,
    /// A `@streaming` blob (a payload of a REST protocol).
    ByteStream,
    DateTime,
    Document,
    BigInteger,
    BigDecimal,
    /// A generated type (structure, union, enum, intEnum), by its Rust name.
    Named(String),
    /// `Vec<T>`; `sparse` makes the elements `Option<T>`.
    List {
        item: Box<RustType>,
        sparse: bool,
    },
    /// `HashMap<K, V>`; `sparse` makes the values `Option<V>`.
    Map {
        key: Box<RustType>,
        value: Box<RustType>,
        sparse: bool,
    },
}

impl RustType {
    /// Can the type hold a zero value (`Default`)?
    pub fn is_collection(&self) -> bool {
        matches!(self, RustType::List { .. } | RustType::Map { .. })
    }

    /// The name in `smithy_runtime::types` of the runtime's wire type this type is or holds (`Blob`,
    /// `ByteStream`, ...), added to `out`.
    pub fn runtime_types(&self, out: &mut std::collections::BTreeSet<&'static str>) {
        match self {
            RustType::Blob => _ = out.insert("Blob"),
            RustType::ByteStream => _ = out.insert("ByteStream"),
            RustType::DateTime => _ = out.insert("DateTime"),
            RustType::Document => _ = out.insert("Document"),
            RustType::BigInteger => _ = out.insert("BigInteger"),
            RustType::BigDecimal => _ = out.insert("BigDecimal"),
            RustType::List { item, .. } => item.runtime_types(out),
            RustType::Map { key, value, .. } => {
                key.runtime_types(out);
                value.runtime_types(out);
            }
            _ => {}
        }
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Deprecation {
    pub note: Option<String>,
    pub since: Option<String>,
}

/// Constraint traits of a member (merged from member and target; the member wins).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Constraints {
    pub length: Option<(Option<u64>, Option<u64>)>,
    pub range: Option<(Option<f64>, Option<f64>)>,
    pub pattern: Option<String>,
}

impl Constraints {
    pub fn is_empty(&self) -> bool {
        self.length.is_none() && self.range.is_none() && self.pattern.is_none()
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Field {
    /// The Rust field name (escaped, unique in its struct).
    pub name: String,
    /// The member name in the model (used for error messages and builder docs).
    pub member: String,
    pub wire: WireMember,
    pub ty: RustType,
    pub presence: Presence,
    /// The field is boxed (`Box<ty>` / `Option<Box<ty>>`) to break a recursive cycle.
    pub boxed: bool,
    /// The model marks the member `@required` (said in its docs).
    pub required: bool,
    /// For a list member: the builder method that appends one item (`push_<name>`, unique among the
    /// builder's methods).
    pub push_setter: Option<String>,
    pub docs: String,
    pub deprecated: Option<Deprecation>,
    pub sensitive: bool,
    pub idempotency_token: bool,
    pub constraints: Constraints,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Struct {
    pub fields: Vec<Field>,
    /// `Some(fault)` when the structure is an error.
    pub error: Option<ErrorFault>,
    /// Used as some operation's input: gets a `validate` method.
    pub is_input: bool,
    /// The builder's Rust name.
    pub builder: String,
    /// For an error: the field that keeps what the response said besides the members (`ErrorMeta`).
    pub meta_field: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct EnumVariant {
    pub name: String,
    pub value: String,
    pub docs: String,
    pub deprecated: Option<Deprecation>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct IntEnumVariant {
    pub name: String,
    pub value: i32,
    pub docs: String,
    pub deprecated: Option<Deprecation>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct UnionVariant {
    pub name: String,
    /// The member's value is `@sensitive` (or holds something that is): `Debug` redacts it.
    pub sensitive: bool,
    pub wire: WireMember,
    /// `None` for a unit member (`smithy.api#Unit`).
    pub ty: Option<RustType>,
    pub boxed: bool,
    pub docs: String,
    pub deprecated: Option<Deprecation>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum TypeKind {
    Struct(Struct),
    Enum(Vec<EnumVariant>),
    IntEnum(Vec<IntEnumVariant>),
    Union(Vec<UnionVariant>),
}

#[derive(Debug, Clone, PartialEq)]
pub struct TypeDef {
    pub id: ShapeId,
    /// The Rust type name (unique in the crate).
    pub name: String,
    /// The module (file) name under `src/types/`.
    pub module: String,
    pub docs: String,
    pub deprecated: Option<Deprecation>,
    /// The whole shape is `@sensitive`: its `Debug` output is redacted.
    pub sensitive: bool,
    pub kind: TypeKind,
    /// The shape's `@xmlName` and `@xmlNamespace`: a document rooted at it (a restXml payload) uses them.
    pub xml_name: Option<String>,
    pub xml_namespace: Option<(String, Option<String>)>,
    /// The Cargo features of the operations that reach this type (it is compiled when any is on, or `full`).
    pub features: Vec<String>,
    /// The one Cargo feature that compiles this type.
    pub gate: Gate,
}

/// Which Cargo feature compiles a type.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Gate {
    /// No operation reaches the type: only `full` compiles it.
    Full,
    /// The feature of the one operation that reaches it.
    Operation(String),
    /// The internal feature of a shape group (see [`Crate::shape_groups`]): several operations reach it.
    Group(String),
}

impl Gate {
    /// The feature's name in `Cargo.toml`.
    pub fn feature(&self) -> &str {
        match self {
            Gate::Full => "full",
            Gate::Operation(f) | Gate::Group(f) => f,
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct ErrorRef {
    /// The variant name in the operation's error enum.
    pub variant: String,
    /// The error structure's Rust name.
    pub type_name: String,
    /// The error code on the wire (the shape name).
    pub code: String,
    /// The `@awsQueryError` code a query-compatible service names the error by.
    pub query_code: Option<String>,
    pub retryable: bool,
    pub docs: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Example {
    /// The test's function name.
    pub name: String,
    pub title: String,
    pub docs: String,
    /// The values as the model writes them (in the JSON protocols' form): what the request body must hold
    /// and what the mocked response says.
    pub input: Value,
    pub output: Option<Value>,
    pub error: Option<ExampleError>,
    /// The same values typed against the shapes, or why they do not fit them.
    pub typed: Result<TypedExample, String>,
}

/// An example's input and expected result as values of the crate's types.
#[derive(Debug, Clone, PartialEq)]
pub struct TypedExample {
    /// `None` for an operation without input.
    pub input: Option<StructLiteral>,
    pub expect: ExampleExpect,
}

#[derive(Debug, Clone, PartialEq)]
pub enum ExampleExpect {
    /// The output (`None` for an operation without output).
    Output(Option<StructLiteral>),
    /// The modeled error: its variant in the operation's error enum, and its value.
    Error {
        variant: String,
        value: StructLiteral,
    },
}

/// The modeled error an example ends with.
#[derive(Debug, Clone, PartialEq)]
pub struct ExampleError {
    /// The error structure's Rust name.
    pub type_name: String,
    /// Its code on the wire.
    pub code: String,
    pub content: Value,
}

/// `@paginated`, resolved to Rust fields of the input and output structures.
#[derive(Debug, Clone, PartialEq)]
pub struct Pagination {
    /// The client method that returns the pages.
    pub method: String,
    /// The pages type and the items type (when the model names the items).
    pub pages_type: String,
    pub items_type: Option<String>,
    /// Input field that carries the token (always `Option<String>` on an input structure).
    pub input_token: String,
    /// Output field with the next token.
    pub output_token: PageField,
    /// Output field with the items (`ty` is the item type).
    pub items: Option<PageField>,
    /// Input field for the page size (`ty` is its type).
    pub page_size: Option<PageField>,
}

/// A field a paginator reads or writes.
#[derive(Debug, Clone, PartialEq)]
pub struct PageField {
    pub field: String,
    /// The field is an `Option`.
    pub optional: bool,
    pub ty: RustType,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Operation {
    pub id: ShapeId,
    /// The client method name.
    pub method: String,
    /// The operation name on the wire (X-Amz-Target suffix).
    pub wire: String,
    pub binding: HttpBinding,
    /// The module (file) name under `src/operation/`.
    pub module: String,
    pub docs: String,
    pub deprecated: Option<Deprecation>,
    pub input: Option<String>,
    pub output: Option<String>,
    /// The operation's error enum.
    pub error_enum: String,
    pub errors: Vec<ErrorRef>,
    /// Rust field name of the input's `@idempotencyToken` member.
    pub idempotency_token: Option<String>,
    pub examples: Vec<Example>,
    pub pagination: Option<Pagination>,
    /// `@waitable`: `wait_until_*` methods.
    pub waiters: Vec<waiter::Waiter>,
    /// Why the client cannot call this operation yet (streaming members, an unsupported protocol).
    pub unsupported: Option<String>,
    /// `@requestCompression` encodings, in the model's order.
    pub request_compression: Vec<String>,
    /// Whether requests are signed.
    pub auth: Auth,
    /// The Cargo feature that compiles this operation and the shapes it reaches.
    pub feature: String,
    /// The endpoint rule set parameters this operation binds, by parameter name.
    pub endpoint_params: Vec<EndpointParam>,
    /// The client method that presigns a request of this operation (`presign_get_object`), when its
    /// request can be presigned: SigV4, REST, everything in the URI and headers but a streamed payload.
    pub presign: Option<String>,
}

/// A rule set parameter an operation binds, and from where.
#[derive(Debug, Clone, PartialEq)]
pub struct EndpointParam {
    pub name: String,
    pub source: EndpointSource,
}

#[derive(Debug, Clone, PartialEq)]
pub enum EndpointSource {
    /// `@staticContextParams`.
    Static(crate::resolve::traits::StaticValue),
    /// `@contextParam` on the input member of this model name; `required` when it is `@required`.
    Member { name: String, required: bool },
    /// `@operationContextParams`: the path's text, checked against the rules engine's subset (the
    /// runtime's JMESPath evaluator, which waiters share, parses it).
    Path(String),
}

/// One `@clientContextParams` entry of the service.
#[derive(Debug, Clone, PartialEq)]
pub struct ClientContextParam {
    pub name: String,
    /// `string` or `boolean`, as the model says.
    pub kind: String,
    pub docs: String,
}

/// How an operation's requests are authenticated: SigV4 unless the operation says otherwise.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Auth {
    SigV4,
    /// `@optionalAuth`: signed when credentials can be had.
    Optional,
    /// `@auth([])`, or `@auth` naming only `smithy.api#noAuth`: never signed.
    None,
}

#[derive(Debug, Clone, PartialEq)]
pub struct EndpointTest {
    pub name: String,
    pub docs: String,
    pub params: BTreeMap<String, Value>,
    pub expect: Value,
    /// `operationInputs`: calls of an operation that must go to the expected endpoint.
    pub operation_inputs: Vec<OperationInput>,
}

/// One entry of an endpoint test's `operationInputs`.
#[derive(Debug, Clone, PartialEq)]
pub struct OperationInput {
    /// `operationName`, as the model writes it.
    pub operation: String,
    /// `operationParams`, untyped.
    pub params: Option<Value>,
    /// The client method.
    pub method: String,
    /// The typed input (when the operation has one and the params fit it).
    pub input: Option<StructLiteral>,
    pub has_input: bool,
    /// The operation has an `@endpoint` host prefix, which goes on top of the endpoint the case names.
    pub host_prefix: bool,
    /// `builtInParams` by built-in name.
    pub built_ins: Vec<(String, Value)>,
    /// `clientParams` by rule set parameter name.
    pub client_params: Vec<(String, Value)>,
    /// Why the call cannot be made (an unknown operation, params that do not fit): the test fails saying so.
    pub unsupported: Option<String>,
}

/// A behaviour the runtime adds for a service (see [`crate::customize`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Customization {
    /// A header (lower-case name) every request carries unless the input sets it.
    Header(String, String),
    /// The value of an empty URI label bound to this member.
    DefaultLabel(String, String),
    /// Glacier's tree-hash and content SHA-256 headers.
    GlacierChecksums,
    /// S3's `<Error>` documents sent with a 2xx status.
    ErrorsIn200,
    /// S3's body-less 404 (a `HEAD` of a missing key) is `NotFound`.
    NotFoundWithoutBody,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Service {
    pub id: ShapeId,
    /// The service shape name (X-Amz-Target prefix).
    pub name: String,
    pub sdk_id: String,
    pub title: String,
    pub version: String,
    pub signing_name: Option<String>,
    pub endpoint_prefix: String,
    pub protocol: Protocol,
    /// Why `protocol` was chosen, when the service declares several.
    pub protocol_note: Option<String>,
    /// `@awsQueryCompatible`.
    pub aws_query_compatible: bool,
    pub docs: String,
    /// The rule set, compact JSON, embedded in the crate.
    pub rules: Option<String>,
    pub endpoint_tests: Vec<EndpointTest>,
    pub customizations: Vec<Customization>,
    /// `@clientContextParams`, by name.
    pub client_context_params: Vec<ClientContextParam>,
    /// The service's `@xmlNamespace` (restXml puts it on the root of request bodies): uri and prefix.
    pub xml_namespace: Option<(String, Option<String>)>,
    /// `@restXml(noErrorWrapping: true)`.
    pub no_error_wrapping: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Crate {
    pub package: String,
    pub service: Option<Service>,
    /// Sorted by Rust name.
    pub types: Vec<TypeDef>,
    /// Sorted by method name.
    pub operations: Vec<Operation>,
    /// The Rust name of the client type.
    pub client: String,
    /// Internal Cargo features (`_shapes-N`), one per set of two or more operations that reach the same types,
    /// with those operations' features: each operation feature turns on the groups it belongs to. This keeps
    /// every type behind a single `cfg` instead of a list of every operation that uses it.
    pub shape_groups: Vec<(String, Vec<String>)>,
    /// The model's protocol tests for this client (empty without a client).
    pub protocol_tests: ProtocolTests,
}

impl Crate {
    /// The runtime's wire types (`smithy_runtime::types::Blob`, `ByteStream`, `DateTime`, ...) that the
    /// crate's public types hold: the crate re-exports them, so a user can build every input with this
    /// crate alone.
    pub fn runtime_types(&self) -> std::collections::BTreeSet<&'static str> {
        let mut out = std::collections::BTreeSet::new();
        for t in &self.types {
            match &t.kind {
                TypeKind::Struct(s) => s.fields.iter().for_each(|f| f.ty.runtime_types(&mut out)),
                TypeKind::Union(vs) => vs
                    .iter()
                    .flat_map(|v| &v.ty)
                    .for_each(|t| t.runtime_types(&mut out)),
                TypeKind::Enum(_) | TypeKind::IntEnum(_) => {}
            }
        }
        out
    }
}
