//! The requests the credential chain makes to STS and the SSO portal, and the seams through which
//! something else may make them. The chain works out everything from the profile and the environment
//! (role, session name, source credentials, web identity token, SSO access token) and makes the call
//! itself (`sts.rs`, `portal.rs`); an installed fetcher makes it instead: one that can ask for an MFA
//! code, a test double, a proxy.

use super::Credentials;
use crate::client::error::DispatchError;
use crate::client::transport::BoxFuture;
use std::fmt;
use std::path::PathBuf;

/// `sts:AssumeRole` for a `role_arn` profile.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AssumeRoleRequest {
    /// The profile whose `role_arn` this is.
    pub profile: String,
    pub role_arn: String,
    pub role_session_name: String,
    pub external_id: Option<String>,
    /// 900 to 43200 when set; STS's default (one hour) otherwise.
    pub duration_seconds: Option<u32>,
    /// The MFA device the role requires; the fetcher must obtain a token code for it (the built-in
    /// call cannot, so such a role needs a fetcher).
    pub mfa_serial: Option<String>,
    /// The region of the configuration, for a regional STS endpoint.
    pub region: Option<String>,
}

/// `sts:AssumeRoleWithWebIdentity`, from `AWS_WEB_IDENTITY_TOKEN_FILE` + `AWS_ROLE_ARN` or a
/// profile's `web_identity_token_file` + `role_arn`. Unsigned: the token is the proof.
#[derive(Clone, PartialEq, Eq)]
pub struct WebIdentityRequest {
    /// The profile, or `None` when the environment variables configured it.
    pub profile: Option<String>,
    pub role_arn: String,
    pub role_session_name: String,
    pub duration_seconds: Option<u32>,
    /// The file the token was read from (it is read afresh for each request: it rotates).
    pub token_file: PathBuf,
    /// The token itself; never shown by `Debug`.
    pub web_identity_token: String,
    pub region: Option<String>,
}

impl fmt::Debug for WebIdentityRequest {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("WebIdentityRequest")
            .field("profile", &self.profile)
            .field("role_arn", &self.role_arn)
            .field("role_session_name", &self.role_session_name)
            .field("duration_seconds", &self.duration_seconds)
            .field("token_file", &self.token_file)
            .field("web_identity_token", &"** redacted **")
            .field("region", &self.region)
            .finish()
    }
}

/// The SSO portal's `GetRoleCredentials`, with the access token from the SSO token cache.
#[derive(Clone, PartialEq, Eq)]
pub struct SsoRoleRequest {
    pub profile: String,
    /// The `[sso-session name]` the profile uses, `None` for the legacy `sso_start_url` form.
    pub sso_session: Option<String>,
    pub start_url: String,
    /// The portal's region (`sso_region`).
    pub region: String,
    pub account_id: String,
    pub role_name: String,
    /// From the token cache (`~/.aws/sso/cache/<sha1>.json`); never shown by `Debug`.
    pub access_token: String,
}

impl fmt::Debug for SsoRoleRequest {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SsoRoleRequest")
            .field("profile", &self.profile)
            .field("sso_session", &self.sso_session)
            .field("start_url", &self.start_url)
            .field("region", &self.region)
            .field("account_id", &self.account_id)
            .field("role_name", &self.role_name)
            .field("access_token", &"** redacted **")
            .finish()
    }
}

/// Calls STS for the chain instead of its built-in awsQuery calls.
pub trait StsFetcher: Send + Sync + fmt::Debug + 'static {
    /// `AssumeRole`, signed with `source`.
    fn assume_role<'a>(
        &'a self,
        source: &'a Credentials,
        request: &'a AssumeRoleRequest,
    ) -> BoxFuture<'a, Result<Credentials, DispatchError>>;

    fn assume_role_with_web_identity<'a>(
        &'a self,
        request: &'a WebIdentityRequest,
    ) -> BoxFuture<'a, Result<Credentials, DispatchError>>;
}

/// Calls the SSO portal for the chain instead of its built-in restJson1 call.
pub trait SsoFetcher: Send + Sync + fmt::Debug + 'static {
    fn get_role_credentials<'a>(
        &'a self,
        request: &'a SsoRoleRequest,
    ) -> BoxFuture<'a, Result<Credentials, DispatchError>>;
}
