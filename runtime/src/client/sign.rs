use super::credentials::Credentials;
use super::error::{DispatchError, DispatchErrorKind};
use aws_sigv4::http_request::{SignableBody, SignableRequest, SigningSettings, sign};
use aws_sigv4::sign::v4;
use aws_smithy_runtime_api::client::identity::Identity;
use std::time::SystemTime;

/// The SigV4 scope of a request: from the service's `@sigv4` name and the configured region,
/// unless the endpoint's `authSchemes` say otherwise.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct SigningScope {
    pub(crate) name: String,
    pub(crate) region: String,
}

/// Adds `Authorization`, `X-Amz-Date` and (with a session token) `X-Amz-Security-Token`.
/// The request URI must be absolute.
pub(crate) fn sign_request(
    req: &mut http::Request<Vec<u8>>,
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
    let identity: Identity = aws_credential_types::Credentials::new(
        creds.access_key_id(),
        creds.secret_access_key(),
        creds.session_token().map(str::to_owned),
        None,
        "smithy-runtime",
    )
    .into();
    let params = v4::SigningParams::builder()
        .identity(&identity)
        .region(&scope.region)
        .name(&scope.name)
        .time(time)
        .settings(SigningSettings::default())
        .build()
        .map_err(|e| fail("parameters", &e))?
        .into();
    let uri = req.uri().to_string();
    let mut headers = Vec::with_capacity(req.headers().len());
    for (k, v) in req.headers() {
        let v = v.to_str().map_err(|e| fail(&format!("header {k}"), &e))?;
        headers.push((k.as_str(), v));
    }
    let signable = SignableRequest::new(
        req.method().as_str(),
        uri.as_str(),
        headers.into_iter(),
        SignableBody::Bytes(req.body()),
    )
    .map_err(|e| fail("request", &e))?;
    let (instructions, _signature) = sign(signable, &params)
        .map_err(|e| fail("signature", &e))?
        .into_parts();
    instructions.apply_to_request_http1x(req);
    Ok(())
}
