//! Credentials from the profile, worked out the way the AWS CLI does before anything is called:
//!
//! - a profile with `role_arn` (and no `web_identity_token_file`) assumes that role with the
//!   credentials of its `source_profile` or its `credential_source` (`Environment`,
//!   `Ec2InstanceMetadata`, `EcsContainer`), exactly one of the two. A source profile with static keys
//!   gives those keys (even if it has a `role_arn` too); one with a `role_arn` continues the chain;
//!   any other gives what it has (web identity, SSO, `credential_process`). A profile may name itself
//!   as source only when it has static keys; any other repeat is a loop, and an error;
//! - otherwise, in this order: `role_arn` + `web_identity_token_file`; SSO; static keys from the
//!   credentials file; `credential_process`; static keys from the config file.
//!
//! The STS and SSO calls are made by the runtime itself (`sts.rs`, `portal.rs`), unless a fetcher
//! ([`super::StsFetcher`], [`super::SsoFetcher`]) is installed to make them instead. A role with
//! `mfa_serial` needs a fetcher that can ask for the code: without one it fails before running
//! anything, naming the profile.

use super::chain::{Ctx, Miss, environment, failed};
use super::fetch::{AssumeRoleRequest, SsoRoleRequest, WebIdentityRequest};
use super::sso::{self, SsoPlan};
use super::{Credentials, container, imds, process};
use crate::client::error::DispatchError;
use crate::client::profile::ini::Origin;
use crate::client::profile::{Profile, ProfileSet};
use crate::client::settings::origin_of;
use std::path::PathBuf;
use std::time::SystemTime;

/// Where the first credentials of a profile chain come from.
#[derive(Debug)]
pub(crate) enum Base {
    Static(Credentials),
    Process {
        profile: String,
        command: String,
        origin: Origin,
    },
    WebIdentity(WebIdentityPlan),
    Sso(SsoPlan),
    Named {
        profile: String,
        source: NamedSource,
    },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum NamedSource {
    Environment,
    Ec2InstanceMetadata,
    EcsContainer,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct WebIdentityPlan {
    pub(crate) profile: Option<String>,
    pub(crate) role_arn: String,
    pub(crate) role_session_name: String,
    pub(crate) duration_seconds: Option<u32>,
    pub(crate) token_file: PathBuf,
    /// Where it was configured, for messages.
    pub(crate) origin: String,
}

/// A role to assume, and where it was configured.
#[derive(Debug)]
pub(crate) struct RoleStep {
    pub(crate) origin: String,
    pub(crate) request: AssumeRoleRequest,
}

/// Everything the profile asks for: a base, then roles assumed in order.
#[derive(Debug)]
pub(crate) struct Plan {
    pub(crate) base: Base,
    pub(crate) roles: Vec<RoleStep>,
}

fn err(profile: &str, what: String) -> Miss {
    Miss::Failed(failed(format!("profile `{profile}`: {what}")))
}

fn session_name(given: Option<&str>, profile: &str, origin: &str) -> Result<String, Miss> {
    match given {
        Some(n) => {
            if (2..=64).contains(&n.len())
                && n.chars()
                    .all(|c| c.is_ascii_alphanumeric() || "_+=,.@-".contains(c))
            {
                Ok(n.to_owned())
            } else {
                Err(err(
                    profile,
                    format!(
                        "{origin}: `{n}` is not a role session name (2 to 64 of A-Z a-z 0-9 _+=,.@-)"
                    ),
                ))
            }
        }
        None => {
            let millis = SystemTime::now()
                .duration_since(SystemTime::UNIX_EPOCH)
                .map(|d| d.as_millis())
                .unwrap_or(0);
            Ok(format!("smithy-runtime-{millis}"))
        }
    }
}

fn role_arn(v: &str, profile: &str, origin: &str) -> Result<String, Miss> {
    let parts: Vec<&str> = v.split(':').collect();
    if parts.len() == 6 && parts[0] == "arn" && parts[2] == "iam" && parts[5].starts_with("role/") {
        Ok(v.to_owned())
    } else {
        Err(err(
            profile,
            format!(
                "{origin}: `{v}` is not an IAM role ARN (arn:<partition>:iam::<account>:role/<name>)"
            ),
        ))
    }
}

fn duration(p: &Profile) -> Result<Option<u32>, Miss> {
    let Some(v) = p.get("duration_seconds") else {
        return Ok(None);
    };
    match v.parse::<u32>() {
        Ok(n) if (900..=43200).contains(&n) => Ok(Some(n)),
        _ => Err(err(
            p.name(),
            format!(
                "{}: `{v}` is not a whole number of seconds from 900 to 43200",
                origin_of(p, "duration_seconds")
            ),
        )),
    }
}

fn has_static(p: &Profile) -> bool {
    p.has("aws_access_key_id") || p.has("aws_secret_access_key")
}

fn has_role(p: &Profile) -> bool {
    p.has("role_arn") && !p.has("web_identity_token_file")
}

fn static_keys(p: &Profile) -> Result<Base, Miss> {
    let name = p.name();
    match (p.get("aws_access_key_id"), p.get("aws_secret_access_key")) {
        (Some(a), Some(s)) => Ok(Base::Static(Credentials::new(
            a,
            s,
            p.get("aws_session_token").map(str::to_owned),
        ))),
        (Some(_), None) => Err(err(
            name,
            format!(
                "{} is set but aws_secret_access_key is not",
                origin_of(p, "aws_access_key_id")
            ),
        )),
        _ => Err(err(
            name,
            format!(
                "{} is set but aws_access_key_id is not",
                origin_of(p, "aws_secret_access_key")
            ),
        )),
    }
}

/// What a profile gives without assuming a role; `None` when it has no credentials at all.
fn non_role_base(set: &ProfileSet, p: &Profile, env: &crate::Env) -> Result<Option<Base>, Miss> {
    let name = p.name();
    if let (Some(arn), Some(file)) = (p.get("role_arn"), p.get("web_identity_token_file")) {
        let origin = origin_of(p, "role_arn");
        return Ok(Some(Base::WebIdentity(WebIdentityPlan {
            profile: Some(name.to_owned()),
            role_arn: role_arn(arn, name, &origin)?,
            role_session_name: session_name(
                p.get("role_session_name"),
                name,
                &origin_of(p, "role_session_name"),
            )?,
            duration_seconds: duration(p)?,
            token_file: env.expand_path(file),
            origin,
        })));
    }
    if sso::is_sso(p) {
        return sso::plan(set, p)
            .map(|s| Some(Base::Sso(s)))
            .map_err(Miss::Failed);
    }
    let static_in_credentials_file = p
        .origin("aws_access_key_id")
        .or_else(|| p.origin("aws_secret_access_key"))
        .is_some_and(|o| set.in_credentials_file(o));
    if has_static(p) && static_in_credentials_file {
        return static_keys(p).map(Some);
    }
    if let Some(cmd) = p.get("credential_process") {
        let origin = p
            .origin("credential_process")
            .cloned()
            .unwrap_or_else(|| Origin {
                file: std::sync::Arc::from(std::path::Path::new("?")),
                line: 0,
            });
        return Ok(Some(Base::Process {
            profile: name.to_owned(),
            command: cmd.to_owned(),
            origin,
        }));
    }
    if has_static(p) {
        return static_keys(p).map(Some);
    }
    Ok(None)
}

/// The selected profile's plan; `NotHere` when there is no such profile or it has no credentials.
pub(crate) fn plan(set: &ProfileSet, env: &crate::Env, region: Option<&str>) -> Result<Plan, Miss> {
    let top = set.selected_name();
    let Some(mut p) = set.selected() else {
        let files: Vec<String> = [set.config_file(), set.credentials_file()]
            .into_iter()
            .flatten()
            .map(|f| f.display().to_string())
            .collect();
        let whence = if files.is_empty() {
            "no shared files (no home folder)".to_owned()
        } else {
            format!("not in {}", files.join(" or "))
        };
        return Err(Miss::NotHere(whence));
    };
    let mut roles = Vec::new();
    let mut visited = vec![top.to_owned()];
    loop {
        let name = p.name().to_owned();
        if !has_role(p) {
            return match non_role_base(set, p, env)? {
                Some(base) => Ok(Plan { base, roles }),
                None => Err(Miss::NotHere(
                    "the profile has no credentials (none of aws_access_key_id, credential_process, \
                     role_arn, sso_session, sso_start_url)"
                        .to_owned(),
                )),
            };
        }
        let origin = origin_of(p, "role_arn");
        let arn = role_arn(p.get("role_arn").unwrap_or_default(), &name, &origin)?;
        roles.push(RoleStep {
            origin: origin.clone(),
            request: AssumeRoleRequest {
                profile: name.clone(),
                role_arn: arn,
                role_session_name: session_name(
                    p.get("role_session_name"),
                    &name,
                    &origin_of(p, "role_session_name"),
                )?,
                external_id: p.get("external_id").map(str::to_owned),
                duration_seconds: duration(p)?,
                mfa_serial: p.get("mfa_serial").map(str::to_owned),
                region: region.map(str::to_owned),
            },
        });
        match (p.get("source_profile"), p.get("credential_source")) {
            (Some(_), Some(_)) => {
                return Err(err(
                    &name,
                    format!(
                        "{} and {} are both set; a role takes its credentials from one of them",
                        origin_of(p, "source_profile"),
                        origin_of(p, "credential_source")
                    ),
                ));
            }
            (None, None) => {
                return Err(err(
                    &name,
                    format!(
                        "{origin} needs source_profile or credential_source to say where the credentials to assume it come from"
                    ),
                ));
            }
            (None, Some(cs)) => {
                let source = match cs {
                    "Environment" => NamedSource::Environment,
                    "Ec2InstanceMetadata" => NamedSource::Ec2InstanceMetadata,
                    "EcsContainer" => NamedSource::EcsContainer,
                    other => {
                        return Err(err(
                            &name,
                            format!(
                                "{}: `{other}` is not one of Environment, Ec2InstanceMetadata, EcsContainer",
                                origin_of(p, "credential_source")
                            ),
                        ));
                    }
                };
                roles.reverse();
                return Ok(Plan {
                    base: Base::Named {
                        profile: name,
                        source,
                    },
                    roles,
                });
            }
            (Some(src), None) => {
                let next = set.profile(src).ok_or_else(|| {
                    err(
                        &name,
                        format!(
                            "{} names profile `{src}`, which does not exist",
                            origin_of(p, "source_profile")
                        ),
                    )
                })?;
                if visited.iter().any(|v| v == src) && (src != name || !has_static(next)) {
                    visited.push(src.to_owned());
                    return Err(err(
                        &name,
                        format!(
                            "source_profile loop: {} ({})",
                            visited.join(" -> "),
                            origin_of(p, "source_profile")
                        ),
                    ));
                }
                visited.push(src.to_owned());
                if has_static(next) {
                    roles.reverse();
                    return Ok(Plan {
                        base: static_keys(next)?,
                        roles,
                    });
                }
                if !has_role(next) {
                    roles.reverse();
                    return match non_role_base(set, next, env)? {
                        Some(base) => Ok(Plan { base, roles }),
                        None => Err(err(
                            src,
                            format!("it is the source_profile of `{name}` but has no credentials"),
                        )),
                    };
                }
                p = next;
            }
        }
    }
}

/// The profile source of the default chain.
pub(crate) async fn from_profile(ctx: &Ctx) -> Result<Credentials, Miss> {
    let plan = plan(&ctx.profiles, &ctx.env, ctx.region.as_deref())?;
    run(ctx, plan).await.map_err(Miss::Failed)
}

/// Runs a plan: the base, then each role.
pub(crate) async fn run(ctx: &Ctx, plan: Plan) -> Result<Credentials, DispatchError> {
    // Say what cannot work before running anything (a credential_process may prompt): the built-in
    // STS call has no way to ask for an MFA code.
    if ctx.sts.is_none()
        && let Some(step) = plan.roles.iter().find(|s| s.request.mfa_serial.is_some())
    {
        return Err(failed(format!(
            "profile `{}` assumes role {} ({}) with mfa_serial {}, which needs an MFA token code; the \
             built-in STS call cannot ask for one: set Config::builder().sts_fetcher(..) with an \
             StsFetcher that does",
            step.request.profile,
            step.request.role_arn,
            step.origin,
            step.request.mfa_serial.as_deref().unwrap_or_default()
        )));
    }
    let mut creds = match plan.base {
        Base::Static(creds) => creds,
        Base::Process {
            profile,
            command,
            origin,
        } => process::run(&profile, &command, &origin).await?,
        Base::WebIdentity(w) => web_identity(ctx, &w).await?,
        Base::Sso(s) => sso_credentials(ctx, &s).await?,
        Base::Named { profile, source } => named(ctx, &profile, source).await?,
    };
    for step in &plan.roles {
        let assumed = match &ctx.sts {
            Some(sts) => sts.assume_role(&creds, &step.request).await,
            None => super::sts::assume_role(ctx, &creds, &step.request).await,
        };
        creds = assumed.map_err(|e| {
            failed(format!(
                "profile `{}`: AssumeRole {} failed: {e}",
                step.request.profile, step.request.role_arn
            ))
        })?;
    }
    Ok(creds)
}

async fn named(
    ctx: &Ctx,
    profile: &str,
    source: NamedSource,
) -> Result<Credentials, DispatchError> {
    let r = match source {
        NamedSource::Environment => environment(&ctx.env),
        NamedSource::Ec2InstanceMetadata => imds::provide(ctx).await,
        NamedSource::EcsContainer => container::provide(ctx).await,
    };
    r.map_err(|m| match m {
        Miss::Failed(e) => e,
        Miss::NotHere(w) => failed(format!(
            "profile `{profile}`: credential_source = {source:?} gave no credentials: {w}"
        )),
    })
}

async fn web_identity(ctx: &Ctx, w: &WebIdentityPlan) -> Result<Credentials, DispatchError> {
    let who = match &w.profile {
        Some(p) => format!("profile `{p}`"),
        None => "web identity".to_owned(),
    };
    let token = std::fs::read_to_string(&w.token_file).map_err(|e| {
        failed(format!(
            "{who}: cannot read the web identity token file {}: {e}",
            w.token_file.display()
        ))
    })?;
    let token = token.trim();
    if token.is_empty() {
        return Err(failed(format!(
            "{who}: the web identity token file {} is empty",
            w.token_file.display()
        )));
    }
    let request = WebIdentityRequest {
        profile: w.profile.clone(),
        role_arn: w.role_arn.clone(),
        role_session_name: w.role_session_name.clone(),
        duration_seconds: w.duration_seconds,
        token_file: w.token_file.clone(),
        web_identity_token: token.to_owned(),
        region: ctx.region.clone(),
    };
    let assumed = match &ctx.sts {
        Some(sts) => sts.assume_role_with_web_identity(&request).await,
        None => super::sts::assume_role_with_web_identity(ctx, &request).await,
    };
    assumed.map_err(|e| {
        failed(format!(
            "{who}: AssumeRoleWithWebIdentity {} failed: {e}",
            w.role_arn
        ))
    })
}

async fn sso_credentials(ctx: &Ctx, s: &SsoPlan) -> Result<Credentials, DispatchError> {
    let (token, _) = s.cached_token(&ctx.env, SystemTime::now())?;
    let request = SsoRoleRequest {
        profile: s.profile.clone(),
        sso_session: s.session.clone(),
        start_url: s.start_url.clone(),
        region: s.region.clone(),
        account_id: s.account_id.clone(),
        role_name: s.role_name.clone(),
        access_token: token,
    };
    let answer = match &ctx.sso {
        Some(sso) => sso.get_role_credentials(&request).await,
        None => super::portal::get_role_credentials(ctx, &request).await,
    };
    answer.map_err(|e| {
        failed(format!(
            "profile `{}`: SSO GetRoleCredentials (account {}, role {}) failed: {e}",
            s.profile, s.account_id, s.role_name
        ))
    })
}

/// The web identity source of the default chain: `AWS_WEB_IDENTITY_TOKEN_FILE` + `AWS_ROLE_ARN`.
pub(crate) async fn env_web_identity(ctx: &Ctx) -> Result<Credentials, Miss> {
    let env = &ctx.env;
    let (file, arn) = match (
        env.setting("AWS_WEB_IDENTITY_TOKEN_FILE"),
        env.setting("AWS_ROLE_ARN"),
    ) {
        (Some(f), Some(a)) => (f, a),
        (None, None) => {
            return Err(Miss::NotHere(
                "AWS_WEB_IDENTITY_TOKEN_FILE and AWS_ROLE_ARN are not set".into(),
            ));
        }
        (Some(_), None) => {
            return Err(Miss::NotHere(
                "AWS_WEB_IDENTITY_TOKEN_FILE is set but AWS_ROLE_ARN is not".into(),
            ));
        }
        (None, Some(_)) => {
            return Err(Miss::NotHere(
                "AWS_ROLE_ARN is set but AWS_WEB_IDENTITY_TOKEN_FILE is not".into(),
            ));
        }
    };
    let who = "web identity";
    let plan = WebIdentityPlan {
        profile: None,
        role_arn: role_arn(&arn, who, "AWS_ROLE_ARN").map_err(relabel)?,
        role_session_name: session_name(
            env.setting("AWS_ROLE_SESSION_NAME").as_deref(),
            who,
            "AWS_ROLE_SESSION_NAME",
        )
        .map_err(relabel)?,
        duration_seconds: None,
        token_file: env.expand_path(&file),
        origin: "AWS_ROLE_ARN".into(),
    };
    web_identity(ctx, &plan).await.map_err(Miss::Failed)
}

/// `err` says "profile `web identity`"; for the environment source it is not a profile.
fn relabel(m: Miss) -> Miss {
    match m {
        Miss::Failed(e) => Miss::Failed(failed(e.message().replacen(
            "profile `web identity`: ",
            "web identity: ",
            1,
        ))),
        other => other,
    }
}
