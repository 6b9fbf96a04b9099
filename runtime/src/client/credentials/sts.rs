//! STS `AssumeRole` (signed with the source credentials) and `AssumeRoleWithWebIdentity` (unsigned:
//! the token is the proof), awsQuery, on `sts.{region}.amazonaws.com` (`us-east-1` when no region
//! is configured) or `AWS_ENDPOINT_URL_STS`. The schemas below are the members of the real STS model
//! the chain sends and reads; `xtask/tests/credential_calls.rs` holds them to
//! `../shared/models/aws/sts.json`.

use super::calls::{self, regional_rules};
use super::fetch::{AssumeRoleRequest, WebIdentityRequest};
use super::{Credentials, chain::Ctx};
use crate::client::error::{CallError, DispatchError};
use crate::client::meta::{Auth, HttpBinding, OperationMeta, ServiceMeta};
use crate::codec::{self, Deserializer, Member, ReadValue, Schema, Serializer, WriteValue};
use crate::types::DateTime;
use std::time::SystemTime;

static RULES: crate::endpoint::LazyRuleSet = regional_rules!("sts");

pub(crate) static SERVICE: ServiceMeta = ServiceMeta {
    sdk_id: "STS",
    target_prefix: "AWSSecurityTokenServiceV20110615",
    protocol: &crate::client::protocol::AWS_QUERY,
    signing_name: "sts",
    endpoint_prefix: "sts",
    api_version: "2011-06-15",
    aws_query_compatible: false,
    customizations: &[],
    endpoint_rules: Some(&RULES),
};

pub(crate) static ASSUME_ROLE: OperationMeta = OperationMeta {
    name: "AssumeRole",
    retryable_errors: &[],
    http: HttpBinding::RPC,
    request_compression: &[],
    endpoint_params: &[],
    auth: Auth::SigV4,
};

pub(crate) static ASSUME_ROLE_WITH_WEB_IDENTITY: OperationMeta = OperationMeta {
    name: "AssumeRoleWithWebIdentity",
    retryable_errors: &[],
    http: HttpBinding::RPC,
    request_compression: &[],
    endpoint_params: &[],
    auth: Auth::None,
};

pub(crate) static ASSUME_ROLE_REQUEST: Schema = Schema::new(
    "AssumeRoleRequest",
    &[
        Member::new("RoleArn"),
        Member::new("RoleSessionName"),
        Member::new("DurationSeconds"),
        Member::new("ExternalId"),
    ],
);

pub(crate) static WEB_IDENTITY_REQUEST: Schema = Schema::new(
    "AssumeRoleWithWebIdentityRequest",
    &[
        Member::new("RoleArn"),
        Member::new("RoleSessionName"),
        Member::new("WebIdentityToken"),
        Member::new("DurationSeconds"),
    ],
);

pub(crate) static ASSUME_ROLE_RESPONSE: Schema =
    Schema::new("AssumeRoleResponse", &[Member::new("Credentials")]);

pub(crate) static WEB_IDENTITY_RESPONSE: Schema = Schema::new(
    "AssumeRoleWithWebIdentityResponse",
    &[Member::new("Credentials")],
);

pub(crate) static CREDENTIALS: Schema = Schema::new(
    "Credentials",
    &[
        Member::new("AccessKeyId"),
        Member::new("SecretAccessKey"),
        Member::new("SessionToken"),
        Member::new("Expiration"),
    ],
);

pub(crate) static ASSUME_ROLE_SCHEMAS: &[&Schema] =
    &[&ASSUME_ROLE_REQUEST, &ASSUME_ROLE_RESPONSE, &CREDENTIALS];
pub(crate) static WEB_IDENTITY_SCHEMAS: &[&Schema] =
    &[&WEB_IDENTITY_REQUEST, &WEB_IDENTITY_RESPONSE, &CREDENTIALS];

struct AssumeRoleInput<'a>(&'a AssumeRoleRequest);

impl WriteValue for AssumeRoleInput<'_> {
    fn write(&self, s: &mut dyn Serializer) -> Result<(), codec::Error> {
        let r = self.0;
        s.write_struct(
            &ASSUME_ROLE_REQUEST,
            &[
                &r.role_arn,
                &r.role_session_name,
                &r.duration_seconds.map(i32::try_from).and_then(Result::ok),
                &r.external_id,
            ],
        )
    }
}

struct WebIdentityInput<'a>(&'a WebIdentityRequest);

impl WriteValue for WebIdentityInput<'_> {
    fn write(&self, s: &mut dyn Serializer) -> Result<(), codec::Error> {
        let r = self.0;
        s.write_struct(
            &WEB_IDENTITY_REQUEST,
            &[
                &r.role_arn,
                &r.role_session_name,
                &r.web_identity_token,
                &r.duration_seconds.map(i32::try_from).and_then(Result::ok),
            ],
        )
    }
}

/// Both outputs: the chain reads only their `Credentials`.
#[derive(Default)]
struct Output<const WEB: bool> {
    credentials: Option<StsCredentials>,
}

impl<const WEB: bool> ReadValue for Output<WEB> {
    fn read(d: &mut dyn Deserializer) -> Result<Self, codec::Error> {
        let schema = if WEB {
            &WEB_IDENTITY_RESPONSE
        } else {
            &ASSUME_ROLE_RESPONSE
        };
        let mut o = Output::default();
        d.read_struct(schema, &mut [&mut o.credentials])?;
        Ok(o)
    }
    fn zero() -> Self {
        Output::default()
    }
}

#[derive(Default)]
struct StsCredentials {
    access_key_id: Option<String>,
    secret_access_key: Option<String>,
    session_token: Option<String>,
    expiration: Option<DateTime>,
}

impl ReadValue for StsCredentials {
    fn read(d: &mut dyn Deserializer) -> Result<Self, codec::Error> {
        let mut c = StsCredentials::default();
        d.read_struct(
            &CREDENTIALS,
            &mut [
                &mut c.access_key_id,
                &mut c.secret_access_key,
                &mut c.session_token,
                &mut c.expiration,
            ],
        )?;
        Ok(c)
    }
    fn zero() -> Self {
        StsCredentials::default()
    }
}

fn region(r: &Option<String>) -> &str {
    // STS answers in every commercial region; without one, the SDKs' choice.
    r.as_deref().unwrap_or("us-east-1")
}

fn credentials(call: &str, out: Option<StsCredentials>) -> Result<Credentials, DispatchError> {
    let c = out.ok_or_else(|| calls::missing(call, "Credentials"))?;
    let (Some(id), Some(secret), Some(token)) = (
        c.access_key_id.filter(|s| !s.is_empty()),
        c.secret_access_key.filter(|s| !s.is_empty()),
        c.session_token.filter(|s| !s.is_empty()),
    ) else {
        return Err(calls::missing(
            call,
            "Credentials.AccessKeyId, SecretAccessKey and SessionToken",
        ));
    };
    let expiry = c
        .expiration
        .and_then(|d| SystemTime::try_from(d).ok())
        .ok_or_else(|| calls::missing(call, "Credentials.Expiration"))?;
    Ok(Credentials::new(id, secret, Some(token)).with_expiry(expiry))
}

fn failure(e: CallError) -> DispatchError {
    super::chain::failed(calls::describe(&e))
}

pub(crate) async fn assume_role(
    ctx: &Ctx,
    source: &Credentials,
    request: &AssumeRoleRequest,
) -> Result<Credentials, DispatchError> {
    let out: Output<false> = calls::call(
        &ctx.calls,
        &SERVICE,
        &ASSUME_ROLE,
        region(&request.region),
        Some(source),
        &AssumeRoleInput(request),
    )
    .await
    .map_err(failure)?;
    credentials("STS AssumeRole", out.credentials)
}

pub(crate) async fn assume_role_with_web_identity(
    ctx: &Ctx,
    request: &WebIdentityRequest,
) -> Result<Credentials, DispatchError> {
    let out: Output<true> = calls::call(
        &ctx.calls,
        &SERVICE,
        &ASSUME_ROLE_WITH_WEB_IDENTITY,
        region(&request.region),
        None,
        &WebIdentityInput(request),
    )
    .await
    .map_err(failure)?;
    credentials("STS AssumeRoleWithWebIdentity", out.credentials)
}
