use super::credentials::Credentials;
use super::error::{DispatchError, DispatchErrorKind};
use aws_sigv4::http_request::{SignableBody, SignableRequest, SigningSettings, sign};
use aws_sigv4::sign::v4;
use std::sync::LazyLock;
use std::time::SystemTime;

/// The SigV4 scope of a request: from the service's `@sigv4` name and the configured region,
/// unless the endpoint's `authSchemes` say otherwise.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct SigningScope {
    pub(crate) name: String,
    pub(crate) region: String,
}

/// The headers aws-sigv4's default settings leave out of the signature. The signer is handed the
/// request without them and told to exclude nothing: the same signature, without the settings'
/// per-call list allocation.
const UNSIGNED_HEADERS: [&str; 4] = [
    "authorization",
    "user-agent",
    "x-amzn-trace-id",
    "transfer-encoding",
];

/// aws-sigv4's defaults minus the exclusion list (see [`UNSIGNED_HEADERS`]); cloned per call,
/// which allocates nothing once the list is gone.
static SETTINGS: LazyLock<SigningSettings> = LazyLock::new(|| {
    let mut s = SigningSettings::default();
    s.excluded_headers = None;
    s
});

/// Adds `Authorization`, `X-Amz-Date` and (with a session token) `X-Amz-Security-Token`.
/// `uri` is the request's URI as text (absolute), passed in so that it is formatted once per
/// endpoint rather than per call.
pub(crate) fn sign_request(
    req: &mut http::Request<Vec<u8>>,
    uri: &str,
    creds: &Credentials,
    scope: &SigningScope,
    time: SystemTime,
) -> Result<(), DispatchError> {
    let fail = |what: &str, e: &dyn std::fmt::Display| {
        // Signing errors name what failed; they never include key material.
        DispatchError::new(
            DispatchErrorKind::Signing,
            format!("cannot sign the request: {what}: {e}"),
        )
    };
    let params = v4::SigningParams::builder()
        .identity(creds.identity())
        .region(&scope.region)
        .name(&scope.name)
        .time(time)
        .settings(SETTINGS.clone())
        .build()
        .map_err(|e| fail("parameters", &e))?
        .into();
    // HeaderName is always lower case, like the list.
    let signed = |k: &http::HeaderName| !UNSIGNED_HEADERS.contains(&k.as_str());
    // Checked first so that the signer can be handed the headers without collecting them.
    for (k, v) in req.headers().iter().filter(|(k, _)| signed(k)) {
        v.to_str().map_err(|e| fail(&format!("header {k}"), &e))?;
    }
    let headers = req
        .headers()
        .iter()
        .filter(|(k, _)| signed(k))
        .filter_map(|(k, v)| Some((k.as_str(), v.to_str().ok()?)));
    let signable = SignableRequest::new(
        req.method().as_str(),
        uri,
        headers,
        SignableBody::Bytes(req.body()),
    )
    .map_err(|e| fail("request", &e))?;
    let (instructions, _signature) = sign(signable, &params)
        .map_err(|e| fail("signature", &e))?
        .into_parts();
    instructions.apply_to_request_http1x(req);
    Ok(())
}
