//! The SSO portal's `GetRoleCredentials` (restJson1, unsigned: the access token from the SSO token
//! cache is the proof): `GET /federation/credentials?role_name=..&account_id=..` with the token in
//! `x-amz-sso_bearer_token`, on `portal.sso.{region}.amazonaws.com`. The operation as this runtime
//! calls it is the model `runtime/models/sso-portal.smithy`; `xtask/tests/credential_calls.rs` holds
//! the schemas below to it.

use super::calls::{self, regional_rules};
use super::fetch::SsoRoleRequest;
use super::{Credentials, chain::Ctx};
use crate::client::error::{DispatchError, DispatchErrorKind};
use crate::client::meta::{Auth, HttpBinding, OperationMeta, ServiceMeta, UriPart};
use crate::codec::{
    self, Deserializer, Location, Member, ReadValue, Schema, Serializer, WriteValue,
};
use std::time::{Duration, SystemTime};

static RULES: crate::endpoint::LazyRuleSet = regional_rules!("portal.sso");

pub(crate) static SERVICE: ServiceMeta = ServiceMeta {
    sdk_id: "SSO",
    target_prefix: "SWBPortalService",
    protocol: &crate::client::protocol::REST_JSON_1,
    signing_name: "awsssoportal",
    endpoint_prefix: "portal.sso",
    api_version: "2019-06-10",
    aws_query_compatible: false,
    customizations: &[],
    endpoint_rules: Some(&RULES),
};

pub(crate) static GET_ROLE_CREDENTIALS: OperationMeta = OperationMeta {
    name: "GetRoleCredentials",
    retryable_errors: &[],
    http: HttpBinding::new("GET", &[UriPart::Literal("/federation/credentials")], 200),
    request_compression: &[],
    endpoint_params: &[],
    auth: Auth::None,
};

pub(crate) static REQUEST: Schema = Schema::new(
    "GetRoleCredentialsRequest",
    &[
        Member::new("roleName").at(Location::Query("role_name")),
        Member::new("accountId").at(Location::Query("account_id")),
        Member::new("accessToken").at(Location::Header("x-amz-sso_bearer_token")),
    ],
);

pub(crate) static RESPONSE: Schema = Schema::new(
    "GetRoleCredentialsResponse",
    &[Member::new("roleCredentials")],
);

pub(crate) static ROLE_CREDENTIALS: Schema = Schema::new(
    "RoleCredentials",
    &[
        Member::new("accessKeyId"),
        Member::new("secretAccessKey"),
        Member::new("sessionToken"),
        Member::new("expiration"),
    ],
);

pub(crate) static SCHEMAS: &[&Schema] = &[&REQUEST, &RESPONSE, &ROLE_CREDENTIALS];

struct Request<'a>(&'a SsoRoleRequest);

impl WriteValue for Request<'_> {
    fn write(&self, s: &mut dyn Serializer) -> Result<(), codec::Error> {
        let r = self.0;
        s.write_struct(&REQUEST, &[&r.role_name, &r.account_id, &r.access_token])
    }
}

#[derive(Default)]
struct Response {
    role_credentials: Option<RoleCredentials>,
}

impl ReadValue for Response {
    fn read(d: &mut dyn Deserializer) -> Result<Self, codec::Error> {
        let mut r = Response::default();
        d.read_struct(&RESPONSE, &mut [&mut r.role_credentials])?;
        Ok(r)
    }
    fn zero() -> Self {
        Response::default()
    }
}

#[derive(Default)]
struct RoleCredentials {
    access_key_id: Option<String>,
    secret_access_key: Option<String>,
    session_token: Option<String>,
    /// Milliseconds since the epoch.
    expiration: Option<i64>,
}

impl ReadValue for RoleCredentials {
    fn read(d: &mut dyn Deserializer) -> Result<Self, codec::Error> {
        let mut r = RoleCredentials::default();
        d.read_struct(
            &ROLE_CREDENTIALS,
            &mut [
                &mut r.access_key_id,
                &mut r.secret_access_key,
                &mut r.session_token,
                &mut r.expiration,
            ],
        )?;
        Ok(r)
    }
    fn zero() -> Self {
        RoleCredentials::default()
    }
}

const CALL: &str = "SSO GetRoleCredentials";

/// Calls the portal of the request's region.
pub(crate) async fn get_role_credentials(
    ctx: &Ctx,
    request: &SsoRoleRequest,
) -> Result<Credentials, DispatchError> {
    let answer: Response = calls::call(
        &ctx.calls,
        &SERVICE,
        &GET_ROLE_CREDENTIALS,
        &request.region,
        None,
        &Request(request),
    )
    .await
    .map_err(|e| {
        let hint = match e.code() {
            Some("UnauthorizedException") => {
                ": the portal refused the cached SSO token; run `aws sso login` again"
            }
            _ => "",
        };
        super::chain::failed(format!("{}{hint}", calls::describe(&e)))
    })?;
    let c = answer
        .role_credentials
        .ok_or_else(|| calls::missing(CALL, "roleCredentials"))?;
    let expiration = c
        .expiration
        .ok_or_else(|| calls::missing(CALL, "roleCredentials.expiration"))?;
    let expiry = u64::try_from(expiration)
        .ok()
        .and_then(|ms| SystemTime::UNIX_EPOCH.checked_add(Duration::from_millis(ms)))
        .ok_or_else(|| {
            DispatchError::new(
                DispatchErrorKind::ResponseParse,
                format!(
                    "the {CALL} answer's roleCredentials.expiration ({expiration} ms) is not a time after 1970"
                ),
            )
        })?;
    let (Some(id), Some(secret)) = (
        c.access_key_id.filter(|s| !s.is_empty()),
        c.secret_access_key.filter(|s| !s.is_empty()),
    ) else {
        return Err(calls::missing(
            CALL,
            "roleCredentials.accessKeyId and secretAccessKey",
        ));
    };
    Ok(Credentials::new(id, secret, c.session_token.filter(|t| !t.is_empty())).with_expiry(expiry))
}
