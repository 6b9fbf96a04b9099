use super::protocol::Protocol;

/// What the runtime needs to know about a service; generated as a `static`.
#[derive(Debug)]
pub struct ServiceMeta {
    /// Human name used in error messages (`FSx`).
    pub sdk_id: &'static str,
    /// The service shape name, the `X-Amz-Target` prefix (`AWSSimbaAPIService_v20180301`).
    pub target_prefix: &'static str,
    /// The protocol the generated crate speaks (one of [`crate::protocol`]'s statics).
    pub protocol: &'static dyn Protocol,
    /// SigV4 signing name (`fsx`), unless the endpoint's auth scheme says otherwise.
    pub signing_name: &'static str,
    /// The endpoint prefix (`fsx`), the service's default host label.
    pub endpoint_prefix: &'static str,
    /// The model's API version (`2018-03-01`).
    pub api_version: &'static str,
    /// `@awsQueryCompatible`: a service that moved from awsQuery and still names its errors by their
    /// `@awsQueryError` codes (in the `x-amzn-query-error` header); requests say `x-amzn-query-mode: true`.
    pub aws_query_compatible: bool,
    /// What this service needs that its model does not say (see [`Customization`]); decided by the
    /// generator, in one place.
    pub customizations: &'static [Customization],
    /// The endpoint rule set, parsed on first use.
    #[cfg(feature = "endpoints")]
    pub endpoint_rules: Option<&'static crate::endpoint::LazyRuleSet>,
}

/// A behaviour some AWS services require of every client although their models do not describe it.
/// The generator decides which service gets which (its `customize` module is the one list); the
/// runtime only knows how each works.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum Customization {
    /// A header every request carries unless the input sets it: API Gateway's
    /// `Accept: application/json`, Glacier's `X-Amz-Glacier-Version: 2012-06-01`.
    Header(&'static str, &'static str),
    /// The value of the URI label bound to this member when the input leaves it empty: Glacier's
    /// `accountId`, for which `-` means the caller's own account.
    DefaultLabel(&'static str, &'static str),
    /// Glacier's payload checksums: on an operation whose input binds `x-amz-sha256-tree-hash`, a
    /// request with a body and without that header gets it (the SHA-256 tree hash of the body) and
    /// `x-amz-content-sha256` (its plain SHA-256).
    GlacierChecksums,
    /// S3's errors with a 200 status (CopyObject, UploadPartCopy, CompleteMultipartUpload, ...): a
    /// 2xx response whose XML body is an `<Error>` document is that error, retried as a 500 is.
    ErrorsIn200,
    /// S3's answer to a `HEAD` of a missing bucket or key: a 404 without a body (a response to `HEAD`
    /// has none), so without an error code; its code is `NotFound`, the error HeadObject and HeadBucket
    /// model.
    NotFoundWithoutBody,
}

/// What the runtime needs to know about one operation; generated as a `static`.
#[derive(Debug)]
pub struct OperationMeta {
    /// The operation shape name (`DeleteBackup`).
    pub name: &'static str,
    /// Error codes the model marks `@retryable`; retried like throttling/transient errors.
    pub retryable_errors: &'static [&'static str],
    /// Where the REST protocols send the operation (`@http`); the RPC protocols ignore it.
    pub http: HttpBinding,
    /// `@requestCompression` encodings, in the model's order of preference (empty: never compressed).
    pub request_compression: &'static [&'static str],
    /// The rule set parameters this operation binds (`@staticContextParams`, `@contextParam`,
    /// `@operationContextParams`); empty for most operations, whose endpoint then depends on the
    /// configuration alone.
    pub endpoint_params: &'static [crate::endpoint::ContextParam],
    /// Whether requests are signed: `@auth([])` and `@optionalAuth` operations may go unsigned.
    pub auth: Auth,
}

/// How an operation's requests are authenticated.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Auth {
    /// SigV4 with the configured credentials; a call without credentials fails.
    SigV4,
    /// `@optionalAuth`: signed when credentials can be had, sent unsigned when they cannot.
    Optional,
    /// `@auth([])` (or only `smithy.api#noAuth`): never signed, and no credentials are looked for
    /// (STS `AssumeRoleWithWebIdentity`, the SSO portal's `GetRoleCredentials`: the token is the proof).
    None,
}

/// An operation's `@http` trait, with the URI pattern already split by the generator.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct HttpBinding {
    /// `GET`, `PUT`, ...
    pub method: &'static str,
    /// The path of the URI pattern: `/functions/{FunctionName}/invocations` is
    /// `[Literal("/functions/"), Label(i), Literal("/invocations")]`.
    pub path: &'static [UriPart],
    /// The literal query of the URI pattern (`foo=bar&hello`), as the model writes it; empty for none.
    pub query: &'static str,
    /// The status of a successful response.
    pub code: u16,
    /// `@httpChecksumRequired`: the request carries the `Content-MD5` of its body.
    pub checksum_required: bool,
    /// `@aws.protocols#httpChecksum`: `x-amz-checksum-*` on the request, validation of the response.
    pub http_checksum: Option<HttpChecksum>,
}

/// `@aws.protocols#httpChecksum` of one operation. Its members are named by the request headers they
/// are bound to: the runtime reads their values from the serialized request.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct HttpChecksum {
    /// The header of the `requestAlgorithmMember` (S3: `x-amz-sdk-checksum-algorithm`); its value
    /// picks the request checksum, CRC32 when unset.
    pub algorithm_header: Option<&'static str>,
    /// `requestChecksumRequired`.
    pub required: bool,
    /// The header of the `requestValidationModeMember` (S3: `x-amz-checksum-mode`); `ENABLED`
    /// asks for the response's checksum to be validated.
    pub validation_header: Option<&'static str>,
    /// The algorithms a response checksum is looked for in (`CRC32`, `SHA256`, ...).
    pub response_algorithms: &'static [&'static str],
}

/// A piece of a URI pattern.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UriPart {
    /// Text copied as it is.
    Literal(&'static str),
    /// The `@httpLabel` input member with this index in the input's schema.
    Label(usize),
}

impl HttpBinding {
    /// `POST /`, the binding of every operation of an RPC protocol.
    pub const RPC: HttpBinding = HttpBinding::new("POST", &[UriPart::Literal("/")], 200);

    /// An `@http` binding: method, URI pattern and success status.
    pub const fn new(method: &'static str, path: &'static [UriPart], code: u16) -> HttpBinding {
        HttpBinding {
            method,
            path,
            query: "",
            code,
            checksum_required: false,
            http_checksum: None,
        }
    }

    /// The URI's constant query (`?x-id=GetObject`).
    pub const fn query(mut self, query: &'static str) -> HttpBinding {
        self.query = query;
        self
    }

    /// The operation has `@httpChecksumRequired`: the request carries a `Content-MD5`.
    pub const fn checksum_required(mut self) -> HttpBinding {
        self.checksum_required = true;
        self
    }

    /// The operation's `@aws.protocols#httpChecksum`.
    pub const fn http_checksum(mut self, checksum: HttpChecksum) -> HttpBinding {
        self.http_checksum = Some(checksum);
        self
    }
}
